#!/usr/bin/env bash
# The server's throughput with one and with several processes behind nginx, on SQLite and on
# PostgreSQL (tests/bench/run_scaling.py; docs/scaling.md explains it). Installs what is
# missing, builds the server in Release.
#   scripts/bench-scaling.sh [--processes 1,2,4] [--seconds 10] [--update-docs]
# --update-docs writes the table into docs/scaling.md. Nothing here passes or fails on time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
update_docs=0
args=()
for arg in "$@"; do
  if [ "$arg" = "--update-docs" ]; then update_docs=1; else args+=("$arg"); fi
done
"$root/scripts/install-deps.sh" bench
"$root/scripts/build.sh" "$root/build/release" -DCMAKE_BUILD_TYPE=Release
python3 "$root/tests/bench/run_scaling.py" --build "$root/build/release" \
  --work "$root/build/bench-scaling" "${args[@]}"
if [ "$update_docs" = 1 ]; then
  python3 "$root/tests/bench/update_doc.py" "$root/docs/scaling.md" "$root/build/bench-scaling/scaling.md"
fi
