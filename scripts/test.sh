#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, runs every test (unit, integration,
# gui, fuzz) with ctest, the server's tests a second time on PostgreSQL (a private cluster on
# loopback, started here and removed at the end), then builds the core layers with AddressSanitizer and UBSan and runs
# their tests again, then runs each fuzz target briefly under libFuzzer (scripts/fuzz.sh),
# then builds the Debian packages and checks them installed on this machine
# (scripts/package-check.sh: install, enrol, sync, upgrade, purge). Exits non-zero if anything
# fails.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="$(nproc)"

"$root/scripts/install-deps.sh" test

echo "== PostgreSQL for the server tests"
pg_dir="$(mktemp -d /tmp/mk-test-postgres.XXXXXX)"
trap '"$root/scripts/test-postgres.sh" stop "$pg_dir"' EXIT
# A port in use (another cluster, a connection that happened to get it) moves to the next.
pg_port=""
for port in ${MK_TEST_POSTGRES_PORT:-55432 55433 55434 55435 55436}; do
  if "$root/scripts/test-postgres.sh" start "$pg_dir" "$port" 2>/dev/null; then
    pg_port="$port"
    break
  fi
done
[ -n "$pg_port" ] || { echo "cannot start PostgreSQL for the tests (its log is above)" >&2; exit 1; }

echo "== Build and run all tests (the server's on SQLite and on PostgreSQL)"
"$root/scripts/build.sh" "$root/build/ci" -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=ON \
  -DMK_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$pg_port/"
ctest --test-dir "$root/build/ci" --output-on-failure --parallel "$jobs"

echo "== Core tests under AddressSanitizer and UndefinedBehaviorSanitizer"
"$root/scripts/build.sh" "$root/build/asan" -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=ON \
  -DCORE_ONLY=ON -DENABLE_SANITIZERS=ON
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir "$root/build/asan" --output-on-failure --parallel "$jobs" -L 'unit|integration|fuzz'

echo "== Fuzz targets under libFuzzer with ASan and UBSan, a short run of each"
"$root/scripts/fuzz.sh"

echo "== Debian packages: build, lintian, install, enrol, sync, upgrade, purge"
"$root/scripts/package.sh" "$root/build/package"
"$root/scripts/package-check.sh" "$root/build/package"
