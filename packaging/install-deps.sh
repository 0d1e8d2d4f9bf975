#!/usr/bin/env bash
# Install the packages needed to build and test Sysfence.
#
# Usage: packaging/install-deps.sh [--no-optional | --require-optional] [--check] [--list]
#
#   (no option)         install what is missing; optional packages (KF6
#                       SyntaxHighlighting) are installed when the distribution
#                       has them, and silently skipped when it does not
#   --no-optional       never install the optional packages
#   --require-optional  fail if an optional package cannot be installed
#   --check             install nothing; list what is missing and exit 1 if a
#                       required package is missing (no root needed)
#   --list              print the package lists for this distribution and exit
#
# Environment:
#   SYSFENCE_DEPS_OPTIONAL=auto|no|require   same as the options above (default auto)
#   SYSFENCE_PKG_FAMILY=apt|dnf|pacman       override the detection from /etc/os-release
#
# Supported: Debian/Ubuntu (apt), Fedora (dnf), Arch (pacman). The script is
# idempotent: when everything is installed it touches neither the network nor
# the package database. It runs as root, or through sudo when something has to
# be installed by an ordinary user.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

optional_mode=${SYSFENCE_DEPS_OPTIONAL:-auto}
action=install

usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; }

while (($#)); do
    case $1 in
        --no-optional) optional_mode=no ;;
        --with-optional) optional_mode=auto ;;
        --require-optional) optional_mode=require ;;
        --check) action=check ;;
        --list) action=list ;;
        -h | --help) usage; exit 0 ;;
        *) echo "install-deps: unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done
case $optional_mode in
    auto | no | require) ;;
    *) echo "install-deps: SYSFENCE_DEPS_OPTIONAL must be auto, no or require" >&2; exit 2 ;;
esac

log() { echo "install-deps: $*"; }
die() { echo "install-deps: error: $*" >&2; exit 1; }

# --- Package lists ----------------------------------------------------------
# clang is for the libFuzzer harness; libclang-rt-dev brings its runtime
# (libclang_rt.fuzzer), which clang only recommends on Debian. The validators
# and PyYAML are for the packaging tests (the .desktop file, the AppStream
# metainfo, the Flatpak manifest); dpkg-shlibdeps, which `cpack -G DEB` uses
# for the Depends line, comes with build-essential (dpkg-dev).
apt_required=(
    build-essential cmake pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libseccomp-dev rapidjson-dev libyaml-cpp-dev
    xvfb xauth
    clang libclang-rt-dev
    desktop-file-utils appstream python3-yaml
)
apt_optional=(libkf6syntaxhighlighting-dev) # Debian 13+, Ubuntu 24.04+

dnf_required=(
    gcc-c++ make cmake pkgconf-pkg-config git
    qt6-qtbase-devel qt6-qttools-devel qt6-linguist
    mesa-libGL-devel libseccomp-devel rapidjson-devel yaml-cpp-devel
    xorg-x11-server-Xvfb xorg-x11-xauth
    libasan libubsan clang compiler-rt
    desktop-file-utils appstream python3-pyyaml
)
dnf_optional=(kf6-syntax-highlighting-devel)

pacman_required=(
    base-devel cmake pkgconf git
    qt6-base qt6-tools
    libglvnd libseccomp rapidjson yaml-cpp
    xorg-server-xvfb xorg-xauth
    clang compiler-rt
    desktop-file-utils appstream python-yaml
)
pacman_optional=(syntax-highlighting)

# --- Distribution detection -------------------------------------------------
detect_family() {
    if [[ -n ${SYSFENCE_PKG_FAMILY:-} ]]; then
        echo "$SYSFENCE_PKG_FAMILY"
        return
    fi
    local id="" id_like=""
    if [[ -r /etc/os-release ]]; then
        # shellcheck disable=SC1091
        id=$(. /etc/os-release && echo "${ID:-}")
        # shellcheck disable=SC1091
        id_like=$(. /etc/os-release && echo "${ID_LIKE:-}")
    fi
    local word
    for word in $id $id_like; do
        case $word in
            debian | ubuntu) echo apt; return ;;
            fedora | rhel | centos) echo dnf; return ;;
            arch | archlinux) echo pacman; return ;;
        esac
    done
    if command -v apt-get >/dev/null; then echo apt
    elif command -v dnf >/dev/null; then echo dnf
    elif command -v pacman >/dev/null; then echo pacman
    else die "unsupported distribution (ID=${id:-?} ID_LIKE=${id_like:-?}); install the packages by hand"
    fi
}

family=$(detect_family)
case $family in
    apt) required=("${apt_required[@]}"); optional=("${apt_optional[@]}") ;;
    dnf) required=("${dnf_required[@]}"); optional=("${dnf_optional[@]}") ;;
    pacman) required=("${pacman_required[@]}"); optional=("${pacman_optional[@]}") ;;
    *) die "unknown package family: $family" ;;
esac

if [[ $action == list ]]; then
    echo "family:   $family"
    echo "required: ${required[*]}"
    echo "optional: ${optional[*]}"
    exit 0
fi

