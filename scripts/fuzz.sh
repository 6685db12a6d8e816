#!/usr/bin/env bash
# The fuzz targets under libFuzzer with AddressSanitizer and UBSan (docs/reliability.md).
#
#   scripts/fuzz.sh                       build, then a short run of every target, as the test
#                                         suite does (MK_FUZZ_SECONDS each, 20 by default)
#   scripts/fuzz.sh --long SECONDS [TARGET...]
#                                         each target (or those named) for SECONDS, one after
#                                         the other; new inputs are kept in
#                                         build/fuzz/tests/fuzz/TARGET-found/
#
# A crash leaves its input as build/fuzz/tests/fuzz/TARGET-crash-*: copy it to
# tests/fuzz/regressions/TARGET/ (every build replays that directory) and fix the code.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build/fuzz"

"$root/scripts/install-deps.sh" test
"$root/scripts/build.sh" "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCORE_ONLY=ON -DENABLE_FUZZERS=ON -DBUILD_TESTING=ON

if [ "${1:-}" != "--long" ]; then
  ctest --test-dir "$build" -L fuzz --output-on-failure --parallel "$(nproc)"
  exit
fi
seconds="${2:?--long needs a number of seconds}"
shift 2
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for corpora in "$build"/tests/fuzz/*.corpora; do
    targets+=("$(basename "$corpora" .corpora)")
  done
fi
for target in "${targets[@]}"; do
  dir="$build/tests/fuzz"
  mapfile -t corpora < "$dir/$target.corpora"
  mkdir -p "$dir/$target-found"
  echo "== $target for $seconds s"
  "$dir/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 \
    -artifact_prefix="$dir/$target-crash-" "$dir/$target-found" "${corpora[@]}"
done
