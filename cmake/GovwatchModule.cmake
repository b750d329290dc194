# govwatch_add_module(name SOURCES ... DEPS ... LIBS ...): one static library per src/<module>.
# DEPS names other govwatch modules; that list is the layering of DESIGN.md.
function(govwatch_add_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;LIBS" ${ARGN})
  add_library(govwatch_${name} STATIC ${ARG_SOURCES})
  add_library(govwatch::${name} ALIAS govwatch_${name})
  target_include_directories(govwatch_${name} PUBLIC "${PROJECT_SOURCE_DIR}/src")
  list(TRANSFORM ARG_DEPS PREPEND "govwatch::")
  target_link_libraries(govwatch_${name} PUBLIC ${ARG_DEPS} ${ARG_LIBS}
                        PRIVATE govwatch_compile_options)
endfunction()

# govwatch_add_test(name SOURCES ... DEPS ...): one GoogleTest executable per module.
function(govwatch_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  list(TRANSFORM ARG_DEPS PREPEND "govwatch::")
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gmock GTest::gtest_main
                        govwatch_compile_options govwatch_test_support)
  if(NOT ARG_LABELS)
    set(ARG_LABELS unit)
  endif()
  gtest_discover_tests(${name} DISCOVERY_MODE PRE_TEST PROPERTIES LABELS "${ARG_LABELS}")
endfunction()