# --- Privileges -------------------------------------------------------------
as_root=()
need_root() {
    if ((EUID == 0)); then
        as_root=()
    elif command -v sudo >/dev/null; then
        as_root=(sudo env DEBIAN_FRONTEND=noninteractive)
    else
        die "not root and sudo is not available: run this script as root"
    fi
}

# --- Per-family primitives --------------------------------------------------
is_installed() {
    case $family in
        apt) [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]] ;;
        dnf) rpm -q --whatprovides "$1" >/dev/null 2>&1 ;;
        pacman) pacman -Qi "$1" >/dev/null 2>&1 ;;
    esac
}

# apt only: does the package have an installation candidate in the local lists?
apt_has_candidate() {
    local cand
    cand=$(apt-cache policy "$1" 2>/dev/null | awk '$1 == "Candidate:" { print $2 }')
    [[ -n $cand && $cand != "(none)" ]]
}

apt_lists_present() {
    compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null
}

# apt: one dpkg-query call for all packages (the per-package fallback below
# is correct too, just slower).
declare -A apt_status=()
if [[ $family == apt ]]; then
    while IFS=' ' read -r name status; do
        apt_status[$name]=$status
    done < <(dpkg-query -W -f='${Package} ${Status}\n' "${required[@]}" "${optional[@]}" 2>/dev/null || true)
fi
is_installed_fast() {
    if [[ $family == apt ]]; then
        [[ ${apt_status[$1]:-} == "install ok installed" ]]
    else
        is_installed "$1"
    fi
}

missing=()
for pkg in "${required[@]}"; do
    is_installed_fast "$pkg" || missing+=("$pkg")
done
missing_optional=()
if [[ $optional_mode != no ]]; then
    for pkg in "${optional[@]}"; do
        is_installed_fast "$pkg" || missing_optional+=("$pkg")
    done
fi

if [[ $action == check ]]; then
    if ((${#missing[@]} == 0 && ${#missing_optional[@]} == 0)); then
        log "all packages installed ($family)"
    fi
    ((${#missing[@]} == 0)) || log "missing: ${missing[*]}"
    ((${#missing_optional[@]} == 0)) || log "missing (optional): ${missing_optional[*]}"
    ((${#missing[@]} == 0))
    exit
fi

if ((${#missing[@]} == 0 && ${#missing_optional[@]} == 0)); then
    if [[ $optional_mode == no ]]; then
        log "all ${#required[@]} required packages already installed ($family; optional ones not checked)"
    else
        log "all ${#required[@]} required and ${#optional[@]} optional packages already installed ($family)"
    fi
    exit 0
fi

optional_unavailable() {
    if [[ $optional_mode == require ]]; then
        die "optional package(s) not available on this system: $*"
    fi
    log "optional package(s) not available here, skipped: $*"
}

install_apt() {
    local want=("${missing[@]}") skip=() pkg
    # Optional packages: take those the local lists know about. If nothing
    # else is missing and the lists are there, an optional package without a
    # candidate is simply not in this release: do not touch the network.
    local pending_optional=()
    for pkg in "${missing_optional[@]}"; do
        if apt_has_candidate "$pkg"; then want+=("$pkg"); else pending_optional+=("$pkg"); fi
    done
    if ((${#want[@]} == 0)) && apt_lists_present; then
        optional_unavailable "${pending_optional[@]}"
        log "all ${#required[@]} required packages already installed ($family)"
        exit 0
    fi

    need_root
    log "apt-get update"
    "${as_root[@]}" apt-get -q update
    # Re-check the optional packages against the fresh lists.
    for pkg in "${pending_optional[@]}"; do
        if apt_has_candidate "$pkg"; then want+=("$pkg"); else skip+=("$pkg"); fi
    done
    ((${#skip[@]} == 0)) || optional_unavailable "${skip[@]}"
    ((${#want[@]} > 0)) || return 0
    log "installing: ${want[*]}"
    "${as_root[@]}" apt-get -q -o Dpkg::Use-Pty=0 install -y --no-install-recommends "${want[@]}"
}

install_dnf() {
    need_root
    if ((${#missing[@]} > 0)); then
        log "installing: ${missing[*]}"
        "${as_root[@]}" dnf install -y "${missing[@]}"
    fi
    local pkg
    for pkg in "${missing_optional[@]}"; do
        log "installing optional: $pkg"
        "${as_root[@]}" dnf install -y "$pkg" || optional_unavailable "$pkg"
    done
}

install_pacman() {
    need_root
    if ((${#missing[@]} > 0)); then
        log "installing: ${missing[*]}"
        # Arch does not support partial upgrades: sync and upgrade together.
        "${as_root[@]}" pacman -Syu --needed --noconfirm "${missing[@]}"
    fi
    local pkg
    for pkg in "${missing_optional[@]}"; do
        log "installing optional: $pkg"
        "${as_root[@]}" pacman -S --needed --noconfirm "$pkg" || optional_unavailable "$pkg"
    done
}

"install_$family"

# Verify: every required package must now be installed.
still=()
for pkg in "${required[@]}"; do
    is_installed "$pkg" || still+=("$pkg")
done
((${#still[@]} == 0)) || die "still missing after install: ${still[*]}"
log "done"
