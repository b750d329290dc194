# Hidden-link scan, search-form reading and attachment text, included by bench/CMakeLists.txt.
govwatch_add_benchmark(govwatch_integrity_benchmark SOURCES integrity_benchmark.cpp DEPS extract fetch)
