#!/usr/bin/env bash
# Crawler benchmark (issue 7): a full govwatch inspection of a synthetic farm (default 20 sites,
# 20,000 pages) beside the peer link checkers crawling the same farm at the same concurrency, in
# one run, printing wall time, pages/s, CPU seconds, peak RSS and ratios. Loopback only.
#
#   bench/crawl_peers.sh [--sites N] [--pages N] [--threads N] [--peers "wget2 linkchecker linkinator"]
#                        [--server nginx|farm] [--binary path/to/govwatch]   (default: build the release preset)
#                        [--peer-timeout SECONDS]   (stop a peer after that long; its row says "capped")
#
# --server nginx (the default) mirrors the farm once with wget2 into a static folder per site and
# serves it with nginx on loopback (one port per site, a deep listen backlog, and the `LinkChecker`
# header without which LinkChecker ignores its lifted rate limit), as ../shared/spec/peer-benchmark.md
# describes: the farm's own server (cpp-httplib, listen backlog 5) chokes 16-thread crawlers, so the
# figures measured the server. --server farm crawls the farm directly.
#
# Peers are installed on demand: wget2, linkchecker and nginx-light from Debian, linkinator from npm
# (bench/peers has its package.json and lock file). Figures vary run to run on shared machines:
# compare ratios.
set -euo pipefail
cd "$(dirname "$0")/.."

SITES=20
PAGES=20000
THREADS=16
PEERS="wget2 linkchecker linkinator"
PORT=19100
GW=""
SERVER=nginx
PEER_TIMEOUT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sites) SITES=$2; shift 2 ;;
    --pages) PAGES=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --peers) PEERS=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --binary) GW=$2; shift 2 ;;
    --server) SERVER=$2; shift 2 ;;
    --peer-timeout) PEER_TIMEOUT=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

scripts/setup >/dev/null
need=()
for p in time wget2 linkchecker nginx-light; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || need+=("$p"); done
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
NGINX_PID=""
trap 'kill $FARM_PID 2>/dev/null || true; [ -n "$NGINX_PID" ] && kill $NGINX_PID 2>/dev/null; rm -rf "$WORK"' EXIT
[ -n "${KEEP_WORK:-}" ] && trap 'kill $FARM_PID 2>/dev/null || true; [ -n "$NGINX_PID" ] && kill $NGINX_PID 2>/dev/null' EXIT
"$GW" farm --sites "$SITES" --pages "$PAGES" --port "$PORT" --dir "$WORK/farm" > "$WORK/farm.log" 2>&1 &
FARM_PID=$!
for _ in $(seq 1 100); do grep -q "farm ready" "$WORK/farm.log" 2>/dev/null && break; sleep 0.1; done
grep -q "farm ready" "$WORK/farm.log" || { cat "$WORK/farm.log"; exit 1; }
URLS=$(awk '{print $NF}' "$WORK/farm.log" | grep '^http://127.0.0.1' | tr '\n' ' ')

if [ "$SERVER" = nginx ]; then
  # Mirror every site (pages, attachments, images) into $WORK/static/PORT, then serve the folders
  # with nginx on PORT+1000 and point the registry at them. Broken links stay broken: what the farm
  # answered with an error is not in the mirror, so nginx answers 404.
  NGINX_SERVERS=""
  NEW_URLS=""
  for url in $URLS; do
    port=${url#http://127.0.0.1:}; port=${port%%/*}
    wget2 -q -r -l inf -p -nH --max-threads="$THREADS" --no-robots -P "$WORK/static/$port" "$url" >/dev/null 2>&1 || true
    NGINX_SERVERS+="server { listen 127.0.0.1:$((port + 1000)) backlog=4096; root $WORK/static/$port; index index.html index.htm; }
"
    NEW_URLS+="http://127.0.0.1:$((port + 1000))/ "
  done
  kill $FARM_PID 2>/dev/null || true
  chmod 755 "$WORK" && chmod -R a+rX "$WORK/static"  # nginx workers run as www-data
  mkdir -p "$WORK/nginx"
  cat > "$WORK/nginx/nginx.conf" <<NGINX
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  # One access log per tool (reopened between tools): pages are counted from what the server sent,
  # as ../shared/spec/peer-benchmark.md counts them, not from each tool's own report.
  log_format pages '\$status \$server_port \$request_method \$uri \$sent_http_content_type';
  access_log $WORK/nginx/access.log pages buffer=256k;
  sendfile on;
  # The mirror writes thousands of same-sized pages within a second, and nginx's ETag is
  # mtime-size: wget2 takes pages with a known ETag for copies and never fetches them.
  etag off;
  keepalive_requests 1000000;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  add_header LinkChecker govwatch-bench always;
$NGINX_SERVERS
}
NGINX
  /usr/sbin/nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" -g 'daemon off;' &
  NGINX_PID=$!
  sleep 1
  for f in sites columns; do
    awk 'BEGIN{OFS=FS=","} {while (match($0, /127\.0\.0\.1:[0-9]+/)) {p=substr($0, RSTART+10, RLENGTH-10); $0=substr($0,1,RSTART-1) "127.0.0.1#" p+1000 substr($0, RSTART+RLENGTH)} gsub(/127\.0\.0\.1#/, "127.0.0.1:"); print}' \
      "$WORK/farm/$f.csv" > "$WORK/farm/$f.nginx.csv" && mv "$WORK/farm/$f.nginx.csv" "$WORK/farm/$f.csv"
  done
  URLS=$NEW_URLS
