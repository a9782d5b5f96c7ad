# Sourced by scripts/run and scripts/test: installs the Debian 12 packages the project needs.
# shellcheck shell=bash

# Build: compiler, CMake, Qt 6 (Widgets, Charts, Network), prometheus-cpp, simdjson, and Qt
# Linguist's lrelease with its CMake package (the translations). Qt Charts' CMake package needs
# the OpenGL development files.
PC_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libgl-dev prometheus-cpp-dev libsimdjson-dev
    qt6-tools-dev qt6-l10n-tools
)
# Run: the Prometheus server the app can start for you, a font, the X11 platform plugin, the
# SVG icon engine, and Qt's own translations (its standard dialogs in French).
PC_RUN_PACKAGES=(prometheus fonts-dejavu-core qt6-qpa-plugins libqt6svg6 qt6-translations-l10n
    ca-certificates)
# Test: promtool (in prometheus), a virtual X server for the screenshot check, a private
# session bus for the desktop notifications, and the reference server and real clients the
# HTTP layer is checked against (nginx, ab, curl, Python's http.client), and a real exporter behind
# the dashboards the dashboard check reads (prometheus-node-exporter).
PC_TEST_PACKAGES=(prometheus victoria-metrics prometheus-node-exporter xvfb xauth dbus-daemon nginx-light
    apache2-utils curl python3)
# scripts/test --full adds clang with its sanitizer and libFuzzer runtimes for the fuzz
# preset, clang-tidy and clang-format.
PC_FULL_TEST_PACKAGES=(clang libclang-rt-14-dev clang-tidy clang-format)
# Package: CPack's DEB generator runs `file` and dpkg-shlibdeps (dpkg-dev, in build-essential).
PC_PACKAGE_PACKAGES=(file dpkg-dev)
# Bench: the peers bench/run measures beside the app, and wrk and hey (Debian's Go load
# generator) to load them all and to measure the load generator against.
PC_BENCH_PACKAGES=(wrk hey nginx-light python3-flask python3-prometheus-client xvfb xauth)

# pc_install_missing PACKAGE...: installs whichever are not installed yet.
pc_install_missing() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "Missing Debian packages. Install them as root, then run this again:" >&2
        echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
    echo "Installing: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
