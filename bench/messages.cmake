# Message-board reading accuracy over the held-out blind set (prints; included by bench/CMakeLists.txt).
add_executable(govwatch_board_accuracy board_accuracy.cpp)
target_link_libraries(govwatch_board_accuracy PRIVATE govwatch::messages govwatch::fetch nlohmann_json::nlohmann_json
                      govwatch_compile_options)
target_compile_definitions(govwatch_board_accuracy PRIVATE GOVWATCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
add_test(NAME govwatch_board_accuracy COMMAND govwatch_board_accuracy)
set_tests_properties(govwatch_board_accuracy PROPERTIES LABELS bench)
