#!/usr/bin/env bash
# Checks the Debian packages the way IT staff use them, on this machine: lintian, install with
# apt, the system users, directories and permissions, the installed programs' --version and
# --check-config, the installed server (demo content) on loopback, the installed kiosk
# enrolled against it and synced headless, then shown (offscreen) until its first sync, an
# upgrade that keeps configuration, token, cache and outbox, and a purge.
# Usage: scripts/package-check.sh [PACKAGE_DIR]   (as root; the packages from package.sh)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pkg_dir="${1:-$root/build/package}"
export DEBIAN_FRONTEND=noninteractive

if [ "$(id -u)" -ne 0 ]; then
  exec sudo --preserve-env=DEBIAN_FRONTEND "$0" "$@"
fi

fail() { echo "package-check: FAILED: $*" >&2; exit 1; }
step() { echo "-- $*"; }
as_kiosk() { runuser -u municipal-kiosk -- "$@"; }
as_server() { runuser -u municipal-server -- "$@"; }
# For programs started in the background: setpriv execs the program itself, so $! is its PID
# and kill reaches it (a function or runuser in the background would stand in between).
exec_as() { exec setpriv --reuid="$1" --regid="$1" --init-groups -- "${@:2}"; }
wait_for_line() { # FILE PATTERN PID SECONDS LOG: until a process writes the line, or fails
  local deadline=$((SECONDS + $4))
  until grep -q "$2" "$1"; do
    kill -0 "$3" 2>/dev/null || { cat "$5"; fail "the process exited before '$2'"; }
    [ "$SECONDS" -lt "$deadline" ] || { cat "$5"; fail "no '$2' within $4 s"; }
    sleep 0.1
  done
}
expect_mode() { # PATH OWNER:GROUP MODE
  local seen
  seen="$(stat -c '%U:%G %a' "$1")"
  [ "$seen" = "$2 $3" ] || fail "$1 is $seen, expected $2 $3"
}

# This check installs, upgrades and purges the packages: never on a machine that runs them.
for dir in /var/lib/municipal-kiosk /var/lib/municipal-server; do
  if [ -e "$dir" ] && [ ! -e "$dir/.package-check" ]; then
    fail "$dir exists and was not made by this check: run it on a machine of its own"
  fi
done

# What an earlier, interrupted run of this check left: start from a machine without it.
if [ -e /var/lib/municipal-kiosk/.package-check ] || [ -e /var/lib/municipal-server/.package-check ]; then
  apt-get purge -y -qq municipal-kiosk municipal-server >/dev/null 2>&1 || true
  rm -rf /var/lib/municipal-kiosk /var/lib/municipal-server /etc/municipal-kiosk /etc/municipal-server
fi

version="$(sed -n 's/^project(MunicipalKiosk VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")"
kiosk_deb="$pkg_dir/municipal-kiosk_${version}_amd64.deb"
server_deb="$pkg_dir/municipal-server_${version}_amd64.deb"
[ -f "$kiosk_deb" ] && [ -f "$server_deb" ] || fail "no packages for $version in $pkg_dir"

