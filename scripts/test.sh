#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, runs every test (unit, integration,
# gui, fuzz) with ctest, then builds the core layers with AddressSanitizer and UBSan and runs
# their tests again, then runs each fuzz target briefly under libFuzzer (scripts/fuzz.sh),
# then builds the Debian packages and checks them installed on this machine
# (scripts/package-check.sh: install, enrol, sync, upgrade, purge). Exits non-zero if anything
# fails.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="$(nproc)"

"$root/scripts/install-deps.sh" test

echo "== Build and run all tests"
"$root/scripts/build.sh" "$root/build/ci" -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=ON
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
