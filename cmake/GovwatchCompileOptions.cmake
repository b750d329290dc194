# Warnings and sanitizer flags for our own targets only (never global flags).
add_library(govwatch_compile_options INTERFACE)
target_compile_options(govwatch_compile_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
  -Wimplicit-fallthrough)
if(GOVWATCH_SANITIZE)
  target_compile_options(govwatch_compile_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(govwatch_compile_options INTERFACE -fsanitize=address,undefined)
endif()
