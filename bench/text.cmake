# Text engine benchmark; included from bench/CMakeLists.txt by the lead.
add_executable(text_benchmark "${CMAKE_CURRENT_LIST_DIR}/text_benchmark.cpp")
target_link_libraries(text_benchmark PRIVATE govwatch::text benchmark::benchmark govwatch_compile_options)
target_compile_definitions(text_benchmark PRIVATE GOVWATCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
add_test(NAME text_benchmark COMMAND text_benchmark --benchmark_min_time=0)
set_tests_properties(text_benchmark PROPERTIES LABELS bench)
