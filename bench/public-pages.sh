#!/usr/bin/env bash
# Benchmark of the public pages for anonymous visitors (README "Fast public pages"):
# the home page and one article page of the portal with the `full` demo data, against the same
# HTML bytes served as static files by nginx on this machine, with wrk at 64 and 500 connections.
# Prints requests/s, p99 latency and errors for each, and the ratio portal/nginx.
# Target (issue 4): ratio >= 0.5 and p99 <= 100 ms at 500 connections with zero errors.
#
#   bench/public-pages.sh
#
# Settings (environment, all optional):
#   BENCH_PORTAL_PORT (18480)  BENCH_NGINX_PORT (18481)  BENCH_DURATION (15s)  BENCH_THREADS (2)
#   BENCH_CONNECTIONS ("64 500")  BENCH_DATA_DIR (target/bench-data: kept between runs, the full demo
#   data takes minutes to generate; BENCH_FRESH=1 starts from an empty one)
#   BENCH_SKIP_BUILD=1 uses the last build of web/target (otherwise: mvn package of web, never install)
#   BENCH_JAVA_OPTS (-Xms1g -Xmx1g -XX:+UseParallelGC) for the portal's JVM
# Everything it starts (the portal via run.sh, nginx) listens on 127.0.0.1 and is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

portal_port="${BENCH_PORTAL_PORT:-18480}"
nginx_port="${BENCH_NGINX_PORT:-18481}"
duration="${BENCH_DURATION:-15s}"
threads="${BENCH_THREADS:-2}"
connections="${BENCH_CONNECTIONS:-64 500}"
data_dir="${BENCH_DATA_DIR:-$root/target/bench-data}"

# --- tools: wrk and nginx from Debian, like test.sh installs chromium ----------------------------
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  echo "安装 / installing ${missing[*]} (apt) ..."
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  # Debian starts its own nginx service on port 80 where systemd runs; this benchmark neither uses
  # nor stops it: it runs a private nginx with its own configuration on 127.0.0.1:$nginx_port.
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

# More connections than the default 1024 descriptors: wrk, nginx and Payara each hold 500 sockets.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt 4096 ]; then
  echo "ulimit -n 为 $(ulimit -n)，500 个连接需要至少 4096 / open-file limit $(ulimit -n) is too low for 500 connections" >&2
  exit 1
fi

# --- build -------------------------------------------------------------------------------------
if [ "${BENCH_SKIP_BUILD:-0}" != "1" ] || [ ! -f web/target/portal.war ]; then
  echo "构建中 / building web/target/portal.war (mvn package, no install) ..."
  mvn -q -B -ntp -DskipTests -pl web -am package
fi

work=$(mktemp -d /tmp/portal-bench.XXXXXX)
chmod 755 "$work"   # nginx workers run as nobody and must read the docroot
portal_pid=""
nginx_pid=""
cleanup() {
  if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
  if [ -n "$portal_pid" ]; then kill "$portal_pid" 2>/dev/null || true; wait "$portal_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

# --- portal: run.sh with its own port and data dir, full demo data --------------------------------
if [ "${BENCH_FRESH:-0}" = "1" ]; then rm -rf "$data_dir"; fi
mkdir -p "$data_dir"
echo "启动门户 / starting the portal on 127.0.0.1:$portal_port (full demo data in $data_dir; the first start generates it) ..."
PORTAL_SKIP_BUILD=1 PORTAL_HTTP_ADDRESS=127.0.0.1 PORTAL_HTTP_PORT="$portal_port" PORTAL_DATA_DIR="$data_dir" \
  PORTAL_DEMO_DATA=full JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms1g -Xmx1g -XX:+UseParallelGC}" \
  ./run.sh > "$work/run.out" 2>&1 &
portal_pid=$!
portal="http://127.0.0.1:$portal_port"
for _ in $(seq 1 900); do
  if grep -q "已就绪 / ready" "$work/run.out"; then break; fi
  if ! kill -0 "$portal_pid" 2>/dev/null; then cat "$work/run.out" >&2; echo "门户未能启动 / the portal did not start" >&2; exit 1; fi
  sleep 1
done
grep -q "已就绪 / ready" "$work/run.out" || { echo "门户启动超时 / the portal did not start in 15 minutes" >&2; exit 1; }
# run.sh reports ready once the application is deployed; the web module may take a moment more.
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$portal/")" = 200 ] && break
  sleep 1
done

# --- the pages: the home page and the newest article, the bytes nginx will serve ----------------
curl -sf "$portal/" -o "$work/home.html"
article_id=$(grep -o 'article.xhtml?id=[0-9]*' "$work/home.html" | head -1 | cut -d= -f2)
[ -n "$article_id" ] || { echo "首页上没有文章链接 / no article linked from the home page" >&2; exit 1; }
curl -sf "$portal/article.xhtml?id=$article_id" -o "$work/article.html"
mkdir -p "$work/docroot" "$work/tmp"
cp "$work/home.html" "$work/docroot/index.html"
cp "$work/article.html" "$work/docroot/article.html"
# The floor: a static file Payara serves itself (its default servlet, same filters and security
# pipeline), to tell the cost of the container from the cost of the page.
curl -sf "$portal/resources/portal/print.js" -o "$work/docroot/print.js"
chmod -R a+rX "$work/docroot"

