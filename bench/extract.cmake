# ExtractPage throughput on saved pages (pages/s), included by bench/CMakeLists.txt.
govwatch_add_benchmark(govwatch_extract_benchmark SOURCES extract_benchmark.cpp DEPS extract fetch farm)
# Accuracy and speed report over the labelled corpus (prints; the floor is a unit test).
add_executable(govwatch_extract_accuracy extract_accuracy.cpp "${PROJECT_SOURCE_DIR}/tests/extract/accuracy_scorer.cpp")
target_include_directories(govwatch_extract_accuracy PRIVATE "${PROJECT_SOURCE_DIR}/tests/extract")
target_link_libraries(govwatch_extract_accuracy PRIVATE govwatch::extract govwatch::fetch nlohmann_json::nlohmann_json
                      govwatch_compile_options)
target_compile_definitions(govwatch_extract_accuracy PRIVATE GOVWATCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
add_test(NAME govwatch_extract_accuracy COMMAND govwatch_extract_accuracy --passes 1 --no-hostile)
set_tests_properties(govwatch_extract_accuracy PROPERTIES LABELS bench)
