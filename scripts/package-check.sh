#!/usr/bin/env bash
# Checks the desktop integration and the Debian package the way a distribution would, on a
# built tree (scripts/setup.sh): the desktop entry and the AppStream metainfo pass their
# validators with no warnings, `cpack -G DEB` builds a package lintian finds no error in, the
# package installs with apt-get and its programs run from /usr/bin (a short offscreen session of
# the demo included), and `cmake --install` puts exactly the package's files in a prefix.
# Installs the package system-wide (root or sudo), and removes it again unless it was already
# installed before.
#   BUILD_DIR  build directory (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(cd "${BUILD_DIR:-build}" && pwd)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

package=vpc-peering-wizard
app_id=io.github.vpc_peering_wizard.VpcPeeringWizard
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
work=$(mktemp -d)
cleanup() {
    [ -z "${app_pid:-}" ] || kill "$app_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }
fail() {
    echo "package-check: $*" >&2
    exit 1
}

step "cmake --build (the package is made from the built tree)"
cmake --build "$build" -j2 | tail -1

step "desktop-file-validate packaging/$app_id.desktop"
# It prints nothing for a clean file; hints and warnings count as failures here.
report=$(desktop-file-validate "packaging/$app_id.desktop" 2>&1) || true
[ -z "$report" ] || fail "desktop-file-validate: $report"
echo "no errors, no warnings, no hints"

step "appstreamcli validate --no-net --strict packaging/$app_id.metainfo.xml"
appstreamcli validate --no-net --strict "packaging/$app_id.metainfo.xml"
newest=$(grep -o -m1 '<release version="[^"]*"' "packaging/$app_id.metainfo.xml" | cut -d'"' -f2)
[ "$newest" = "$version" ] || fail "newest metainfo release is $newest, the project is $version"
# Software centres fetch the screenshots from the repository's main branch.
for url in $(grep -o 'https://[^<]*/docs/screenshots/[^<]*' "packaging/$app_id.metainfo.xml"); do
    [ -f "docs/${url#*/docs/}" ] || echo "warning: screenshot not in the tree yet: docs/${url#*/docs/}"
done

step "cpack -G DEB"
rm -f "$build"/${package}_*.deb
(cd "$build" && cpack -G DEB >"$work/cpack.log") || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$build"/${package}_"$version"_*.deb)
echo "$deb"
dpkg-deb --field "$deb"

step "lintian"
status=0
lintian --fail-on error,warning --display-info "$deb" >"$work/lintian.txt" 2>&1 || status=$?
# lintian warns about running as root; the tags are what matters.
grep -v 'running with root privileges' "$work/lintian.txt" || true
[ "$status" -eq 0 ] || fail "lintian reports errors or warnings"
echo "no errors, no warnings"

step "cmake --install into a prefix installs the package's files"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
(cd "$work/prefix" && find . -type f -o -type l | sed 's|^\./||' | sort) >"$work/install.txt"
dpkg-deb --fsys-tarfile "$deb" | tar -t | grep -v '/$' | sed 's|^\./usr/||' | sort >"$work/deb.txt"
diff -u "$work/deb.txt" "$work/install.txt" || fail "cmake --install and the package differ"
echo "$(wc -l <"$work/deb.txt") files, the same in both"

step "apt-get install ./$(basename "$deb")"
was_installed=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -c 'install ok installed' || true)
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y --reinstall --no-install-recommends "$deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; fail "apt-get install failed"; }
remove_package() {
    [ "$was_installed" != 0 ] || $sudo apt-get remove -y "$package" >/dev/null 2>&1 || true
}
trap 'remove_package; cleanup' EXIT
dpkg-query -W -f='${Package} ${Version} ${Status}\n' "$package"

step "installed programs"
[ "$(command -v vpc-peering-wizard)" = /usr/bin/vpc-peering-wizard ] || fail "not in /usr/bin"
/usr/bin/vpc-peering-wizard --version | tee "$work/version.txt"
grep -q "^vpc-peering-wizard $version\$" "$work/version.txt" || fail "--version: wrong version"
grep -q "^Qt 6" "$work/version.txt" || fail "--version: no Qt version"
/usr/bin/vpc-peering-sandbox --version | grep -q "$version" || fail "sandbox --version"
for size in 16 24 32 48 64 128 256; do
    file "/usr/share/icons/hicolor/${size}x${size}/apps/vpc-peering-wizard.png" |
        grep -q "PNG image data, $size x $size" || fail "no ${size}x${size} icon"
done
for program in vpc-peering-wizard vpc-peering-sandbox; do
    [ -f "/usr/share/man/man1/$program.1.gz" ] || fail "no manual page for $program"
done

step "offscreen start from /usr/bin with the demo profile"
# A private home and runtime folder: no profiles, no running instance, a fresh demo sandbox.
home="$work/home"
mkdir -p "$home" "$work/runtime"
chmod 700 "$work/runtime"
env -i PATH=/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="$work/runtime" LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen QT_FORCE_STDERR_LOGGING=1 \
    /usr/bin/vpc-peering-wizard --lang=en --log-level=debug --log-file >"$work/app.log" 2>&1 &
app_pid=$!
log="$home/.local/share/vpc-peering-wizard/vpc-peering-wizard/logs/vpc-peering-wizard.log"
for _ in $(seq 60); do
    grep -q 'vpw.cloud: "GET" "/deployments[^"]*" -> 200' "$log" 2>/dev/null && break
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.5
done
kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; fail "the application exited early"; }
grep -q 'vpw.cloud: "GET" "/deployments[^"]*" -> 200' "$log" ||
    { cat "$work/app.log"; fail "the demo session did not load its deployments"; }
kill -TERM "$app_pid"
status=0
wait "$app_pid" || status=$?
app_pid=""
[ "$status" -eq 0 ] || { cat "$work/app.log"; fail "exit status $status after SIGTERM"; }
grep -c '' "$log" | xargs printf 'demo session: deployments loaded, %s log lines, exit status 0\n'

printf '\npackage-check: all checks passed for %s\n' "$(basename "$deb")"
