#!/usr/bin/env bash
# Load benchmark of the packaged service: builds it, starts it with the JVM options of
# docker/Dockerfile on a free loopback port, times the start-up, then drives each endpoint with
# wrk side by side with the framework's floor (GET /q/health/live) and prints one Markdown table
# with PASS/FAIL per target. Endpoints the service does not serve yet are skipped with a note.
#
#   src/bench/run.sh              # from the project root; needs java, curl and wrk (apt-get install -y wrk)
#
# Knobs (environment): BENCH_SKIP_BUILD=1 reuses target/quarkus-app; BENCH_DURATION (10s) per row;
# BENCH_WARMUP (5s) per row in the warm-up pass; BENCH_SETTLE (2s) before each measurement;
# BENCH_THREADS (2) and BENCH_CONNECTIONS (32) of wrk; BENCH_JAVA_OPTS replaces the options of
# docker/Dockerfile (to compare others); BENCH_CONTAINER_MEMORY (512m) is the memory limit of the
# container the JVM believes it runs in (-XX:MaxRAM), so that the percentage-based heap options of
# docker/ size the heap as they would in that container.
# Exit status: 0 when every measured target passes, 2 when one fails, 1 on a setup error.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
bench="$root/src/bench"
duration=${BENCH_DURATION:-10s}
warmup=${BENCH_WARMUP:-5s}
settle=${BENCH_SETTLE:-2s}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-32}
container_memory=${BENCH_CONTAINER_MEMORY:-512m}
host=127.0.0.1

for tool in java curl wrk; do
    command -v "$tool" >/dev/null || { echo "run.sh: '$tool' is not installed (wrk: apt-get install -y wrk)" >&2; exit 1; }
done

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    echo "Building the packaged service (./mvnw -B -q package -DskipTests)..." >&2
    ./mvnw -B -q package -DskipTests >&2
fi
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "run.sh: $jar is missing: build first" >&2; exit 1; }

# The container's JVM options live in one place, the ENV JAVA_TOOL_OPTIONS="..." line of
# docker/Dockerfile; the JVM reads that variable by itself, here as in the container.
java_opts=""
if [ -f docker/Dockerfile ]; then
    java_opts=$(sed -nE 's/^[[:space:]]*ENV[[:space:]]+JAVA_TOOL_OPTIONS="([^"]*)".*/\1/p' docker/Dockerfile | head -n 1)
fi
[ -n "$java_opts" ] || echo "run.sh: no ENV JAVA_TOOL_OPTIONS=\"...\" line in docker/Dockerfile: measuring with JVM defaults" >&2
java_opts=${BENCH_JAVA_OPTS:-$java_opts}

work=$(mktemp -d)
log="$work/service.log"
pid=""
stop_service() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap stop_service EXIT

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null ||
        echo $((20000 + RANDOM % 20000))
}

# The image starts with a class-data-sharing archive that docker/Dockerfile records by starting the service
# once during the build (-XX:SharedArchiveFile=...). Record one the same way for this jar and use it instead
# of the image's path, so that the start-up measured below is the container's.
archive_option=$(printf '%s\n' "$java_opts" | grep -oE -- '-XX:SharedArchiveFile=[^ ]+' || true)
if [ -n "$archive_option" ]; then
    archive="$work/app-cds.jsa"
    java_opts=${java_opts/"$archive_option"/-XX:SharedArchiveFile=$archive}
    training_port=$(free_port)
    echo "Recording the AppCDS archive (one start of the service, as docker/Dockerfile does)..." >&2
    java -XX:ArchiveClassesAtExit="$archive" -Dquarkus.http.host=$host -Dquarkus.http.port="$training_port" \
        -jar "$jar" >"$work/training.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 600); do
        curl -fs --max-time 1 "http://$host:$training_port/q/health/ready" >/dev/null 2>&1 && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=""
    [ -s "$archive" ] || { echo "run.sh: the AppCDS archive was not recorded:" >&2; cat "$work/training.log" >&2; exit 1; }
fi

port=$(free_port)
base="http://$host:$port"

# ---- start-up: from process start to /q/health/ready answering UP ----------------------------
launch_ns=$(date +%s%N)
JAVA_TOOL_OPTIONS="$java_opts" java -XX:MaxRAM="$container_memory" \
    -Dquarkus.http.host=$host -Dquarkus.http.port="$port" -jar "$jar" >"$log" 2>&1 &
pid=$!
ready_ns=""
deadline=$(( $(date +%s) + 60 ))
while [ "$(date +%s)" -lt "$deadline" ]; do
    kill -0 "$pid" 2>/dev/null || { echo "run.sh: the service exited during start-up:" >&2; cat "$log" >&2; exit 1; }
    if curl -fs --max-time 1 "$base/q/health/ready" 2>/dev/null | grep -q '"UP"'; then
        ready_ns=$(date +%s%N)
        break
    fi
    sleep 0.01
