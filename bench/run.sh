#!/usr/bin/env bash
# Reproducible load benchmark, all on this machine (loopback only):
#   1. starts the service from the built jar against a fresh database,
#   2. drives authenticated GET /api/v1/sessions/ with wrk (32 connections, 2 threads, warm-up first),
#   3. runs pgbench -S -M prepared at the same concurrency against the same PostgreSQL server,
#   4. drives the gateway check GET /api/v1/auth/check directly and through NGINX (deploy/nginx, in front of an
#      upstream that answers at once), same connections,
#   5. drives POST /api/v1/auth/login and measures CPU per login next to the cost of one password hash,
# and prints requests/s, p50, p99, non-2xx and the ratio of our requests/s to pgbench's transactions/s.
# Usage: bash bench/run.sh  (DURATION=30 WARMUP=180 (measured as a warm-up curve in 10 s windows) CONNECTIONS=32 THREADS=2 LOGIN_CONNECTIONS=<cores>
#                            LOGIN_WARMUP=120 PORT=18080 JAVA_OPTS=... to change)
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/java-env

DURATION="${DURATION:-30}"
WARMUP="${WARMUP:-180}"  # C2 needs about three minutes on 2 cores, under load, to compile the hot path
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
# One login in flight per core, and the hash measured with one per core: Argon2 is memory-bound, so its cost per
# hash grows with how many run at once (on 2 cores ~23 ms with 2, 25-30 ms with 4); comparing the two at
# different concurrencies would measure cache contention, not the service.
LOGIN_CONNECTIONS="${LOGIN_CONNECTIONS:-$(nproc)}"
# The login path runs ~60 times a second, so its methods take a couple of minutes to reach the optimising JIT.
LOGIN_WARMUP="${LOGIN_WARMUP:-120}"
PORT="${PORT:-18080}"
MANAGEMENT_PORT="${MANAGEMENT_PORT:-18081}"
JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx256m -XX:+UseParallelGC}"
BENCH_DB=sessions_bench
PGBENCH_DB=pgbench_bench
TRAINING_DB=sessions_bench_training
BASE="http://127.0.0.1:${PORT}"

need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $2"; apt-get install -y -qq "$2" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2"; }; }; }
need wrk wrk
need pgbench postgresql-contrib
need curl curl
need python3 python3
need nginx nginx

bash .ci/ensure-postgres sessions
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi; }
as_postgres dropdb --if-exists "$BENCH_DB"
as_postgres createdb -O sessions "$BENCH_DB"
as_postgres dropdb --if-exists "$PGBENCH_DB"
as_postgres createdb -O sessions "$PGBENCH_DB"
as_postgres dropdb --if-exists "$TRAINING_DB"
as_postgres createdb -O sessions "$TRAINING_DB"

# the measuring programs (PasswordHashCost) live in bench/jmh, out of the product jar, built on the installed modules
if [ ! -f bootstrap/target/session-service.jar ] || [ ! -f bench/jmh/target/benchmarks.jar ]; then
  mvn -B -ntp -q -DskipTests install
  mvn -B -ntp -q -f bench/jmh/pom.xml package
