#!/usr/bin/env bash
# Measures BM_Pipeline (the whole text pipeline without the statistical tier, bench/text_benchmark)
# of two builds back to back on the same machine: the runs alternate old, new, old, new… so that
# load from elsewhere falls on both alike; prints MB/s of every run and the medians.
# Usage: bench/text_pipeline_compare.sh OLD_TEXT_BENCHMARK NEW_TEXT_BENCHMARK [REPETITIONS=3]
set -euo pipefail
old="${1:?usage: $0 OLD_TEXT_BENCHMARK NEW_TEXT_BENCHMARK [REPETITIONS]}"
new="${2:?usage: $0 OLD_TEXT_BENCHMARK NEW_TEXT_BENCHMARK [REPETITIONS]}"
repetitions="${3:-3}"

rate() {
  "$1" --benchmark_filter='^BM_Pipeline$' --benchmark_min_time=2 2>/dev/null |
    grep -o 'bytes_per_second=[0-9.]*' | cut -d= -f2
}
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

old_rates=()
new_rates=()
for run in $(seq 1 "$repetitions"); do
  a="$(rate "$old")"
  b="$(rate "$new")"
  echo "run $run: old $a MB/s, new $b MB/s"
  old_rates+=("$a")
  new_rates+=("$b")
done
echo "median of $repetitions: old $(median "${old_rates[@]}") MB/s, new $(median "${new_rates[@]}") MB/s"
