# Warnings and sanitizer flags for our own targets only (never global flags).
add_library(govwatch_compile_options INTERFACE)
target_compile_options(govwatch_compile_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
  -Wimplicit-fallthrough
  # GCC 12 at -O2 reports std::variant/std::optional members as maybe-uninitialized (a known
  # false positive, e.g. GCC bug 105562); with -Werror in CI it would fail correct code.
  $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>)
if(GOVWATCH_SANITIZE)
  target_compile_options(govwatch_compile_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(govwatch_compile_options INTERFACE -fsanitize=address,undefined)
endif()