fi
# The fast-start layout (extracted jar, Spring AOT, Java 25 AOT cache with method profiles), trained on a scratch
# database under the same JVM options, so that the measured start below still migrates a fresh one.
RUNTIME=$(TRAINING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/${TRAINING_DB}" JAVA_OPTS="$JAVA_OPTS" bash .ci/prepare-runtime)

LOG=$(mktemp)
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/${BENCH_DB}"
export APP_TOKEN_SIGNING_KEY="$(head -c 32 /dev/urandom | base64)"
export APP_LOGIN_THROTTLE_MAX_FAILURES_PER_ADDRESS=1000000
started=$(date +%s.%N)
# shellcheck disable=SC2086
java $JAVA_OPTS $RUNTIME --server.port="$PORT" --management.server.port="$MANAGEMENT_PORT" >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:${MANAGEMENT_PORT}/actuator/health/readiness" >/dev/null; do
  kill -0 $APP 2>/dev/null || { cat "$LOG"; exit 1; }
  sleep 0.1
done
ready=$(date +%s.%N)
startup=$(python3 -c "print(f'{$ready - $started:.2f}')")

PHONE="+1415555$(printf '%04d' $((RANDOM % 10000)))"
curl -sf -X POST "$BASE/api/v1/auth/register" -H 'Content-Type: application/json' \
     -d "{\"phone\":\"$PHONE\",\"password\":\"benchmark password\"}" >/dev/null
TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
     -H 'User-Agent: Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/125.0' \
     -d "{\"phone\":\"$PHONE\",\"password\":\"benchmark password\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')

parse_wrk() { # prints: rps p50_ms p99_ms non2xx requests
  python3 - "$1" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r"^\s*" + label + r"\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    if not m: return float("nan")
    v, u = float(m.group(1)), m.group(2)
    return v / 1000 if u == "us" else v * 1000 if u == "s" else v
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
total = int(re.search(r"(\d+) requests in", text).group(1))
non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
errors = re.search(r"Socket errors:.*", text)
print(f"{rps:.0f} {ms('50%'):.2f} {ms('99%'):.2f} {int(non2xx.group(1)) if non2xx else 0} {total}")
PY
}

# The warm-up is measured: throughput and p99 in consecutive 10 s windows from ready on, so the time to full speed
# after a start is a number.
WINDOW_OUT=$(mktemp)
CURVE=""
FIRST_30S=0
windows=$(( (WARMUP + 9) / 10 ))
echo "warm-up ${WARMUP}s in 10 s windows ..."
for w in $(seq 1 "$windows"); do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d10s --latency -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/sessions/" >"$WINDOW_OUT"
  read -r W_RPS _ W_P99 _ _ < <(parse_wrk "$WINDOW_OUT")
  since=$(python3 -c "print(f'{$(date +%s.%N) - $ready:.0f}')")
  CURVE="${CURVE}$(printf '  window %2d (ends %4s s after ready)  %6s req/s  p99 %6s ms' "$w" "$since" "$W_RPS" "$W_P99")"$'\n'
  if [ "$w" -le 3 ]; then FIRST_30S=$((FIRST_30S + W_RPS)); fi
done
WRK_OUT=$(mktemp)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/sessions/" >"$WRK_OUT"
read -r RPS P50 P99 NON2XX TOTAL < <(parse_wrk "$WRK_OUT")

# The gateway check, directly and through NGINX with the configuration users copy (deploy/nginx), in front of an
# upstream NGINX answers itself, so the figure is NGINX + the check, not some application's own work.
CHECK_WARMUP="${CHECK_WARMUP:-20}"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${CHECK_WARMUP}s" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/auth/check" >/dev/null
CHECK_OUT=$(mktemp)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/auth/check" >"$CHECK_OUT"
read -r CHECK_RPS CHECK_P50 CHECK_P99 CHECK_NON2XX CHECK_TOTAL < <(parse_wrk "$CHECK_OUT")
NGINX_DIR=$(mktemp -d); chmod 755 "$NGINX_DIR"
NGINX_PORT=$((PORT + 10)); UPSTREAM_PORT=$((PORT + 11))
cp deploy/nginx/session-check.conf deploy/nginx/session-identity.conf "$NGINX_DIR"/
sed -e "s#127.0.0.1:8080#127.0.0.1:${PORT}#; s#127.0.0.1:3000#127.0.0.1:${UPSTREAM_PORT}#; s#127.0.0.1:8088#127.0.0.1:${NGINX_PORT}#" \
    -e "s#access_log /var/log/nginx/product-access.log session_safe;#access_log off;#; s#/etc/nginx/#${NGINX_DIR}/#" \
    deploy/nginx/product.conf >"$NGINX_DIR/product.conf"
cat >"$NGINX_DIR/nginx.conf" <<NGINX
worker_processes 1;
error_log $NGINX_DIR/error.log warn;
pid $NGINX_DIR/nginx.pid;
events { worker_connections 1024; }
http {
    client_body_temp_path $NGINX_DIR/body; proxy_temp_path $NGINX_DIR/proxy; fastcgi_temp_path $NGINX_DIR/fastcgi;
    uwsgi_temp_path $NGINX_DIR/uwsgi; scgi_temp_path $NGINX_DIR/scgi;
    include $NGINX_DIR/product.conf;
    server { listen 127.0.0.1:${UPSTREAM_PORT}; access_log off; location / { return 204; } }
}
NGINX
nginx -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf"
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; nginx -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -s stop 2>/dev/null || true' EXIT
sleep 1
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${CHECK_WARMUP}s" -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:${NGINX_PORT}/orders" >/dev/null
NGINX_OUT=$(mktemp)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:${NGINX_PORT}/orders" >"$NGINX_OUT"
read -r NGINX_RPS NGINX_P50 NGINX_P99 NGINX_NON2XX NGINX_TOTAL < <(parse_wrk "$NGINX_OUT")
nginx -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -s stop 2>/dev/null || true

RSS_KB=$(awk '/VmRSS/ {print $2}' /proc/$APP/status)
HWM_KB=$(awk '/VmHWM/ {print $2}' /proc/$APP/status)

# Scale 1 (100,000 accounts, 13 MB) stays in shared_buffers like the sessions table does, so both sides of the
# ratio are CPU-bound; at scale 10 (157 MB > 128 MB of shared_buffers) pgbench measured this machine's page
# cache and disk instead (8-12k tps, drifting as the cache warmed).
PGPASSWORD=sessions pgbench -q -i -s 1 -h 127.0.0.1 -U sessions "$PGBENCH_DB" >/dev/null 2>&1
# 1 % of pgbench's transactions are logged (too few to slow it) for its own p50/p99: the machine's latency floor.
PG_LOG_DIR=$(mktemp -d)
PG_OUT=$(cd "$PG_LOG_DIR" && PGPASSWORD=sessions pgbench -S -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" \
         -l --sampling-rate=0.01 -h 127.0.0.1 -U sessions "$PGBENCH_DB" 2>/dev/null)
TPS=$(echo "$PG_OUT" | awk '/^tps/ {print int($3)}' | head -1)
read -r PG_P50 PG_P99 < <(cat "$PG_LOG_DIR"/pgbench_log.* | awk '{print $3}' | sort -n \
    | awk '{v[NR]=$1} END {printf "%.2f %.2f\n", v[int(NR*0.5)+1]/1000, v[int(NR*0.99)+1]/1000}')
rm -rf "$PG_LOG_DIR"

# Login: CPU of the service per login, next to the CPU of one Argon2id hash (GC included) under the same JVM options.
LUA=$(mktemp --suffix=.lua)
cat >"$LUA" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["User-Agent"] = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
wrk.body = '{"phone":"$PHONE","password":"benchmark password"}'
LUA
ticks() { awk '{print $14 + $15}' /proc/$APP/stat; }
HZ=$(getconf CLK_TCK)
hash_ms() { # CPU of one Argon2id verification with LOGIN_CONNECTIONS running at once, under the service's JVM options
  # shellcheck disable=SC2086
  java $JAVA_OPTS -cp bench/jmh/target/benchmarks.jar com.loginsessions.bench.PasswordHashCost \
      19456 2 "$LOGIN_CONNECTIONS" 2>/dev/null | tail -1
}
wrk -t"$LOGIN_CONNECTIONS" -c"$LOGIN_CONNECTIONS" -d"${LOGIN_WARMUP}s" -s "$LUA" "$BASE/api/v1/auth/login" >/dev/null
HASH_BEFORE=$(hash_ms)  # measured right before and right after the logins, as the machine's speed drifts
before=$(ticks)
LOGIN_OUT=$(mktemp)
wrk -t"$LOGIN_CONNECTIONS" -c"$LOGIN_CONNECTIONS" -d"${DURATION}s" -s "$LUA" "$BASE/api/v1/auth/login" >"$LOGIN_OUT"
after=$(ticks)
HASH_AFTER=$(hash_ms)
read -r LPS _ _ LOGIN_NON2XX LOGINS < <(parse_wrk "$LOGIN_OUT")
CPU_MS_PER_LOGIN=$(python3 -c "print(f'{($after - $before) * 1000 / $HZ / max($LOGINS,1):.1f}')")
HASH_MS=$(python3 -c "print(f'{($HASH_BEFORE + $HASH_AFTER) / 2:.1f}')")
LOGIN_RATIO=$(python3 -c "print(f'{$CPU_MS_PER_LOGIN / $HASH_MS:.2f}')")

RATIO=$(python3 -c "print(f'{$RPS / max($TPS, 1) * 100:.1f}')")
FIRST_30S_SHARE=$(python3 -c "print(f'{$FIRST_30S / min($windows, 3) / max($RPS, 1) * 100:.0f}')")
cat <<REPORT

== session service benchmark ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), JVM: ${JAVA_OPTS}) ==
startup to ready:                 ${startup} s
warm-up curve (GET /api/v1/sessions/, ${CONNECTIONS} connections):
${CURVE}  first 30 s after ready: ${FIRST_30S_SHARE} % of the steady-state requests/s below
GET /api/v1/sessions/ (auth + list, ${CONNECTIONS} connections, ${THREADS} threads, ${DURATION}s):
  requests/s                      ${RPS}
  latency p50 / p99               ${P50} ms / ${P99} ms
  non-2xx responses               ${NON2XX} of ${TOTAL}
