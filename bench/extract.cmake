# ExtractPage throughput on saved pages (pages/s), included by bench/CMakeLists.txt.
govwatch_add_benchmark(govwatch_extract_benchmark SOURCES extract_benchmark.cpp DEPS extract fetch)
