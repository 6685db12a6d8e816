#!/usr/bin/env bash
# Runs every benchmark at municipal scale and prints the table of figures beside their
# references (docs/performance.md explains it). Installs what is missing, builds Release.
#   scripts/bench.sh [--scale F] [--quick] [--only idle,search,...] [--update-docs]
# --update-docs writes the table into docs/performance.md. Nothing here passes or fails on time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
update_docs=0
args=()
for arg in "$@"; do
  if [ "$arg" = "--update-docs" ]; then update_docs=1; else args+=("$arg"); fi
done
"$root/scripts/install-deps.sh" bench
"$root/scripts/build.sh" "$root/build/release" -DCMAKE_BUILD_TYPE=Release
python3 "$root/tests/bench/run_benchmarks.py" --build "$root/build/release" \
  --work "$root/build/bench" "${args[@]}"
if [ "$update_docs" = 1 ]; then
  python3 "$root/tests/bench/update_doc.py" "$root/docs/performance.md" "$root/build/bench/results.md"
fi
