#!/usr/bin/env bash
# 审计链校验 — checks the HMAC-SM3 audit chain of a portal database with its key file.
#   ./verify-audit.sh                      the default H2 database under ./data
#   ./verify-audit.sh --url jdbc:postgresql://host/portal --user u --password p --keys /etc/portal/keys.properties
#   ./verify-audit.sh --archive 审计归档-2025.csv --keys /etc/portal/keys.properties   an archive file, offline
# Exit code 0 intact, 2 broken (first broken record printed), 1 could not check.
# Stop the portal first when checking the embedded H2 file (it is opened exclusively).
set -euo pipefail
cd "$(dirname "$0")"
data_dir="${PORTAL_DATA_DIR:-$PWD/data}"
if [ $# -eq 0 ]; then
  set -- --url "jdbc:h2:file:$data_dir/db/portal" --user portal --password portal --keys "$data_dir/keys/portal-keys.properties"
fi
cp_file=ejb/target/verify-classpath.txt
if [ ! -f ejb/target/classes/cn/gov/lanzhou/supervision/audit/AuditChainVerifier.class ] || [ ! -f "$cp_file" ]; then
  mvn -q -B -DskipTests -pl ejb -am install >/dev/null
  mvn -q -B -pl ejb dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=verify-classpath.txt >/dev/null
  mv ejb/verify-classpath.txt "$cp_file" 2>/dev/null || true
fi
exec java -cp "ejb/target/classes:$(cat "$cp_file")" cn.gov.lanzhou.supervision.audit.AuditChainVerifier "$@"
