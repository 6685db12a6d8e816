#!/usr/bin/env bash
# Runs every benchmark at municipal scale and prints the table of figures beside their
# references (docs/performance.md explains it). Installs what is missing, builds Release.
#   scripts/bench.sh [--scale F] [--quick] [--only idle,search,...] [--update-docs]
# With --scaling, measures the server instead with one and several processes behind nginx, on
# SQLite and on PostgreSQL (tests/bench/run_scaling.py; docs/scaling.md explains it):
#   scripts/bench.sh --scaling [--processes 1,2,4] [--seconds 10] [--update-docs]
# --update-docs writes the table into its document. Nothing here passes or fails on time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
update_docs=0
script=run_benchmarks.py work=bench results=results.md doc=performance.md
args=()
for arg in "$@"; do
  case "$arg" in
    --update-docs) update_docs=1 ;;
    --scaling) script=run_scaling.py work=bench-scaling results=scaling.md doc=scaling.md ;;
    *) args+=("$arg") ;;
  esac
done
"$root/scripts/install-deps.sh" bench
"$root/scripts/build.sh" "$root/build/release" -DCMAKE_BUILD_TYPE=Release
python3 "$root/tests/bench/$script" --build "$root/build/release" \
  --work "$root/build/$work" "${args[@]}"
if [ "$update_docs" = 1 ]; then
  python3 "$root/tests/bench/update_doc.py" "$root/docs/$doc" "$root/build/$work/$results"
fi
