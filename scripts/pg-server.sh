#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests and benchmarks: private data folder, private port, loopback only.
#   scripts/pg-server.sh start DIR PORT PASSWORD   initdb (first time) and start; prints the connection URL
#   scripts/pg-server.sh stop DIR                  fast shutdown
# initdb refuses to run as root, so as root the server runs as the `postgres` system user (created by
# Debian's package); otherwise as the current user. Nothing is written outside DIR.
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?data folder}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/pg_ctl" ] || { echo "pg-server: PostgreSQL binaries not found under /usr/lib/postgresql" >&2; exit 1; }
as() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$cmd" in
  start)
    port=${3:?port}; password=${4:?password}
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      pwfile="$dir/pw"; (umask 077; printf '%s\n' "$password" > "$pwfile"); [ "$(id -u)" -eq 0 ] && chown postgres "$pwfile"
      as "$bin/initdb" -D "$dir/data" -U corroborate --pwfile="$pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
      rm -f "$pwfile"
    fi
    as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c shared_buffers=256MB -c max_connections=60 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
      || { tail -20 "$dir/server.log" >&2; exit 1; }
    PGPASSWORD="$password" /usr/bin/psql -q -h 127.0.0.1 -p "$port" -U corroborate -d postgres -c 'CREATE DATABASE corroborate' 2>/dev/null || true
    echo "postgres://corroborate:$password@127.0.0.1:$port/corroborate"
    ;;
  stop)
    [ -f "$dir/data/postmaster.pid" ] && as "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    ;;
  *) echo "usage: $0 start DIR PORT PASSWORD | stop DIR" >&2; exit 2 ;;
esac
