#!/usr/bin/env bash
# test.sh: run every test suite against real parts (called by `make test` after the build).
#
# Starts a throwaway PostgreSQL on loopback (scripts/pg.sh), points the store tests at it through
# PRIMOWORK_TEST_PG, runs CTest (unit, store on SQLite and PostgreSQL, catalogs, server
# integration, browser end-to-end) and always stops the database afterwards.
# Usage: scripts/test.sh BUILD_DIR [ctest arguments...]
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${1:?usage: scripts/test.sh BUILD_DIR [ctest arguments...]}
shift

PG_DIR=$(mktemp -u /tmp/primowork-pg.XXXXXX)
PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cleanup() { "$ROOT/scripts/pg.sh" stop "$PG_DIR" >/dev/null 2>&1 || true; }
trap cleanup EXIT INT TERM

echo "Starting a throwaway PostgreSQL on 127.0.0.1:$PG_PORT"
PRIMOWORK_TEST_PG=$("$ROOT/scripts/pg.sh" start "$PG_DIR" "$PG_PORT")
export PRIMOWORK_TEST_PG

cd "$BUILD_DIR"
ctest --output-on-failure --timeout 1200 "$@"
