#!/usr/bin/env bash
# run.sh: run PrimoWork's browser end-to-end tests against a real server.
#
# Usage: tests/e2e/run.sh BUILD_DIR [extra arguments for `node --test`, e.g. --test-name-pattern=404]
#
# 1. starts the loopback SMTP sink (tests/smtp/smtp_sink.py) on a free port, storing each message
#    in a maildir under the temporary directory, and waits for it to print "ready";
# 2. loads the demo accounts (`primowork demo`, which also migrates a new SQLite database in the
#    temporary directory), then starts BUILD_DIR/primowork serve on a free loopback port, sending
#    mail to the sink (PRIMOWORK_SMTP), and waits for GET /healthz to answer 200;
# 3. installs the npm test packages (npm ci) when node_modules is missing or older than package-lock.json;
# 4. runs every *.test.js here with Node's test runner (TAP output: '# pass N', '# fail N'),
#    with PRIMOWORK_URL pointing at the server and PRIMOWORK_E2E_MAILDIR at the sink's maildir;
# 5. stops the server with SIGTERM, which must make it exit with code 0 within 15 s; stops the sink.
# Exits with the tests' status (or 1 if the server misbehaved). The server's log is shown on failure.
# Needs: node (>= 18), npm, /usr/bin/chromium, curl, python3, and /usr/bin/python3 with aiosmtpd
# (Debian's python3-aiosmtpd; scripts/install-deps.sh test).
set -euo pipefail

HEALTH_TIMEOUT=20    # seconds for the server to answer /healthz
SMTP_TIMEOUT=10      # seconds for the SMTP sink to print "ready"
STOP_TIMEOUT=15      # seconds for the server to exit after SIGTERM
TESTS_TIMEOUT=900    # seconds for the whole test run

E2E_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$E2E_DIR/../.." && pwd)

