#!/usr/bin/env bash
# Builds the Debian packages municipal-kiosk and municipal-server into build/package/
# (optimised, with Debian's hardening flags, stripped) and lists them.
# Usage: scripts/package.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${1:-$root/build/package}"

"$root/scripts/install-deps.sh" package

# Debian's own flags for packages: fortified functions, stack protector, full RELRO, now
# binding. The project's -Werror stays on.
cxxflags="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
ldflags="$(dpkg-buildflags --get LDFLAGS)"
"$root/scripts/build.sh" "$build_dir" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
  -DMK_PACKAGING=ON -DCMAKE_INSTALL_PREFIX=/usr \
  "-DCMAKE_CXX_FLAGS=$cxxflags" "-DCMAKE_EXE_LINKER_FLAGS=$ldflags"
(cd "$build_dir" && cpack -G DEB "$@" >/dev/null)
ls "$build_dir"/municipal-*.deb
