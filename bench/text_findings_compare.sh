#!/usr/bin/env bash
# Checks that a change to the text engine changes no finding: runs `govwatch scan-text` of two
# builds on the same inputs (the text test fixtures, the spec's example notice, the odw.train
# source sentences, saved HTML pages and pages of a running farm; plain, --lines and --html) and
# diffs the output. Prints one line per input and exits 1 on any difference.
# Usage: bench/text_findings_compare.sh OLD_GOVWATCH NEW_GOVWATCH
set -euo pipefail
old="${1:?usage: $0 OLD_GOVWATCH NEW_GOVWATCH}"
new="${2:?usage: $0 OLD_GOVWATCH NEW_GOVWATCH}"
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${GOVWATCH_SHARED:-/work/shared}"
work="$(mktemp -d)"
farm_pid=""
cleanup() {
  if [ -n "$farm_pid" ]; then kill "$farm_pid" 2>/dev/null || true; wait "$farm_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
export GOVWATCH_RULES_DIR="$root/rules"

# Inputs: NAME FILE OPTIONS...
inputs=()
cat "$root"/tests/data/text/*/*.case > "$work/cases.txt"
inputs+=("cases --lines $work/cases.txt" "cases-whole $work/cases.txt")
for notice in "$root/tests/data/text/example-notice-2022Q1.txt" "$shared/spec/example-notice-2022Q1.txt"; do
  [ -f "$notice" ] || continue
  name="notice-$(basename "$(dirname "$notice")")"
  inputs+=("$name --lines $notice" "$name-whole $notice" "$name-statistical --statistical --no-language-model $notice")
done
odw="$shared/data/csc-dev/odw.train"
if [ -f "$odw" ]; then
  cut -f2 "$odw" > "$work/odw.txt"
  # Over 64 KB: the engine cuts the whole-document scan into pieces.
  inputs+=("odw --lines $work/odw.txt" "odw-whole $work/odw.txt")
fi
for page in $(ls "$root"/tests/data/extract/corpus/*.html | head -n 12); do
  inputs+=("html-$(basename "$page" .html) --html $page")
done

# Farm pages: every site's home page and the first pages it links to.
port=$((30000 + RANDOM % 20000))
"$new" farm --port "$port" --sites 8 --pages 30 --dir "$work/farm" > "$work/farm.out" 2>&1 &
farm_pid=$!
for _ in $(seq 1 100); do grep -q "farm ready" "$work/farm.out" 2>/dev/null && break; sleep 0.1; done
if grep -q "farm ready" "$work/farm.out"; then
  n=0
  for url in $(awk '$2 ~ /^http/ {print $2}' "$work/farm.out" | head -n 4); do
    curl -s --max-time 10 "$url" -o "$work/farm-$n.html" || continue
    inputs+=("farm-$n --html $work/farm-$n.html")
    base="${url%/}"
    for link in $(grep -o 'href="/[^"#]*"' "$work/farm-$n.html" | sed 's/href="//; s/"$//' | sort -u | head -n 3); do
      m="$n-$(echo "$link" | md5sum | cut -c1-8)"
      curl -s --max-time 10 "${base%%/}${link}" -o "$work/farm-$m.html" || continue
      [ -s "$work/farm-$m.html" ] && inputs+=("farm-$m --html $work/farm-$m.html")
    done
    n=$((n + 1))
  done
else
  echo "farm did not start; farm pages skipped" >&2
fi

status=0
for entry in "${inputs[@]}"; do
  read -r -a words <<< "$entry"
  name="${words[0]}"
  args=("${words[@]:1}")
  "$old" scan-text --at 2022-04-11 "${args[@]}" > "$work/old.out" 2> "$work/old.err" || true
  "$new" scan-text --at 2022-04-11 "${args[@]}" > "$work/new.out" 2> "$work/new.err" || true
  findings=$(wc -l < "$work/new.out")
  if cmp -s "$work/old.out" "$work/new.out" && cmp -s "$work/old.err" "$work/new.err"; then
    echo "same       $name ($findings findings)"
  else
    echo "DIFFERENT  $name"
    diff "$work/old.out" "$work/new.out" | head -n 10 || true
    status=1
  fi
done
[ "$status" = 0 ] && echo "identical output on ${#inputs[@]} inputs" || echo "outputs differ"
exit "$status"