fi

reopen_log() {  # nginx reopens its access log (flushing what it buffered) and starts a new one
  [ -n "$NGINX_PID" ] || return 0
  kill -USR1 "$NGINX_PID"; sleep 0.5
}

measure() {  # name, command...
  local name=$1; shift
  local status=0 served=-
  if [ -n "$NGINX_PID" ]; then rm -f "$WORK/nginx/access.log"; reopen_log; fi
  /usr/bin/time -v -o "$WORK/$name.time" "$@" > "$WORK/$name.out" 2>&1 || status=$?
  if [ -n "$NGINX_PID" ]; then
    mv "$WORK/nginx/access.log" "$WORK/nginx/access.$name.log"; reopen_log
    # Distinct HTML pages served with a 200 to a GET.
    served=$(awk '$1 == 200 && $3 == "GET" && $5 ~ /text\/html/ {print $2, $4}' "$WORK/nginx/access.$name.log" | sort -u | wc -l)
  fi
  local label=$name
  # A peer stopped by --peer-timeout did not finish: its pages/s is an upper bound.
  [ "$status" = 124 ] && label="$name(capped)"
  local wall cpu rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$WORK/$name.time")
  cpu=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{print u+s}' "$WORK/$name.time")
  rss=$(awk -F': ' '/Maximum resident set size/{print int($2/1024)}' "$WORK/$name.time")
  echo "$label $wall $cpu $rss $served" >> "$WORK/results"
}

# Steady state: the compiled word lists are in the cache (~/.cache/govwatch), as after any earlier
# run of govwatch on the machine; without it the first run compiles them (about 1 CPU s more).
echo "云岭市人民政府" | "$GW" scan-text - >/dev/null 2>&1 || true
"$GW" import "$WORK"/farm/units.csv "$WORK"/farm/sites.csv "$WORK"/farm/columns.csv --db "$WORK/gw.db" >/dev/null
# Equal concurrency: govwatch's fetcher runs 16 transfers at once (2 per host). The statistical
# typo tier runs from its budgeted queue behind the crawl (issue 7 leaves it out of this
# comparison): --typo-budget 0 leaves every page text queued for the next run.
measure govwatch "$GW" inspect --db "$WORK/gw.db" --only sites --quiet --typo-budget 0
HTML_PAGES=$(sqlite3 "$WORK/gw.db" "SELECT COUNT(DISTINCT url) FROM pages WHERE http_status = 200 AND content_hash <> ''")
LINKS_BROKEN=$(sqlite3 "$WORK/gw.db" "SELECT COUNT(DISTINCT url) FROM pages WHERE http_status >= 400 OR error <> ''")

for peer in $PEERS; do
  case "$peer" in
    # wget2 stays on the starting hosts without -H (spans no other host).
    wget2) measure wget2 wget2 --spider -r -l inf --max-threads="$THREADS" -o "$WORK/wget2.log" $URLS ;;
    linkchecker)
      printf '[checking]\nthreads=%s\nmaxrequestspersecond=1000\n' "$THREADS" > "$WORK/linkcheckerrc"
      # Loopback only: the farm's footers link to real registry hosts; never check those here.
      measure linkchecker ${PEER_TIMEOUT:+timeout $PEER_TIMEOUT} linkchecker -f "$WORK/linkcheckerrc" -o csv --no-status --ignore-url='^https?://(?!127\.0\.0\.1[:/])' $URLS ;;
    linkinator) measure linkinator ${PEER_TIMEOUT:+timeout $PEER_TIMEOUT} bench/peers/node_modules/.bin/linkinator $URLS --recurse --concurrency "$THREADS" \
                  --skip '^https?://(?!127\.0\.0\.1[:/])' --format json ;;
  esac
done

echo
echo "farm: $SITES sites served by $SERVER, $HTML_PAGES HTML pages fetched by govwatch, $LINKS_BROKEN broken URLs; concurrency $THREADS"
printf '%-12s %9s %9s %9s %9s %10s %12s\n' tool wall_s pages pages/s cpu_s rss_MB "govwatch_x"
rate_of() {  # pages wall -> pages/s; without a server log, the pages govwatch stored stand for every tool's
  local pages=$1
  [ "$pages" = - ] && pages=$HTML_PAGES
  awk -v p="$pages" -v w="$2" 'BEGIN{printf "%.0f", p/w}'
}
GW_RATE=$(awk '$1=="govwatch"{print $2, $5}' "$WORK/results" | { read -r w p; rate_of "$p" "$w"; })
while read -r name wall cpu rss served; do
  rate=$(rate_of "$served" "$wall")
  ratio=$(awk -v g="$GW_RATE" -v r="$rate" 'BEGIN{if (r>0) printf "%.2f", g/r; else print "-"}')
  printf '%-12s %9.2f %9s %9s %9.2f %10s %12s\n' "$name" "$wall" "$served" "$rate" "$cpu" "$rss" "$ratio"
done < "$WORK/results"
echo "(pages = distinct HTML pages the server sent to the tool with a 200, from nginx's access log, as"
echo " ../shared/spec/peer-benchmark.md counts them; pages/s = pages / wall seconds; govwatch_x ="
echo " govwatch's pages/s over the tool's)"
