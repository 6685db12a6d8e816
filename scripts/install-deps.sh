#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs that are not installed yet.
# Usage: scripts/install-deps.sh [build|demo|test|package|bench]...   (sourced or run; idempotent)
set -euo pipefail

build_packages=(cmake ninja-build g++ pkg-config libsystemd-dev
  qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev zlib1g-dev
  libqrencode-dev fonts-dejavu-core qt6-pdf-dev qt6-charts-dev qt6-svg-dev
  qt6-declarative-dev qt6-speech-dev
  qt6-virtualkeyboard-plugin qml6-module-qtquick-virtualkeyboard qml6-module-qtqml-workerscript
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qt-labs-folderlistmodel)
demo_packages=(xvfb xauth x11-utils imagemagick poppler-utils)
# PostgreSQL for the server suite's second backend (scripts/test-postgres.sh runs a private
# cluster; the Debian package's own cluster is left alone).
test_packages=(clang libclang-rt-14-dev poppler-utils zbar-tools nginx-light openssl faketime
  postgresql)
# Building the .deb files and checking them (systemd for systemd-analyze, which checks the
# units; a container may lack it).
package_packages=(dpkg-dev lintian systemd help2man)
# The benchmarks' references and load tools (tests/bench/run_benchmarks.py).
bench_packages=(sqlite3 curl wrk chromium nginx-light postgresql)

wanted=()
for set in "${@:-build}"; do
  case "$set" in
    build) wanted+=("${build_packages[@]}") ;;
    demo) wanted+=("${build_packages[@]}" "${demo_packages[@]}") ;;
    test) wanted+=("${build_packages[@]}" "${test_packages[@]}" "${package_packages[@]}") ;;
    package) wanted+=("${build_packages[@]}" "${package_packages[@]}") ;;
    bench) wanted+=("${build_packages[@]}" "${bench_packages[@]}") ;;
    *) echo "install-deps: unknown set '$set' (build, demo, test, package, bench)" >&2; exit 2 ;;
  esac
done

missing=()
for package in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Run as root, or install sudo." >&2; exit 1; }
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
