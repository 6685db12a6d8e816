#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the server's test suite:
#   scripts/test-postgres.sh start DIR PORT [durable]
#                                             creates DIR and starts the cluster there
#   scripts/test-postgres.sh stop DIR         stops it and removes DIR
# Trust authentication on 127.0.0.1 only, fsync off: nothing in it outlives the test run, and
# durability is PostgreSQL's own business, not what the tests check. `durable` keeps
# PostgreSQL's defaults (fsync, synchronous commit), for benchmarks. The tests connect as the
# superuser `postgres` (postgresql://postgres@127.0.0.1:PORT/) and create a database each.
set -euo pipefail
action="${1:?start DIR PORT, or stop DIR}"
dir="${2:?the directory for the cluster}"
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    port="${3:?the port}"
    speed="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${4:-}" = durable ] && speed=""
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 \
      --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir $speed -c max_connections=200" \
      start >/dev/null || { cat "$dir/server.log"; exit 1; }
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