if [[ $# -lt 1 ]]; then
    echo "usage: $0 BUILD_DIR [node --test arguments...]" >&2
    exit 2
fi
BUILD_DIR=$(cd "$1" 2>/dev/null && pwd) || { echo "e2e: no build directory $1" >&2; exit 2; }
shift
SERVER_BIN="$BUILD_DIR/primowork"
[[ -x "$SERVER_BIN" ]] || { echo "e2e: $SERVER_BIN not found or not executable; build first" >&2; exit 2; }
command -v node >/dev/null || { echo "e2e: node not found (run scripts/install-deps.sh test)" >&2; exit 2; }
[[ -x /usr/bin/chromium ]] || { echo "e2e: /usr/bin/chromium not found (run scripts/install-deps.sh test)" >&2; exit 2; }
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null ||
    { echo "e2e: /usr/bin/python3 cannot import aiosmtpd (apt-get install python3-aiosmtpd)" >&2; exit 2; }

TMP=$(mktemp -d -t primowork-e2e.XXXXXX)
SERVER_LOG="$TMP/server.log"
SERVER_PID=
SMTP_LOG="$TMP/smtp.log"
SMTP_PID=
MAILDIR="$TMP/mail"

show_server_log() {
    echo "----- server log ($SERVER_LOG), last 200 lines -----" >&2
    tail -n 200 "$SERVER_LOG" >&2 || true
    echo "----- end of server log -----" >&2
    echo "----- SMTP sink log ($SMTP_LOG), last 50 lines -----" >&2
    tail -n 50 "$SMTP_LOG" >&2 || true
    echo "----- end of SMTP sink log -----" >&2
}

cleanup() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -KILL "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [[ -n "$SMTP_PID" ]] && kill -0 "$SMTP_PID" 2>/dev/null; then
        kill -TERM "$SMTP_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$SMTP_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$SMTP_PID" 2>/dev/null || true
        wait "$SMTP_PID" 2>/dev/null || true
    fi
    rm -rf -- "$TMP"
}
trap cleanup EXIT

# A free TCP port on loopback (the kernel picks it; tiny race with other programs, acceptable here).
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
PORT=$(free_port)
URL="http://127.0.0.1:$PORT"
SMTP_PORT=$(free_port)
while [[ "$SMTP_PORT" == "$PORT" ]]; do SMTP_PORT=$(free_port); done
cd "$REPO_DIR"

# --- 1. the SMTP sink --------------------------------------------------------------------------
echo "e2e: starting the SMTP sink on 127.0.0.1:$SMTP_PORT (maildir $MAILDIR)"
mkdir -p "$MAILDIR"
/usr/bin/python3 tests/smtp/smtp_sink.py --port "$SMTP_PORT" --maildir "$MAILDIR" >"$SMTP_LOG" 2>&1 &
SMTP_PID=$!
deadline=$((SECONDS + SMTP_TIMEOUT))
until grep -qx 'ready' "$SMTP_LOG" 2>/dev/null; do
    if ! kill -0 "$SMTP_PID" 2>/dev/null; then
        wait "$SMTP_PID" && code=0 || code=$?
        SMTP_PID=
        echo "e2e: the SMTP sink exited (code $code) before printing ready:" >&2
        cat "$SMTP_LOG" >&2 || true
        exit 1
    fi
    if (( SECONDS >= deadline )); then
        echo "e2e: the SMTP sink did not print ready within ${SMTP_TIMEOUT}s:" >&2
        cat "$SMTP_LOG" >&2 || true
        exit 1
    fi
    sleep 0.1
done

# --- 2. the demo accounts and the server -------------------------------------------------------
# `demo` and `serve` get the same environment: the secret seals the second-factor keys.
SECRET="e2e-secret-$RANDOM-$RANDOM-$RANDOM"
SERVER_ENV=(
    PRIMOWORK_DB="sqlite:$TMP/e2e.db"
    PRIMOWORK_LISTEN="127.0.0.1:$PORT"
    PRIMOWORK_SECRET="$SECRET"
    PRIMOWORK_SMTP="smtp://127.0.0.1:$SMTP_PORT"
)
echo "e2e: loading the demo accounts ($SERVER_BIN demo, database $TMP/e2e.db)"
if ! env "${SERVER_ENV[@]}" "$SERVER_BIN" demo >"$TMP/demo.log" 2>&1; then
    echo "e2e: $SERVER_BIN demo failed:" >&2
    cat "$TMP/demo.log" >&2
    exit 1
fi
echo "e2e: starting $SERVER_BIN serve on $URL (mail to smtp://127.0.0.1:$SMTP_PORT)"
env "${SERVER_ENV[@]}" "$SERVER_BIN" serve >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!

deadline=$((SECONDS + HEALTH_TIMEOUT))
until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$URL/healthz" || true) == 200 ]]; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        wait "$SERVER_PID" && code=0 || code=$?
        echo "e2e: the server exited (code $code) before answering /healthz" >&2
        SERVER_PID=
        show_server_log
        exit 1
    fi
    if (( SECONDS >= deadline )); then
        echo "e2e: GET $URL/healthz did not answer 200 within ${HEALTH_TIMEOUT}s" >&2
        show_server_log
        exit 1
    fi
    sleep 0.2
done
echo "e2e: server ready (pid $SERVER_PID)"

# --- 3. the npm test packages ------------------------------------------------------------------
cd "$E2E_DIR"
if [[ ! -d node_modules || package-lock.json -nt node_modules ]]; then
    echo "e2e: npm ci"
    npm ci --no-audit --no-fund
    touch node_modules
fi

# --- 4. the tests ------------------------------------------------------------------------------
mapfile -t TEST_FILES < <(find . -path ./node_modules -prune -o -name '*.test.js' -print | sort)
echo "e2e: node $(node --version), ${#TEST_FILES[@]} test file(s): ${TEST_FILES[*]}"
status=0
PRIMOWORK_URL="$URL" PRIMOWORK_E2E_MAILDIR="$MAILDIR" timeout --signal=TERM "$TESTS_TIMEOUT" \
    node --test --test-reporter=tap "$@" "${TEST_FILES[@]}" || status=$?

# --- 5. stop the server (the trap stops the SMTP sink) ------------------------------------------
server_ok=1
kill -TERM "$SERVER_PID" 2>/dev/null || true
deadline=$((SECONDS + STOP_TIMEOUT))
while kill -0 "$SERVER_PID" 2>/dev/null && (( SECONDS < deadline )); do
    sleep 0.2
done
if kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "e2e: FAIL: the server did not exit within ${STOP_TIMEOUT}s of SIGTERM" >&2
    server_ok=0
else
    wait "$SERVER_PID" && code=0 || code=$?
    SERVER_PID=
    if [[ $code -ne 0 ]]; then
        echo "e2e: FAIL: the server exited with code $code after SIGTERM (expected 0)" >&2
        server_ok=0
    fi
fi

if [[ $status -ne 0 || $server_ok -ne 1 ]]; then
    show_server_log
    [[ $status -ne 0 ]] && echo "e2e: tests failed (status $status)" >&2
    exit $(( status != 0 ? status : 1 ))
fi
echo "e2e: all tests passed, server stopped cleanly"
