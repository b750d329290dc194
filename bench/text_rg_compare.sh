#!/usr/bin/env bash
# Compares the literal sensitive-term scan (Vectorscan, bench/text_benchmark.cpp) with
# `rg -F -f` (Debian ripgrep) on the same word list and the same text, one core each.
# Usage: bench/text_rg_compare.sh TEXT_BENCHMARK_BINARY [CORPUS]
# Without CORPUS, a ~64 MB corpus is made from the seed notice and tests/data/text.
set -euo pipefail
bench="${1:?usage: $0 TEXT_BENCHMARK_BINARY [CORPUS]}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
corpus="${2:-}"
if [ -z "$corpus" ]; then
  corpus="$work/corpus.txt"
  : > "$corpus"
  while [ "$(stat -c %s "$corpus")" -lt 64000000 ]; do
    cat "$root"/tests/data/text/example-notice-2022Q1.txt "$root"/tests/data/text/*/*.case >> "$corpus"
  done
fi
grep -v '^#' "$root/rules/text/sensitive_word_dict.txt" > "$work/words.txt"
bytes=$(stat -c %s "$corpus")
words=$(wc -l < "$work/words.txt")

# ripgrep: best of three, one thread, count matching lines (it must read everything).
best_rg=""
for _ in 1 2 3; do
  start=$(date +%s.%N)
  rg -F -j1 -c -f "$work/words.txt" "$corpus" > /dev/null || true
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc -l)
  if [ -z "$best_rg" ] || [ "$(echo "$t < $best_rg" | bc -l)" = 1 ]; then best_rg=$t; fi
done
rg_mbs=$(echo "$bytes / $best_rg / 1000000" | bc -l)

# Vectorscan: Google Benchmark reports bytes_per_second for the same words and corpus.
ours=$(GOVWATCH_TEXT_BENCH_CORPUS="$corpus" "$bench" --benchmark_filter=BM_SensitiveLiteralScan \
         --benchmark_format=json --benchmark_repetitions=3 --benchmark_report_aggregates_only=true |
       python3 -c 'import json,sys; d=json.load(sys.stdin); print(max(b["bytes_per_second"] for b in d["benchmarks"]) / 1e6)')

printf 'corpus: %s (%d bytes), patterns: %d\n' "$corpus" "$bytes" "$words"
printf 'rg -F -f (1 thread):          %8.1f MB/s\n' "$rg_mbs"
printf 'Vectorscan literal (1 core):  %8.1f MB/s\n' "$ours"
printf 'ratio Vectorscan / rg:        %8.2f\n' "$(echo "$ours / $rg_mbs" | bc -l)"
