#!/usr/bin/env bash
# Runs every test: unit tests (*Test), in-container tests on Payara Micro and browser tests in
# headless Chromium (*IT), and the EAR deployed on Payara Server.
#   ./test.sh                 all tests on the embedded H2 database
#   ./test.sh -Ppostgresql    unit tests against the PostgreSQL on 127.0.0.1:5432 as well
# Installs Chromium and its driver, and the Chinese font signed PDF documents embed
# (fonts-wqy-microhei), with apt when they are missing (needs root or sudo).
set -euo pipefail
cd "$(dirname "$0")"

need() { command -v "$1" >/dev/null 2>&1 || { echo "缺少 $1：请先安装 $2 / missing $1: install $2" >&2; exit 1; }; }
need java "openjdk-17-jdk"
need mvn "maven"

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "安装 Chromium 与 chromedriver（浏览器测试需要）/ installing chromium and chromium-driver ..."
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# Signed documents (整改通知书, 停工令) embed a Chinese TrueType font; the tests read the PDFs back.
if [ -z "${PORTAL_DOCUMENTS_FONT:-}" ] && [ ! -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
  echo "安装文泉驿微米黑字体（文书 PDF 需要）/ installing fonts-wqy-microhei ..."
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq fonts-wqy-microhei >/dev/null
fi

export SE_OFFLINE=true
started=$(date +%s)
mvn -B -ntp verify "$@"
echo "全部测试通过 / all tests passed in $(( $(date +%s) - started )) s"