# --- nginx: private configuration, loopback only, not the system service ------------------------
cat > "$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  default_type text/html;
  charset utf-8;
  client_body_temp_path $work/tmp/body;
  proxy_temp_path $work/tmp/proxy;
  fastcgi_temp_path $work/tmp/fastcgi;
  uwsgi_temp_path $work/tmp/uwsgi;
  scgi_temp_path $work/tmp/scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/docroot;
    location / { }
  }
}
NGINX
"$nginx_bin" -e "$work/nginx-error.log" -p "$work" -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
nginx="http://127.0.0.1:$nginx_port"
for _ in $(seq 1 30); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$nginx/index.html")" = 200 ] && break
  sleep 0.2
done
cmp -s <(curl -s "$nginx/index.html") <(curl -s "$portal/") \
  || { echo "nginx 与门户返回的首页字节不同 / nginx and the portal do not serve the same bytes" >&2; exit 1; }

# --- measure ------------------------------------------------------------------------------------
# One wrk run: prints "requests/s p99-ms errors".
measure() {
  local url=$1 conns=$2 out
  out=$(wrk -t"$threads" -c"$conns" -d"$duration" --timeout 5s --latency "$url" 2>&1)
  echo "$out" >> "$work/wrk.log"
  local rps p99 non2xx socket
  rps=$(echo "$out" | awk '/^Requests\/sec:/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us$/, "", v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v=v*1000}; printf "%.1f", v}')
  non2xx=$(echo "$out" | awk '/Non-2xx or 3xx responses:/ {print $5}')
  socket=$(echo "$out" | awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}')
  echo "${rps:-0} ${p99:-0} $(( ${non2xx:-0} + ${socket:-0} ))"
}

echo "预热 / warming up the portal's JIT ..."
wrk -t"$threads" -c64 -d10s "$portal/" > /dev/null 2>&1 || true
wrk -t"$threads" -c64 -d10s "$portal/article.xhtml?id=$article_id" > /dev/null 2>&1 || true

echo
echo "公开页面基准 / public pages benchmark: wrk -t$threads -d$duration, $(nproc) CPU cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "home = /  ($(wc -c < "$work/home.html") bytes)   article = /article.xhtml?id=$article_id  ($(wc -c < "$work/article.html") bytes)"
printf '%-8s %6s  %12s %9s %7s  %12s %9s %7s  %6s  %s\n' page conns "portal req/s" "p99 ms" errors "nginx req/s" "p99 ms" errors ratio "target (500 conns)"
verdict=0
for page in home article; do
  if [ "$page" = home ]; then path="/"; static="/index.html"; else path="/article.xhtml?id=$article_id"; static="/article.html"; fi
  for c in $connections; do
    read -r p_rps p_p99 p_err <<< "$(measure "$portal$path" "$c")"
    read -r n_rps n_p99 n_err <<< "$(measure "$nginx$static" "$c")"
    ratio=$(awk -v p="$p_rps" -v n="$n_rps" 'BEGIN { if (n > 0) printf "%.2f", p / n; else print "-" }')
    target=""
    if [ "$c" = 500 ]; then
      if awk -v r="$ratio" -v l="$p_p99" -v e="$p_err" 'BEGIN { exit !(r >= 0.5 && l <= 100 && e == 0) }'; then
        target="met"
      else
        target="NOT met (ratio >= 0.5, p99 <= 100 ms, 0 errors)"
        verdict=1
      fi
    fi
    printf '%-8s %6s  %12.0f %9s %7s  %12.0f %9s %7s  %6s  %s\n' "$page" "$c" "$p_rps" "$p_p99" "$p_err" "$n_rps" "$n_p99" "$n_err" "$ratio" "$target"
  done
done
read -r f_rps f_p99 f_err <<< "$(measure "$portal/resources/portal/print.js" 64)"
read -r g_rps g_p99 g_err <<< "$(measure "$nginx/print.js" 64)"
printf '%-8s %6s  %12.0f %9s %7s  %12.0f %9s %7s  %6s  %s\n' "floor" 64 "$f_rps" "$f_p99" "$f_err" "$g_rps" "$g_p99" "$g_err" \
  "$(awk -v p="$f_rps" -v n="$g_rps" 'BEGIN { if (n > 0) printf "%.2f", p / n; else print "-" }')" \
  "(context: a $(wc -c < "$work/docroot/print.js")-byte static file from Payara's default servlet)"
echo
echo "wrk 原始输出 / raw wrk output: see the table's runs in order below"
sed -e 's/^/  /' "$work/wrk.log" | grep -E 'Running|connections|Requests/sec|99%|Non-2xx|Socket' || true
exit $verdict
