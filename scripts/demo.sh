#!/usr/bin/env bash
# The main job: builds the kiosk and the reference server, starts the server on loopback with
# the demo municipality's content, issues a device token, and opens the kiosk synced from it.
#   scripts/demo.sh              run until you close the kiosk window (or Ctrl-C)
#   scripts/demo.sh --screenshot take a screenshot of the synced kiosk and exit
#   scripts/demo.sh --screenshots  photograph every view at 1920x1080 and 1280x800 into
#                                docs/screenshots (the kiosk walks its own views) and exit
# With no display, it runs the kiosk on a virtual one (Xvfb) and tells how to see it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-run}"
port="${MK_DEMO_PORT:-8080}"
build_dir="$root/build/release"
run_dir="$root/.run/demo"

"$root/scripts/install-deps.sh" demo
"$root/scripts/build.sh" "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF
server="$build_dir/app/server/municipal-server"
kiosk="$build_dir/app/kiosk/municipal-kiosk"

# Start fresh: the demo's dates are set relative to the day the server first loads them, and a
# kiosk cache must never be ahead of the server it syncs from.
rm -rf "$run_dir"
mkdir -p "$run_dir"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM

# The server: demo content is loaded into an empty store on first start.
"$server" serve --data-dir "$run_dir/server" --listen 127.0.0.1 --port "$port" \
  >"$run_dir/server.out" 2>"$run_dir/server.log" &
pids+=($!)
for _ in $(seq 100); do
  grep -q '^listening on' "$run_dir/server.out" 2>/dev/null && break
  kill -0 "${pids[0]}" 2>/dev/null || { cat "$run_dir/server.log" >&2; exit 1; }
  sleep 0.1
done
url="$(sed -n 's/^listening on //p' "$run_dir/server.out")"
[ -n "$url" ] || { echo "The server did not start; see $run_dir/server.log" >&2; exit 1; }
echo "Server: $url (log: $run_dir/server.log)"

(umask 077 && "$server" token issue demo-kiosk --data-dir "$run_dir/server" >"$run_dir/device-token")
# An editor account, so the publishing loop can be tried while the kiosk runs.
MUNICIPAL_EDITOR_PASSWORD=demo-editor-password "$server" editor add editor.demo \
  --data-dir "$run_dir/server" >/dev/null
echo "Editor: editor.demo / demo-editor-password. Try, while the kiosk runs:"
echo "  MUNICIPAL_EDITOR=editor.demo MUNICIPAL_EDITOR_PASSWORD=demo-editor-password \\"
echo "  $server admin status svc-registro-civil-nacimiento limited --wait 40 --data-dir $run_dir/server"
# A staff PIN for the demo only (a real kiosk gets its own, see docs/operations.md).
pin_line="$(echo 2580 | "$kiosk" --hash-pin 2>/dev/null)"
echo "Staff PIN: 2580 (five quick touches on the municipality's name, or Ctrl+Alt+S)"
cat >"$run_dir/kiosk.conf" <<CONF
[server]
url=$url
token_file=device-token
timeout_seconds=30

[storage]
data_dir=kiosk

[sync]
interval_seconds=30

[kiosk]
municipality=Río Hondo
public_url=https://www.riohondo.gob.example/kiosco/
language=es

[staff]
$pin_line

[clerk]
mode=kiosk
printer=pdf:receipts
CONF
export MUNICIPAL_KIOSK_CONFIG="$run_dir/kiosk.conf"
"$kiosk" --check-config
# A counter clerk for the demo: "Clerks' login" under the staff PIN pad; receipts print as PDF.
MUNICIPAL_CLERK_PASSWORD=demo-clerk-password "$kiosk" --clerk add maria.perez "María Pérez" >/dev/null
echo "Clerk: maria.perez / demo-clerk-password (Clerks' login on the staff PIN pad; receipts"
echo "  are saved as PDF files in $run_dir/receipts)"

kiosk_args=(--windowed)
if [ "$mode" = "--screenshots" ]; then
  # The clerks' desk pictures (clerk-*.png) come from its GUI tests, not from this tour.
  find "$root/docs/screenshots" -name '*.png' ! -name 'clerk-*' -delete
  kiosk_args=(--screenshots "$root/docs/screenshots")
fi
virtual_display=no
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] || [ "$mode" != run ]; then
  [ "$mode" = "--screenshots" ] || kiosk_args=()
  virtual_display=yes
  display=":$((90 + RANDOM % 9))"
  Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >"$run_dir/xvfb.log" 2>&1 &
  pids+=($!)
  export DISPLAY="$display"
  for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
  echo "The kiosk runs on the virtual display $display (Xvfb)."
fi

"$kiosk" "${kiosk_args[@]}" 2>"$run_dir/kiosk.log" &
kiosk_pid=$!
pids+=("$kiosk_pid")
echo "Kiosk started (log: $run_dir/kiosk.log)"

if [ "$mode" = "--screenshots" ]; then
  status=0
  wait "$kiosk_pid" || status=$?
  # 256-colour PNGs: half the size, no visible difference on flat UI colours.
  mogrify -colors 256 -define png:format=png8 "$root"/docs/screenshots/*.png
  echo "Screenshots: $root/docs/screenshots ($(ls "$root"/docs/screenshots/*.png 2>/dev/null | wc -l) pictures)"
  exit "$status"
fi
if [ "$virtual_display" = yes ]; then
  # Wait for the first sync to finish, then photograph the screen.
  for _ in $(seq 200); do grep -q 'sync ok' "$run_dir/kiosk.log" 2>/dev/null && break; sleep 0.1; done
  sleep 1 # let the window repaint after the sync
  import -display "$DISPLAY" -window root "$run_dir/screenshot.png"
  echo "Screenshot of the kiosk: $run_dir/screenshot.png"
  [ "$mode" = "--screenshot" ] && exit 0
  echo "No display here. To watch it live: apt-get install x11vnc && x11vnc -display $DISPLAY"
fi
wait "$kiosk_pid"
