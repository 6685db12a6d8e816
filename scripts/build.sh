#!/usr/bin/env bash
# Configures (once) and builds incrementally. Usage: scripts/build.sh BUILD_DIR [cmake -D options...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="$1"
shift
if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S "$root" -B "$build_dir" -G Ninja "$@"
elif [ $# -gt 0 ]; then
  # Options can change between runs (the test cluster's port): apply them to the cache.
  cmake -S "$root" -B "$build_dir" "$@" >/dev/null
fi
cmake --build "$build_dir" --parallel "$(nproc)"
