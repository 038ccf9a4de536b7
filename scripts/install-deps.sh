#!/usr/bin/env bash
# install-deps.sh: install the Debian packages PrimoWork needs, and only the missing ones.
#
# Usage: scripts/install-deps.sh build|test
#   build  what `make run` needs to compile and run the server
#   test   everything in build, plus what the test suites need (GoogleTest, PostgreSQL,
#          Chromium, Node.js for the browser tests...)
#
# Works as root, or through sudo when not root. `apt-get update` runs only when
# something is missing, so a second run on a ready machine does nothing.
# To add a dependency: append it to the right array below (and write it down in
# docs/DEPENDENCIES.md with the reason).
set -euo pipefail

# --- build: compiler and build tools (GoogleTest too: the tests are part of the build) -
BUILD_TOOLS=(g++ cmake ninja-build pkg-config ccache make libgtest-dev libgmock-dev)
# --- build: HTTP server (RESTinio on standalone Asio, fmt, http-parser) and TLS --------
BUILD_HTTP=(librestinio-dev libasio-dev libfmt-dev libhttp-parser-dev libssl-dev)
# --- build: JSON ---------------------------------------------------------------------
BUILD_JSON=(nlohmann-json3-dev)
# --- build: database access (SOCI over SQLite and PostgreSQL) ------------------------
BUILD_DB=(libsoci-dev libsqlite3-dev libpq-dev)
# --- build: HTML templates -----------------------------------------------------------
BUILD_TEMPLATES=(libctemplate-dev)
# --- build: password hashing, random numbers, encryption; TOTP second factor; QR codes --
BUILD_CRYPTO=(libsodium-dev liboath-dev libqrencode-dev)
# --- build: mail (SMTP client for the outbox sender) ----------------------------------
BUILD_MAIL=(libcurl4-openssl-dev)
# --- build: i18n and text (Boost.Locale with ICU, gettext's msgfmt for .po catalogs) --
BUILD_I18N=(libboost-locale-dev libicu-dev gettext)
# --- build: taxonomy (CSV parser for ROME/ESCO imports, Snowball French stemmer) -----
BUILD_TAXONOMY=(libcsv-dev libstemmer-dev)

# --- test: benchmarks (Google Benchmark) ---------------------------------------------
TEST_CPP=(libbenchmark-dev)
# --- test: databases for integration tests (throwaway PostgreSQL server, sqlite3 CLI) -
TEST_DB=(postgresql sqlite3)
# --- test: browser end-to-end tests (Debian's Chromium driven by playwright-core) -----
TEST_BROWSER=(chromium)
# --- test: helper tools used by the test scripts -------------------------------------
TEST_TOOLS=(python3 curl ca-certificates)
# --- test: a real SMTP server on loopback for mail tests (run with /usr/bin/python3) --
TEST_MAIL=(python3-aiosmtpd)
# --- test: Node.js + npm for the e2e tests, only when no `node` command exists --------
#     (a fresh Debian 12 gets Debian's nodejs 18 + npm 9; a machine with a newer node
#      installed from elsewhere keeps it)
TEST_NODE=(nodejs npm)

BUILD_PACKAGES=("${BUILD_TOOLS[@]}" "${BUILD_HTTP[@]}" "${BUILD_JSON[@]}" "${BUILD_DB[@]}"
                "${BUILD_TEMPLATES[@]}" "${BUILD_CRYPTO[@]}" "${BUILD_MAIL[@]}" "${BUILD_I18N[@]}"
                "${BUILD_TAXONOMY[@]}")
TEST_PACKAGES=("${TEST_CPP[@]}" "${TEST_DB[@]}" "${TEST_BROWSER[@]}" "${TEST_TOOLS[@]}"
               "${TEST_MAIL[@]}")

usage() {
    echo "usage: $0 build|test" >&2
    exit 2
}

[[ $# -eq 1 ]] || usage
case "$1" in
    build) wanted=("${BUILD_PACKAGES[@]}") ;;
    test)
        wanted=("${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}")
        if ! command -v node >/dev/null 2>&1; then
            wanted+=("${TEST_NODE[@]}")
        fi
        ;;
    *) usage ;;
esac

# A package counts as present only when dpkg says "install ok installed".
is_installed() {
    local status
    status=$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) || return 1
    [[ "$status" == "install ok installed" ]]
}

missing=()
for pkg in "${wanted[@]}"; do
    if ! is_installed "$pkg"; then
        missing+=("$pkg")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "All ${#wanted[@]} Debian packages already installed"
    exit 0
fi

# Run apt as root directly, or through sudo.
if [[ $(id -u) -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "error: missing Debian packages: ${missing[*]}" >&2
    echo "error: installing them needs root, and sudo is not available;" >&2
    echo "       run this script as root, or install the packages yourself." >&2
    exit 1
fi

echo "Installing Debian packages: ${missing[*]}"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"