pgbench -S -M prepared (${CONNECTIONS} clients): ${TPS} tps, latency p50 / p99 ${PG_P50} ms / ${PG_P99} ms
ratio (our requests/s to pgbench tps): ${RATIO} %
GET /api/v1/auth/check directly (${CONNECTIONS} connections): ${CHECK_RPS} req/s, p50 / p99 ${CHECK_P50} / ${CHECK_P99} ms, ${CHECK_NON2XX} non-2xx of ${CHECK_TOTAL}
  check / list requests/s          $(python3 -c "print(f'{$CHECK_RPS / max($RPS, 1):.2f}')")  (target >= 1.3; p99 target <= 10 ms)
  check / pgbench tps              $(python3 -c "print(f'{$CHECK_RPS / max($TPS, 1) * 100:.1f}')") %
through NGINX (auth_request + an upstream answering 204): ${NGINX_RPS} req/s, p50 / p99 ${NGINX_P50} / ${NGINX_P99} ms, ${NGINX_NON2XX} non-2xx of ${NGINX_TOTAL}
  through NGINX / direct           $(python3 -c "print(f'{$NGINX_RPS / max($CHECK_RPS, 1) * 100:.0f}')") %  (target >= 60 %)
service memory: RSS ${RSS_KB} kB now, peak ${HWM_KB} kB
POST /api/v1/auth/login (${LOGIN_CONNECTIONS} connections): ${LPS} logins/s, ${LOGIN_NON2XX} non-2xx
  service CPU per login            ${CPU_MS_PER_LOGIN} ms  (one Argon2id verification, ${LOGIN_CONNECTIONS} at once: ${HASH_MS} ms CPU; ${HASH_BEFORE} before, ${HASH_AFTER} after)
  CPU per login / CPU per hash     ${LOGIN_RATIO}
REPORT
