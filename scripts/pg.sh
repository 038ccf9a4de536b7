#!/usr/bin/env bash
# pg.sh: a throwaway PostgreSQL server for the integration tests.
#
# Usage:
#   scripts/pg.sh start DIR PORT   create a new cluster in DIR/data, serve it on 127.0.0.1:PORT only
#                                  (unix socket in DIR), create the role `primowork` and the database
#                                  `primowork_test`, and print its URL as the only line on stdout:
#                                    postgresql://primowork@127.0.0.1:PORT/primowork_test
#   scripts/pg.sh stop DIR         stop that server fast and remove DIR
#
# The newest PostgreSQL under /usr/lib/postgresql/*/bin is used (Debian's postgresql package).
# It is made for tests, not for data: trust authentication on loopback, fsync off.
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` system user
# (DIR is then owned by postgres); otherwise it runs as the current user.
# Everything but the URL goes to DIR/setup.log and DIR/server.log (shown on stderr when something fails).
set -euo pipefail

ROLE=primowork
DATABASE=primowork_test
MARKER=.primowork-throwaway-pg   # written by start; stop removes only a DIR that has it

die() {
    echo "pg.sh: error: $*" >&2
    exit 1
}

usage() {
    echo "usage: $0 start DIR PORT | $0 stop DIR" >&2
    exit 2
}

# The bin directory of the highest installed PostgreSQL version.
find_bindir() {
    local dir
    dir=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1)
    [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]] ||
        die "no PostgreSQL server under /usr/lib/postgresql/*/bin (install the Debian package 'postgresql')"
    echo "$dir"
}

# Absolute path of DIR, whether or not it exists yet.
absolute() {
    case "$1" in
        /*) echo "$1" ;;
        *) echo "$PWD/$1" ;;
    esac
}

# Sets AS_USER: the command prefix that runs a command as the server's user.
choose_user() {
    if [[ $(id -u) -eq 0 ]]; then
        id postgres >/dev/null 2>&1 ||
            die "running as root, but there is no 'postgres' system user to run the server (install 'postgresql')"
        AS_USER=(runuser -u postgres --)
    else
        AS_USER=()
    fi
}

show_log() {
    local log=$1
    if [[ -f "$log" ]]; then
        echo "----- $log -----" >&2
        tail -n 50 "$log" >&2
        echo "-----" >&2
    fi
}

cmd_start() {
    local dir port bindir data log setup_log url
    dir=$(absolute "$1")
    port=$2
    [[ "$port" =~ ^[0-9]+$ && "$port" -ge 1 && "$port" -le 65535 ]] || die "bad port: $port"
    bindir=$(find_bindir)
    choose_user
    data="$dir/data"
    log="$dir/server.log"        # the server's own log (written by the server's user)
    setup_log="$dir/setup.log"   # what initdb, pg_ctl and psql print

    [[ -e "$data" ]] && die "$data already exists; run '$0 stop $dir' first or pick another DIR"
    # DIR is given to the server's user and removed by stop: it must be new or empty.
    if [[ -d "$dir" && ! -f "$dir/$MARKER" && -n "$(ls -A "$dir")" ]]; then
        die "$dir is not empty; give a new or empty directory"
    fi
    mkdir -p "$dir"
    touch "$dir/$MARKER" "$log" "$setup_log"
    if [[ ${#AS_USER[@]} -gt 0 ]]; then
        chown -R postgres:postgres "$dir"
        "${AS_USER[@]}" test -w "$dir" ||
            die "the postgres user cannot reach $dir (a parent directory is closed to it); use a DIR under a world-traversable directory, e.g. \$(mktemp -d)"
    fi

    # New cluster: bootstrap superuser `postgres`, trust on local and loopback connections.
    if ! "${AS_USER[@]}" "$bindir/initdb" -D "$data" -U postgres --auth=trust \
            --encoding=UTF8 --locale=C.UTF-8 --no-sync >>"$setup_log" 2>&1; then
        show_log "$setup_log"
        die "initdb failed"
    fi

    # Loopback only, socket in DIR, no durability (throwaway data), UTC.
    cat >>"$data/postgresql.conf" <<CONF

# --- added by scripts/pg.sh (throwaway test server) ---
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
timezone = 'UTC'
log_timezone = 'UTC'
CONF

    if ! "${AS_USER[@]}" "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 30 start >>"$setup_log" 2>&1; then
        show_log "$setup_log"
        show_log "$log"
        die "the server did not start on 127.0.0.1:$port (port in use?)"
    fi

    # The test role and database (the role owns the database, and may create others).
    if ! "${AS_USER[@]}" "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
            -c "CREATE ROLE $ROLE LOGIN CREATEDB" \
            -c "CREATE DATABASE $DATABASE OWNER $ROLE" >>"$setup_log" 2>&1; then
        show_log "$setup_log"
        "${AS_USER[@]}" "$bindir/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
        die "could not create the role and database"
    fi

    url="postgresql://$ROLE@127.0.0.1:$port/$DATABASE"
    echo "$url"
}

cmd_stop() {
    local dir bindir data owner
    dir=$(absolute "$1")
    data="$dir/data"
    [[ -e "$dir" ]] || return 0
    [[ -f "$dir/$MARKER" ]] || die "$dir was not made by '$0 start' (no $MARKER in it); not touching it"

    if [[ -f "$data/postmaster.pid" ]]; then
        bindir=$(find_bindir)
        owner=$(stat -c %U "$data")
        if [[ $(id -u) -eq 0 && "$owner" != root ]]; then
            AS_USER=(runuser -u "$owner" --)
        else
            AS_USER=()
        fi
        if ! "${AS_USER[@]}" "$bindir/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1; then
            show_log "$dir/server.log"
            die "pg_ctl stop failed; $dir left in place"
        fi
    fi
    rm -rf -- "$dir"
}

[[ $# -ge 1 ]] || usage
case "$1" in
    start) [[ $# -eq 3 ]] || usage; cmd_start "$2" "$3" ;;
    stop) [[ $# -eq 2 ]] || usage; cmd_stop "$2" ;;
    *) usage ;;
esac
