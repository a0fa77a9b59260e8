#!/usr/bin/env bash
# Installs every Debian package the build and the tests need (only what is missing), then
# configures and builds in build/. Idempotent: safe to run again after a pull.
#   BUILD_DIR   build directory (default: build)
#   BUILD_TYPE  CMake build type (default: RelWithDebInfo)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    # toolchain
    g++ cmake ninja-build ccache pkg-config
    # sanitizer build and libFuzzer targets (scripts/sanitize.sh, scripts/fuzz.sh)
    clang libclang-rt-14-dev
    # tests: the gzip bomb of tests/cloud/tst_hostile.cpp
    zlib1g-dev
    # Qt 6 and QtKeychain
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qtkeychain-qt6-dev qt6-svg-dev libgl-dev libqt6sql6-sqlite
    # headless tests: private D-Bus session with a real keyring
    dbus dbus-daemon gnome-keyring libsecret-tools
    # contract tests: OpenAPI document validation
    python3 python3-yaml python3-jsonschema
    # startup benchmark (scripts/bench.sh): a real X server without a display
    xvfb xauth
    # scripts/screenshots.sh: a font with Chinese glyphs for the zh_CN screenshots
    fonts-wqy-microhei
    # packaging: man pages from --help, validators of the desktop entry, metainfo and .deb
    dpkg-dev file help2man desktop-file-utils appstream lintian
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update
    $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

# The providers' official Node SDKs for the conformance test of the emulators (CTest
# providers/conformance): pinned by tests/providers/conformance/package-lock.json. Without
# Node.js or without the npm registry the test is skipped, nothing else depends on it.
conformance=tests/providers/conformance
if command -v npm >/dev/null && [ ! -d "$conformance/node_modules" ]; then
    npm ci --prefix "$conformance" --no-audit --no-fund --ignore-scripts ||
        echo "warning: the provider SDKs could not be installed; providers/conformance will be skipped"
fi

build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}"
cmake --build "$build_dir" -j2
