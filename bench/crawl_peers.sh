#!/usr/bin/env bash
# Crawler benchmark (issue 7): a full govwatch inspection of a synthetic farm (default 20 sites,
# 20,000 pages) beside the peer link checkers crawling the same farm at the same concurrency, in
# one run, printing wall time, pages/s, CPU seconds, peak RSS and ratios. Loopback only.
#
#   bench/crawl_peers.sh [--sites N] [--pages N] [--threads N] [--peers "wget2 linkchecker linkinator"]
#                        [--binary path/to/govwatch]   (default: build the release preset)
#
# Peers are installed on demand: wget2 and linkchecker from Debian, linkinator from npm (bench/peers
# has its package.json and lock file). Figures vary run to run on shared machines: compare ratios.
set -euo pipefail
cd "$(dirname "$0")/.."

SITES=20
PAGES=20000
THREADS=16
PEERS="wget2 linkchecker linkinator"
PORT=19100
GW=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sites) SITES=$2; shift 2 ;;
    --pages) PAGES=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --peers) PEERS=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --binary) GW=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

scripts/setup >/dev/null
need=()
for p in time wget2 linkchecker; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [[ " $PEERS " == *" linkinator "* ]] && [ ! -x bench/peers/node_modules/.bin/linkinator ]; then
  (cd bench/peers && npm ci --no-audit --no-fund --silent)
fi

if [ -z "$GW" ]; then
  cmake --preset release >/dev/null
  cmake --build --preset release -j "$(nproc)" >/dev/null
  GW=$PWD/build/release/src/cli/govwatch
fi

WORK=$(mktemp -d /tmp/govwatch-crawlbench.XXXXXX)
trap 'kill $FARM_PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
"$GW" farm --sites "$SITES" --pages "$PAGES" --port "$PORT" --dir "$WORK/farm" > "$WORK/farm.log" 2>&1 &
FARM_PID=$!
for _ in $(seq 1 100); do grep -q "farm ready" "$WORK/farm.log" 2>/dev/null && break; sleep 0.1; done
grep -q "farm ready" "$WORK/farm.log" || { cat "$WORK/farm.log"; exit 1; }
URLS=$(awk '{print $NF}' "$WORK/farm.log" | grep '^http://127.0.0.1' | tr '\n' ' ')

measure() {  # name, command...
  local name=$1; shift
  /usr/bin/time -v -o "$WORK/$name.time" "$@" > "$WORK/$name.out" 2>&1 || true
  local wall cpu rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$WORK/$name.time")
  cpu=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{print u+s}' "$WORK/$name.time")
  rss=$(awk -F': ' '/Maximum resident set size/{print int($2/1024)}' "$WORK/$name.time")
  echo "$name $wall $cpu $rss" >> "$WORK/results"
}

"$GW" import "$WORK"/farm/units.csv "$WORK"/farm/sites.csv "$WORK"/farm/columns.csv --db "$WORK/gw.db" >/dev/null
measure govwatch "$GW" inspect --db "$WORK/gw.db" --only sites --quiet
HTML_PAGES=$(sqlite3 "$WORK/gw.db" "SELECT COUNT(DISTINCT url) FROM pages WHERE http_status = 200 AND content_hash <> ''")
LINKS_BROKEN=$(sqlite3 "$WORK/gw.db" "SELECT COUNT(DISTINCT url) FROM pages WHERE http_status >= 400 OR error <> ''")

for peer in $PEERS; do
  case "$peer" in
    # wget2 stays on the starting hosts without -H (spans no other host).
    wget2) measure wget2 wget2 --spider -r -l inf --max-threads="$THREADS" -o "$WORK/wget2.log" $URLS ;;
    linkchecker)
      printf '[checking]\nthreads=%s\nmaxrequestspersecond=1000\n' "$THREADS" > "$WORK/linkcheckerrc"
      # Loopback only: the farm's footers link to real registry hosts; never check those here.
      measure linkchecker linkchecker -f "$WORK/linkcheckerrc" -o csv --no-status --ignore-url='^https?://(?!127\.0\.0\.1[:/])' $URLS ;;
    linkinator) measure linkinator bench/peers/node_modules/.bin/linkinator $URLS --recurse --concurrency "$THREADS" \
                  --skip '^https?://(?!127\.0\.0\.1[:/])' --format json ;;
  esac
done

echo
echo "farm: $SITES sites, $HTML_PAGES HTML pages fetched by govwatch, $LINKS_BROKEN broken URLs; concurrency $THREADS"
printf '%-12s %9s %9s %9s %10s %12s\n' tool wall_s pages/s cpu_s rss_MB "govwatch_x"
GW_RATE=$(awk -v p="$HTML_PAGES" '$1=="govwatch"{print p/$2}' "$WORK/results")
while read -r name wall cpu rss; do
  rate=$(awk -v p="$HTML_PAGES" -v w="$wall" 'BEGIN{printf "%.0f", p/w}')
  ratio=$(awk -v g="$GW_RATE" -v r="$rate" 'BEGIN{if (r>0) printf "%.2f", g/r; else print "-"}')
  printf '%-12s %9.2f %9s %9.2f %10s %12s\n' "$name" "$wall" "$rate" "$cpu" "$rss" "$ratio"
done < "$WORK/results"
echo "(pages/s = HTML pages of the farm / wall seconds; every tool crawls the whole farm; govwatch_x = govwatch's pages/s over the tool's)"
