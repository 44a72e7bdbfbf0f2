#!/usr/bin/env bash
# Builds and starts the portal on Payara Micro with the embedded H2 database and demo data.
#   ./run.sh                 -> http://127.0.0.1:8080/
# Settings (all optional; see README "Configuration"):
#   PORTAL_HTTP_ADDRESS (127.0.0.1)  PORTAL_HTTP_PORT (8080)  PORTAL_DATA_DIR (./data)
#   PORTAL_DEMO_DATA (demo|full|none)  PORTAL_SKIP_BUILD=1 to start the last build again
#   ./run.sh --rebuild-search-index   rebuilds the search index from the database at this start
# Any other MicroProfile Config key can be given as an environment variable (PORTAL_DB_URL …)
# or as -Dkey=value in JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")"

extra_opts=()
for arg in "$@"; do
  case "$arg" in
    --rebuild-search-index) extra_opts+=(-Dportal.search.rebuild=true) ;;
    *) echo "未知参数 / unknown option: $arg (可用 / known: --rebuild-search-index)" >&2; exit 2 ;;
  esac
done

need() { command -v "$1" >/dev/null 2>&1 || { echo "缺少 $1：请先安装 $2 / missing $1: install $2" >&2; exit 1; }; }
need java "openjdk-17-jdk"
need mvn "maven"
java_major=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if [ "${java_major%%.*}" -lt 17 ]; then
  echo "需要 Java 17 或更高版本，当前为 $java_major / Java 17+ required" >&2
  exit 1
fi

address="${PORTAL_HTTP_ADDRESS:-127.0.0.1}"
port="${PORTAL_HTTP_PORT:-8080}"

# Signed documents embed a Chinese TrueType font (README "Signed documents"). Without one the portal
# runs, but refuses to produce documents and says why; install it here when apt can.
font_found=""
for f in "${PORTAL_DOCUMENTS_FONT:-}" /usr/share/fonts/truetype/wqy/wqy-microhei.ttc /usr/share/fonts/wqy-microhei/wqy-microhei.ttc \
         /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc /usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc; do
  if [ -n "$f" ] && [ -f "$f" ]; then font_found="$f"; break; fi
done
if [ -z "$font_found" ] && command -v apt-get >/dev/null 2>&1; then
  echo "安装文泉驿微米黑字体（签发文书需要）/ installing fonts-wqy-microhei for signed documents ..."
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo -n"; fi
  if $sudo_cmd apt-get update -qq >/dev/null 2>&1 \
     && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq fonts-wqy-microhei >/dev/null 2>&1; then
    font_found=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
  fi
fi
if [ -z "$font_found" ]; then
  echo "警告：未找到中文字体，门户可以运行，但无法签发文书。请安装 fonts-wqy-microhei（麒麟服务器版：wqy-microhei-fonts），" >&2
  echo "      或设置 PORTAL_DOCUMENTS_FONT=<.ttf/.ttc 文件> / warning: no Chinese font, documents cannot be produced" >&2
fi
# QR codes on documents lead to the verification page at the address the portal is started on,
# unless PORTAL_DOCUMENTS_VERIFY_URL names the public one.
if [ -z "${PORTAL_DOCUMENTS_VERIFY_URL:-}" ] && [ "$address" != "0.0.0.0" ]; then
  export PORTAL_DOCUMENTS_VERIFY_URL="http://$address:$port/verify.xhtml"
fi
data_dir="${PORTAL_DATA_DIR:-$PWD/data}"
mkdir -p "$data_dir"

if [ "${PORTAL_SKIP_BUILD:-0}" != "1" ] || [ ! -f web/target/portal.war ]; then
  echo "构建中 / building (first time downloads dependencies from Maven Central) ..."
  mvn -q -B -DskipTests -pl web -am install
fi

preboot="$data_dir/payara-preboot.txt"
# max-connections is Grizzly's limit of requests per keep-alive connection (250 by default): without
# it a browser, nginx upstream keep-alive or a benchmark has to reconnect every 250 requests.
cat > "$preboot" <<PREBOOT
set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=$address
set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false
set configs.config.server-config.network-config.protocols.protocol.http-listener.http.max-connections=-1
PREBOOT

log="$data_dir/portal.log"
echo "启动中 / starting: http://$address:$port/  (data in $data_dir, log in $log, Ctrl+C to stop)"
java ${JAVA_OPTS:-} \
  -Dportal.data.dir="$data_dir" \
  ${extra_opts[@]+"${extra_opts[@]}"} \
  -Dhazelcast.socket.bind.any=false \
  -jar web/target/payara-micro.jar \
  --deploy web/target/portal.war --contextroot / \
  --port "$port" --nocluster --nohostaware \
  --prebootcommandfile "$preboot" > "$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; exit 0' INT TERM

# Payara Micro keeps running when the application fails to deploy: watch for either outcome
# and turn a failure into one readable line instead of a wall of stack traces.
started=$(date +%s)
booted="Payara Micro [0-9.]+ \(build [0-9]+\) ready in"
while kill -0 "$pid" 2>/dev/null; do
  # Payara Micro reports itself ready once every deployment is over, whether the portal
  # deployed or not; the portal's own line says its start-up succeeded.
  if grep -qE "$booted" "$log"; then
    if grep -q "portal ready" "$log" && ! grep -q "Exception while loading the app" "$log"; then
      echo "已就绪 / ready in $(( $(date +%s) - started )) s: http://$address:$port/"
      break
    fi
    reason=$(LC_ALL=C.UTF-8 grep -m1 -oE "配置项 [a-z.-]+ 的值.*应为 [^/]*|Connection could not be allocated because: .*|无法连接数据库.*|Cannot acquire data source \[[^]]*\]" "$log" \
      | sed -e 's/\. .*//' -e 's/^Cannot acquire data source/找不到数据源（请检查 portal.datasource.jndi）/' -e 's/^Connection could not be allocated because: /无法连接数据库（请检查 portal.db.url 等配置项）: /' || true)
    echo "启动失败 / start-up failed: ${reason:-see $log}" >&2
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    exit 1
  fi
  sleep 1
done
wait "$pid" || true