done
[ -n "$ready_ns" ] || { echo "run.sh: not ready within 60 s" >&2; cat "$log" >&2; exit 1; }
startup_ms=$(( (ready_ns - launch_ns) / 1000000 ))
quarkus_started=$(grep -oE 'started in [0-9.]+s' "$log" | head -n 1 | grep -oE '[0-9.]+' || echo "?")

# ---- load -------------------------------------------------------------------------------------
# The service's CPU time so far (user + system), in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
clock_tick=$(getconf CLK_TCK)

# Runs wrk briefly to settle the row, then for the measurement; prints the BENCH line of request.lua
# and the service's CPU time during the measurement (cpu_ticks=...), which is steadier than req/s on
# a busy machine.
measure() {
    local path=$1 before after
    timeout 60 wrk -t"$threads" -c"$connections" -d"$settle" --timeout 2s -s "$bench/wrk/request.lua" \
        "$base$path" >/dev/null
    before=$(cpu_ticks)
    timeout 60 wrk -t"$threads" -c"$connections" -d"$duration" --timeout 2s -s "$bench/wrk/request.lua" \
        "$base$path" | grep '^BENCH ' | tr '\n' ' '
    after=$(cpu_ticks)
    echo "cpu_ticks=$((after - before))"
}
field() { echo "$1" | grep -oE "$2=[0-9.]+" | cut -d= -f2; }
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }

results=()   # one entry per row: NAME|RPS|P50_US|P99_US|CPU_US|MIN_RATIO|MAX_P99_MS|ERRORS, or NAME|skipped
notes=()
floors=()    # req/s of each floor measurement

# row NAME PATH MIN_RATIO MAX_P99_MS: measures with the BENCH_* variables already exported (in the
# warm-up pass, only loads the endpoint for BENCH_WARMUP)
row() {
    local name=$1 path=$2 line rps cpu errors
    if [ "$pass" = warm-up ]; then
        timeout 60 wrk -t"$threads" -c"$connections" -d"$warmup" --timeout 2s -s "$bench/wrk/request.lua" \
            "$base$path" >/dev/null
        return
    fi
    line=$(measure "$path")
    rps=$(field "$line" rps)
    cpu=$(awk -v t="$(field "$line" cpu_ticks)" -v hz="$clock_tick" -v n="$(field "$line" requests)" \
        'BEGIN { printf "%.0f", t * 1e6 / hz / n }')
    errors=$(( $(field "$line" status_errors) + $(field "$line" socket_errors) ))
    [ "$3" != floor ] || floors+=("$rps")
    results+=("$name|$rps|$(field "$line" p50_us)|$(field "$line" p99_us)|$cpu|$3|$4|$errors")
}

skip() {
    [ "$pass" = measure ] || return 0
    results+=("$1|skipped")
    notes+=("$1: $2")
}

# status METHOD PATH [BODY_FILE] [IF_NONE_MATCH]: the HTTP status of one probe request
status() {
    local args=(-s -o /dev/null -w '%{http_code}' --max-time 5 -X "$1" -H 'Accept: application/json')
    [ -z "${3:-}" ] || args+=(-H 'Content-Type: application/json' --data-binary "@$3")
    [ -z "${4:-}" ] || args+=(-H "If-None-Match: $4")
    curl "${args[@]}" "$base$2"
}

