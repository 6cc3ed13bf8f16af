#!/usr/bin/env bash
# Runs every test of Helpdesk: the one command for a newcomer and for CI (.ci/run).
#
#   ./test.sh                      build once, run all tests
#   ./test.sh --filter Data        extra arguments go to `dotnet test`
#
# On a fresh Debian 12 machine, as root, it installs what is missing (PostgreSQL 15 and
# Chromium; the .NET SDK must be there). It starts a private PostgreSQL server for the run
# (its own data folder, 127.0.0.1 only, a free port), hands it to the tests through
# HELPDESK_TEST_POSTGRES, and stops it again however the run ends. The last line it prints
# is "N passed, N failed" (", N skipped" when any were), counted from the TRX result files;
# it exits non-zero when anything failed or no test ran.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
repo_root=$(pwd)

pg_version=15
pg_bin=/usr/lib/postgresql/$pg_version/bin
chromium=/usr/bin/chromium
configuration=${CONFIGURATION:-Release}

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DEBIAN_FRONTEND=noninteractive
# MSBuild's worker nodes would otherwise outlive the run.
export MSBUILDDISABLENODEREUSE=1
if [[ -z "${HOME:-}" ]]; then
    export HOME=/root DOTNET_CLI_HOME=/root
fi

started_at=$SECONDS
work_dir=""
pg_data=""
pg_user=""

log() {
    printf '[test.sh %3ds] %s\n' "$((SECONDS - started_at))" "$*"
}

fail() {
    log "ERROR: $*" >&2
    echo "0 passed, 0 failed"
    exit 1
}

as_pg_user() {
    if [[ "$pg_user" == "$(id -un)" ]]; then
        (cd / && "$@")
    else
        (cd / && runuser -u "$pg_user" -- "$@")
    fi
}

stop_postgres() {
    if [[ -n "$pg_data" && -f "$pg_data/postmaster.pid" ]]; then
        log "stopping PostgreSQL (pid $(head -n 1 "$pg_data/postmaster.pid"))"
        as_pg_user "$pg_bin/pg_ctl" -D "$pg_data" stop -m fast -w >/dev/null 2>&1 || true
    fi
}

cleanup() {
    local status=$?
    stop_postgres
    if [[ -n "$work_dir" ]]; then
        rm -rf "$work_dir"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

install_prerequisites() {
    local missing=()
    [[ -x "$pg_bin/initdb" ]] || missing+=(postgresql)
    [[ -x "$chromium" ]] || missing+=(chromium)
    command -v dotnet >/dev/null || fail "the .NET SDK (dotnet) is not on PATH; install it first (see global.json)"
    if ((${#missing[@]} == 0)); then
        return
    fi

    if [[ $(id -u) -ne 0 ]]; then
        fail "missing ${missing[*]}; install as root: apt-get install -y ${missing[*]}"
    fi

    log "installing ${missing[*]}"
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
    [[ -x "$pg_bin/initdb" ]] || fail "PostgreSQL $pg_version did not install to $pg_bin"
    [[ -x "$chromium" ]] || fail "Chromium did not install to $chromium"
}

port_is_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_postgres() {
    # PostgreSQL refuses to run as root, so as root the server runs as the postgres user.
    if [[ $(id -u) -eq 0 ]]; then
        pg_user=postgres
        id "$pg_user" >/dev/null 2>&1 || fail "the postgres OS user does not exist (reinstall postgresql-$pg_version)"
    else
        pg_user=$(id -un)
    fi

    pg_data="$work_dir/postgres"
    mkdir -p "$pg_data"
    chown "$pg_user" "$pg_data"
    as_pg_user "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 --no-locale \
        >"$work_dir/initdb.log" 2>&1 || { cat "$work_dir/initdb.log" >&2; fail "initdb failed"; }

    local attempt port
    for attempt in 1 2 3 4 5; do
        port=$((20000 + RANDOM % 40000))
        port_is_free "$port" || continue
        # fsync off: a throwaway server for one run; it makes creating databases fast.
        if as_pg_user "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w -t 60 start \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_data -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            >/dev/null; then
            pg_port=$port
            break
        fi
        log "PostgreSQL did not start on port $port (attempt $attempt), trying another"
    done
    [[ -n "${pg_port:-}" ]] || { tail -n 20 "$pg_data/server.log" >&2; fail "PostgreSQL did not start"; }

    as_pg_user "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
        -c "CREATE ROLE helpdesk_test LOGIN CREATEDB PASSWORD 'helpdesk_test'" >/dev/null
    export HELPDESK_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Database=postgres;Username=helpdesk_test;Password=helpdesk_test"
    log "PostgreSQL $pg_version listening on 127.0.0.1:$pg_port (pid $(head -n 1 "$pg_data/postmaster.pid"))"
}

# Sums an attribute of the <Counters> element over all TRX files.
count() {
    local attribute=$1 total=0 value file
    for file in "$results_dir"/*.trx; do
        [[ -f "$file" ]] || continue
        value=$(grep -o "<Counters [^>]*" "$file" | grep -o " $attribute=\"[0-9]*\"" | grep -o '[0-9]\+' || true)
        total=$((total + ${value:-0}))
    done
    echo "$total"
}

install_prerequisites

# Under /tmp, not $TMPDIR: the postgres user must be able to reach the server's folder.
work_dir=$(mktemp -d /tmp/helpdesk-test.XXXXXX)
chmod 755 "$work_dir"
touch "$work_dir/started"
results_dir="$work_dir/results"
start_postgres

log "building Helpdesk.sln ($configuration)"
if ! dotnet build Helpdesk.sln -c "$configuration" -nologo -clp:ErrorsOnly; then
    fail "the build failed"
fi

log "running the tests"
test_status=0
dotnet test Helpdesk.sln -c "$configuration" --no-build --nologo \
    --logger "trx;LogFilePrefix=helpdesk" --logger "console;verbosity=normal" \
    --results-directory "$results_dir" \
    --blame-hang-timeout 10m --blame-hang-dump-type none \
    "$@" || test_status=$?

passed=$(count passed)
failed=$(($(count failed) + $(count error) + $(count timeout) + $(count aborted)))
skipped=$(count notExecuted)

screenshots=$(find "$repo_root/tests" -path '*/bin/*' -name '*.png' -newer "$work_dir/started" 2>/dev/null || true)
if [[ -n "$screenshots" ]]; then
    log "screenshots of failed browser tests:"
    echo "$screenshots"
fi

if ((test_status != 0 && failed == 0)); then
    log "dotnet test exited with $test_status although no test failed: a test host crashed or timed out"
fi
stop_postgres
log "finished in $((SECONDS - started_at)) s"

summary="$passed passed, $failed failed"
if ((skipped > 0)); then
    summary+=", $skipped skipped"
fi
echo "$summary"

if ((failed > 0 || passed == 0 || test_status != 0)); then
    exit 1
fi
