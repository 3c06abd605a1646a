# Shared by run.sh and test.sh: install what is missing from Debian/Ubuntu, then configure and build.
# Idempotent: with everything installed and nothing changed it only asks ninja, which finds nothing to do.

LEAKYLAB_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqcustomplot-dev nlohmann-json3-dev fonts-noto-cjk qt6-translations-l10n
    libgtest-dev libgmock-dev libbenchmark-dev
    clang libclang-rt-dev
)

leakylab_missing_packages() {
    local pkg
    for pkg in "${LEAKYLAB_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q '^install ok installed$' || echo "$pkg"
    done
}

leakylab_install_dependencies() {
    local missing
    mapfile -t missing < <(leakylab_missing_packages)
    ((${#missing[@]} == 0)) && return 0
    if ! command -v apt-get >/dev/null; then
        echo "LeakyLab needs these packages, and this system has no apt-get: ${missing[*]}" >&2
        return 1
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Installing ${missing[*]} needs root, and sudo is missing." >&2; return 1; }
        sudo=(sudo)
    fi
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# leakylab_build [CONFIGURE_PRESET [BUILD_PRESET]]: the build preset defaults to the configure preset's name.
leakylab_build() {
    local preset=${1:-release}
    local dir=build
    [ "$preset" = release ] || dir="build-$preset"
    [ -f "$dir/CMakeCache.txt" ] || cmake --preset "$preset"
    cmake --build --preset "${2:-$preset}"
}