# Every row, in order. The floor is measured first and again last: their mean is the reference,
# their gap shows drift.
all_rows() {
export BENCH_METHOD=GET BENCH_BODY_FILE="" BENCH_IF_NONE_MATCH="" BENCH_ACCEPT_ENCODING=""
row "GET /q/health/live" /q/health/live floor -

code=$(status GET /api/v1/causes)
if [ "$code" = 200 ]; then
    row "GET /api/v1/causes" /api/v1/causes 0.8 -
    etag=$(curl -s -D - -o /dev/null "$base/api/v1/causes" | tr -d '\r' | sed -nE 's/^[Ee][Tt][Aa][Gg]: *(.*)$/\1/p')
    if [ -n "$etag" ] && [ "$(status GET /api/v1/causes "" "$etag")" = 304 ]; then
        export BENCH_IF_NONE_MATCH=$etag
        row "GET /api/v1/causes, If-None-Match (304)" /api/v1/causes 0.8 -
        export BENCH_IF_NONE_MATCH=""
    else
        skip "GET /api/v1/causes, If-None-Match (304)" "no ETag, or If-None-Match not answered with 304"
    fi
    # The same list compressed (gzip, made once per body and kept): ready-made bytes again.
    export BENCH_ACCEPT_ENCODING=gzip
    row "GET /api/v1/causes, Accept-Encoding: gzip" /api/v1/causes 0.8 -
    export BENCH_ACCEPT_ENCODING=""
else
    skip "GET /api/v1/causes" "not served yet (HTTP $code)"
    skip "GET /api/v1/causes, If-None-Match (304)" "not served yet (HTTP $code)"
fi

post_row() {
    local name=$1 path=$2 body=$3 min_ratio=$4 max_p99=$5 code
    code=$(status POST "$path" "$body")
    if [ "$code" = 200 ]; then
        export BENCH_METHOD=POST BENCH_BODY_FILE=$body
        row "$name" "$path" "$min_ratio" "$max_p99"
        export BENCH_METHOD=GET BENCH_BODY_FILE=""
    elif [ "$code" = 404 ]; then
        skip "$name" "not served yet (HTTP 404)"
    else
        skip "$name" "the sample body got HTTP $code, not 200: not measured"
    fi
}
post_row "POST /api/v1/screenings (12 findings)" /api/v1/screenings "$bench/bodies/case-12-findings.json" 0.5 -
post_row "POST /api/v1/assessments (12 findings)" /api/v1/assessments "$bench/bodies/case-12-findings.json" 0.45 10
post_row "POST /api/v1/interpretations (200 chars)" /api/v1/interpretations "$bench/bodies/interpretation-200.json" 0.35 -

row "GET /q/health/live (again, last)" /q/health/live floor -
}

# A warm-up pass over every row first, so that the JIT has compiled the paths they share (HTTP,
# JSON, validation) before anything is measured; then the measured pass.
pass=warm-up
all_rows
pass=measure
all_rows

rss_kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
hwm_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status")
rss_mb=$(( rss_kb / 1024 ))
startup_verdict=$(awk -v t="$startup_ms" 'BEGIN { print (t <= 1500 ? "PASS" : "FAIL") }')
rss_verdict=$([ "$rss_mb" -le 250 ] && echo PASS || echo FAIL)
verdicts=("$startup_verdict" "$rss_verdict")

# ---- report -----------------------------------------------------------------------------------
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
jdk=$(java -version 2>&1 | head -n 1)
echo
echo "wrk $threads threads, $connections connections, $duration per row (after a $warmup warm-up pass over every row, and $settle before each), on $host;" \
    "$(nproc) cores ($cpu), $jdk; JVM options: ${java_opts:-(JVM defaults)} -XX:MaxRAM=$container_memory"
echo
echo "| endpoint | req/s | p50 ms | p99 ms | service CPU µs/req | ratio to floor (mean of both) | target | result |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |"
floor_rps=$(printf '%s\n' "${floors[@]}" | awk '{ s += $1 } END { print s / NR }')
for entry in "${results[@]}"; do
    IFS='|' read -r name rps p50 p99 cpu min_ratio max_p99 errors <<<"$entry"
    if [ "$rps" = skipped ]; then
        echo "| $name | - | - | - | - | - | - | skipped |"
        continue
    fi
    ratio=$(awk -v a="$rps" -v b="$floor_rps" 'BEGIN { printf "%.2f", a / b }')
    target="" verdict=""
    if [ "$min_ratio" = floor ]; then
        target="floor"
    else
        target="ratio ≥ $min_ratio"
        verdict=$(awk -v r="$ratio" -v m="$min_ratio" 'BEGIN { print (r >= m ? "PASS" : "FAIL") }')
    fi
    if [ "$max_p99" != "-" ]; then
        target="$target, p99 ≤ $max_p99 ms"
        [ "$verdict" = FAIL ] || verdict=$(awk -v p="$p99" -v m="$max_p99" 'BEGIN { print (p / 1000 <= m ? "PASS" : "FAIL") }')
    fi
    if [ "$errors" -gt 0 ]; then
        verdict=FAIL
        notes+=("$name: $errors responses were errors (status ≥ 400 or socket errors)")
    fi
    [ -z "$verdict" ] || verdicts+=("$verdict")
    echo "| $name | $(printf '%.0f' "$rps") | $(ms "$p50") | $(ms "$p99") | $cpu | $ratio | $target | ${verdict:--} |"
done
echo "| start-up: **${startup_ms} ms** from process start to /q/health/ready UP (Quarkus: \"started in ${quarkus_started}s\") | | | | | | ≤ 1500 ms | $startup_verdict |"
echo "| RSS after the load: **${rss_mb} MB** (VmRSS; peak VmHWM $(( hwm_kb / 1024 )) MB) | | | | | | ≤ 250 MB | $rss_verdict |"
if [ ${#notes[@]} -gt 0 ]; then
    echo
    printf -- '- %s\n' "${notes[@]}"
fi

for v in "${verdicts[@]}"; do [ "$v" = PASS ] || exit 2; done
exit 0
