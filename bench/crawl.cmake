# Probe-schedule lateness on loopback sites (bench/probe_lateness.cpp), included by
# bench/CMakeLists.txt. Registered in CTest with a tiny run so it cannot rot (label "bench").
if(NOT TARGET PkgConfig::CPP_HTTPLIB)
  pkg_check_modules(CPP_HTTPLIB REQUIRED IMPORTED_TARGET GLOBAL cpp-httplib)
endif()
add_executable(govwatch_probe_lateness probe_lateness.cpp)
target_link_libraries(govwatch_probe_lateness PRIVATE govwatch::crawl govwatch::fetch PkgConfig::CPP_HTTPLIB
                      Threads::Threads govwatch_compile_options)
add_test(NAME govwatch_probe_lateness COMMAND govwatch_probe_lateness --sites 50 --interval-ms 500 --seconds 2
         --workers 8 --timeout-ms 300)
set_tests_properties(govwatch_probe_lateness PROPERTIES LABELS bench)