work="$(mktemp -d)"
server_pid=""
kiosk_pid=""
cleanup() {
  [ -n "$kiosk_pid" ] && kill "$kiosk_pid" 2>/dev/null || true
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

step "lintian"
lintian_ok=true
lintian --fail-on error --tag-display-limit 0 "$kiosk_deb" "$server_deb" >"$work/lintian.txt" 2>&1 ||
  lintian_ok=false
grep -v '^running with root privileges' "$work/lintian.txt" || true
$lintian_ok || fail "lintian reports errors"

step "install with apt (dependencies from Debian)"
apt-get install -y -qq "$server_deb" "$kiosk_deb" >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log"; fail "apt could not install the packages"; }
touch /var/lib/municipal-kiosk/.package-check /var/lib/municipal-server/.package-check

step "users, directories and permissions"
getent passwd municipal-kiosk >/dev/null || fail "no municipal-kiosk user"
getent passwd municipal-server >/dev/null || fail "no municipal-server user"
expect_mode /var/lib/municipal-kiosk municipal-kiosk:municipal-kiosk 750
expect_mode /var/lib/municipal-server municipal-server:municipal-server 750
expect_mode /etc/municipal-kiosk root:municipal-kiosk 750
expect_mode /etc/municipal-kiosk/kiosk.conf root:municipal-kiosk 640
expect_mode /etc/municipal-server root:municipal-server 750
expect_mode /etc/municipal-server/server.conf root:municipal-server 640
for unit in municipal-kiosk.service municipal-server.service municipal-server@.service \
  municipal-server-compact.service municipal-server-compact.timer; do
  [ -f "/lib/systemd/system/$unit" ] || fail "no $unit"
done
# A template is verified as one of its instances.
cp /lib/systemd/system/municipal-server@.service "$work/municipal-server@8081.service"
systemd-analyze verify /lib/systemd/system/municipal-server.service \
  /lib/systemd/system/municipal-server-compact.timer /lib/systemd/system/municipal-kiosk.service \
  "$work/municipal-server@8081.service" >"$work/verify.log" 2>&1 || { cat "$work/verify.log"; fail "systemd-analyze verify"; }
if grep -i "municipal" "$work/verify.log"; then fail "systemd-analyze has remarks on the units"; fi

step "installed programs"
[ "$(municipal-kiosk --version)" = "municipal-kiosk $version" ] || fail "municipal-kiosk --version"
[ "$(municipal-server --version)" = "municipal-server $version" ] || fail "municipal-server --version"
as_server municipal-server --check-config || fail "municipal-server --check-config"
# Before enrolment the kiosk's check names what is missing, in words, and fails.
if municipal-kiosk --check-config >"$work/check.txt"; then fail "an unenrolled kiosk passed"; fi
grep -q "device token" "$work/check.txt" || { cat "$work/check.txt"; fail "no word on the token"; }

step "installed server on loopback with the packaged demo content"
as_server municipal-server load-demo >/dev/null 2>&1 || fail "load-demo from /usr/share"
(exec_as municipal-server municipal-server serve --no-demo --port 0) \
  >"$work/server.out" 2>"$work/server.log" &
server_pid=$!
wait_for_line "$work/server.out" '^listening on' "$server_pid" 30 "$work/server.log"
url="$(sed -n 's/^listening on //p' "$work/server.out")"
[ -n "$url" ] || fail "the server did not listen"
token="$(as_server municipal-server token issue package-check)"

step "enrol the installed kiosk and sync it headless"
echo "$token" | municipal-kiosk --enroll "$url" - || fail "--enroll"
expect_mode /etc/municipal-kiosk/device-token root:municipal-kiosk 640
expect_mode /etc/municipal-kiosk/kiosk.conf root:municipal-kiosk 640
as_kiosk municipal-kiosk --check-config || fail "--check-config after enrolment"
as_kiosk municipal-kiosk --sync-once || fail "--sync-once"
as_kiosk municipal-kiosk --outbox >/dev/null || fail "--outbox"
# Root running a command that writes the kiosk's data is refused, and told how to run it.
if municipal-kiosk --sync-once >"$work/root.txt"; then fail "--sync-once ran as root"; fi
grep -q "runuser -u municipal-kiosk" "$work/root.txt" || { cat "$work/root.txt"; fail "no advice"; }
cursor="$(as_kiosk municipal-kiosk --status | sed -n 's/^cursor: //p')"
[ "${cursor:-0}" -gt 0 ] || fail "the cache is empty after --sync-once"

step "the installed kiosk's window (offscreen) syncs"
(exec_as municipal-kiosk env HOME=/var/lib/municipal-kiosk QT_QPA_PLATFORM=offscreen \
  municipal-kiosk) >"$work/kiosk.log" 2>&1 &
kiosk_pid=$!
wait_for_line "$work/kiosk.log" 'sync ok' "$kiosk_pid" 90 "$work/kiosk.log"
kill "$kiosk_pid"
wait "$kiosk_pid" 2>/dev/null || true
kiosk_pid=""

step "upgrade keeps the configuration, the token, the cache and the outbox"
echo "# edited by IT staff" >>/etc/municipal-server/server.conf
before="$(sha256sum /etc/municipal-kiosk/kiosk.conf /etc/municipal-kiosk/device-token \
  /etc/municipal-server/server.conf /var/lib/municipal-kiosk/outbox.sqlite)"
(cd "$pkg_dir" && cpack -G DEB -D "CPACK_PACKAGE_VERSION=${version}+upgrade" \
  -B "$work/upgrade" >/dev/null)
apt-get install -y -qq "$work/upgrade/municipal-server_${version}+upgrade_amd64.deb" \
  "$work/upgrade/municipal-kiosk_${version}+upgrade_amd64.deb" >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log"; fail "the upgrade did not install"; }
[ "$(dpkg-query -W -f='${Version}' municipal-kiosk)" = "${version}+upgrade" ] ||
  fail "municipal-kiosk was not upgraded"
after="$(sha256sum /etc/municipal-kiosk/kiosk.conf /etc/municipal-kiosk/device-token \
  /etc/municipal-server/server.conf /var/lib/municipal-kiosk/outbox.sqlite)"
[ "$before" = "$after" ] || fail "the upgrade changed: $(diff <(echo "$before") <(echo "$after"))"
after_cursor="$(as_kiosk municipal-kiosk --status | sed -n 's/^cursor: //p')"
[ "$after_cursor" = "$cursor" ] || fail "the cache was lost ($cursor before, $after_cursor after)"
as_kiosk municipal-kiosk --sync-once >/dev/null || fail "--sync-once after the upgrade"
as_server municipal-server token list | grep -q '^package-check' || fail "the server lost a token"

step "purge removes the configuration and keeps the data"
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=""
apt-get purge -y -qq municipal-kiosk municipal-server >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log"; fail "purge"; }
[ ! -e /etc/municipal-kiosk ] && [ ! -e /etc/municipal-server ] || fail "purge left /etc files"
[ -f /var/lib/municipal-kiosk/outbox.sqlite ] || fail "purge removed the outbox"
rm -rf /var/lib/municipal-kiosk /var/lib/municipal-server

echo "package-check: ok (municipal-kiosk and municipal-server $version)"
