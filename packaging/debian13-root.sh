#!/usr/bin/env bash
# Create, or reuse when already complete, a minimal Debian 13 ("trixie") root
# in which Sysfence can be built and tested (see run-in-debian13.sh).
#
# Usage: packaging/debian13-root.sh [--rebuild] [--print-path]
#
#   --rebuild     throw the cached root away and make a new one
#   --print-path  print the root's path and exit (creates nothing)
#
# Environment:
#   SYSFENCE_DEBIAN13_ROOT   where the root lives, outside the checkout
#                            (default /var/cache/sysfence/debian13-root)
#   SYSFENCE_DEBIAN_MIRROR   archive for debootstrap and apt
#                            (default http://deb.debian.org/debian)
#   SYSFENCE_DEBIAN_SECURITY_MIRROR
#                            (default http://deb.debian.org/debian-security;
#                            set it empty to leave the security suite out)
#   SYSFENCE_DEBIAN_SUITE    suite to bootstrap (default trixie; for testing)
#
# Needs root (re-runs itself through sudo otherwise) and debootstrap, which it
# installs with apt-get when missing on a Debian/Ubuntu host.
#
# The root is built in "<root>.partial" and renamed into place only after a
# stamp file has been written, so an interrupted run leaves no root that looks
# complete; the next run deletes the partial one and starts again. debootstrap
# runs in a private mount namespace, so the /proc and /sys it mounts inside the
# new root cannot outlive it. A lock file "<root>.lock" serialises creation
# against other runs of this script and of run-in-debian13.sh.
set -euo pipefail

root=${SYSFENCE_DEBIAN13_ROOT:-/var/cache/sysfence/debian13-root}
mirror=${SYSFENCE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security_mirror=${SYSFENCE_DEBIAN_SECURITY_MIRROR-http://deb.debian.org/debian-security}
suite=${SYSFENCE_DEBIAN_SUITE:-trixie}

# Bump when the layout made below changes: older roots are then rebuilt.
readonly root_format=1
readonly stamp_name=.sysfence-root-complete

rebuild=0
while (($#)); do
    case $1 in
        --rebuild) rebuild=1 ;;
        --print-path) echo "$root"; exit 0 ;;
        -h | --help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
        *) echo "debian13-root: unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done

log() { echo "debian13-root: $*" >&2; }
die() { echo "debian13-root: error: $*" >&2; exit 1; }

if ((EUID != 0)); then
    command -v sudo >/dev/null || die "must run as root"
    exec sudo --preserve-env=SYSFENCE_DEBIAN13_ROOT,SYSFENCE_DEBIAN_MIRROR,SYSFENCE_DEBIAN_SECURITY_MIRROR,SYSFENCE_DEBIAN_SUITE \
        -- "$0" "$@"
fi

[[ $root == /* ]] || die "SYSFENCE_DEBIAN13_ROOT must be an absolute path: $root"
root=${root%/}
[[ -n $root && $root != / ]] || die "refusing to use / as the root"

expected_stamp="format=$root_format suite=$suite mirror=$mirror security=$security_mirror"

stamp_ok() {
    [[ -f $root/$stamp_name ]] && [[ $(head -n1 "$root/$stamp_name") == "$expected_stamp" ]]
}

# Refuse to delete a tree that still has something mounted inside it (a bind
# mount of /dev or of a source tree would otherwise be deleted through it).
safe_remove() {
    local dir=$1
    [[ -e $dir ]] || return 0
    local mounted
    mounted=$(findmnt -rn -o TARGET | awk -v d="$dir" 'index($0, d "/") == 1 || $0 == d' || true)
    if [[ -n $mounted ]]; then
        die "cannot remove $dir, still mounted inside it:"$'\n'"$mounted"
    fi
    log "removing $dir"
    rm -rf --one-file-system -- "$dir"
}

reuse() {
    log "reusing complete root $root ($(sed -n 2p "$root/$stamp_name"))"
    echo "$root"
    exit 0
}
# Fast path without the lock: a stamped root is complete (it is renamed into
# place only after the stamp is written), and runs of run-in-debian13.sh hold
# the lock shared for as long as they use the root.
((rebuild)) || ! stamp_ok || reuse

mkdir -p "$(dirname "$root")"
exec 9>"$root.lock"
if ! flock -n 9; then
    log "waiting for other runs to release $root.lock"
    flock 9
fi
((rebuild)) || ! stamp_ok || reuse

if ! command -v debootstrap >/dev/null; then
    command -v apt-get >/dev/null || die "debootstrap is not installed; install it with your package manager"
    log "installing debootstrap on the host"
    export DEBIAN_FRONTEND=noninteractive
    apt-get -q update
    apt-get -q install -y --no-install-recommends debootstrap
fi

partial="$root.partial"
if [[ -e $root ]]; then
    if ((rebuild)); then
        log "--rebuild: discarding $root"
    else
        log "$root is incomplete or of an older format: rebuilding"
    fi
    safe_remove "$root"
fi
safe_remove "$partial"

start=$SECONDS
log "debootstrap --variant=minbase $suite $partial $mirror"
mkdir -p "$partial"
# A private mount namespace: whatever debootstrap mounts inside the new root
# (proc, sys, ...) disappears with it, even if it is killed half-way. It runs
# in its own session so that a signal to this script stops all of it; the
# partial root it leaves is deleted by the next run.
setsid unshare --mount --propagation private -- \
    debootstrap --variant=minbase --components=main "$suite" "$partial" "$mirror" \
    >"$partial.log" 2>&1 &
debootstrap_pid=$!
stop_debootstrap() {
    log "interrupted (SIG$1): stopping debootstrap; the partial root is removed by the next run"
    kill -TERM -- "-$debootstrap_pid" 2>/dev/null || kill -TERM "$debootstrap_pid" 2>/dev/null || true
    wait "$debootstrap_pid" 2>/dev/null || true
    exit "$2"
}
trap 'stop_debootstrap INT 130' INT
trap 'stop_debootstrap TERM 143' TERM
trap 'stop_debootstrap HUP 129' HUP
status=0
wait "$debootstrap_pid" || status=$?
trap - INT TERM HUP
if ((status != 0)); then
    tail -n 40 "$partial.log" >&2
    die "debootstrap failed with status $status (full log: $partial.log)"
fi
mv "$partial.log" "$partial/debootstrap-host.log"

# APT sources: main, plus updates and security when they exist for the suite.
rm -f "$partial/etc/apt/sources.list"
{
    echo "Types: deb"
    echo "URIs: $mirror"
    if [[ $suite == sid || $suite == unstable ]]; then
        echo "Suites: $suite"
    else
        echo "Suites: $suite $suite-updates"
    fi
    echo "Components: main"
    echo "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg"
    if [[ -n $security_mirror && $suite != sid && $suite != unstable ]]; then
        echo
        echo "Types: deb"
        echo "URIs: $security_mirror"
        echo "Suites: $suite-security"
        echo "Components: main"
        echo "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg"
    fi
} >"$partial/etc/apt/sources.list.d/debian.sources"

cat >"$partial/etc/apt/apt.conf.d/90sysfence" <<'EOF'
// Written by packaging/debian13-root.sh
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Acquire::Retries "3";
Acquire::Languages "none";
// Keep the cached root small: downloaded .debs are not needed afterwards.
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb || true"; };
EOF

# Documentation is not needed to build or test.
cat >"$partial/etc/dpkg/dpkg.cfg.d/90sysfence-nodoc" <<'EOF'
path-exclude=/usr/share/doc/*
path-include=/usr/share/doc/*/copyright
path-exclude=/usr/share/man/*
path-exclude=/usr/share/info/*
EOF

# No daemon may start inside the root when a package is installed.
printf '#!/bin/sh\nexit 101\n' >"$partial/usr/sbin/policy-rc.d"
chmod 755 "$partial/usr/sbin/policy-rc.d"

cp -L --remove-destination /etc/resolv.conf "$partial/etc/resolv.conf"
mkdir -p "$partial/work/main" "$partial/work/shared"

printf '%s\ncreated %s in %ss\n' "$expected_stamp" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$((SECONDS - start))" \
    >"$partial/$stamp_name"
sync -f "$partial/$stamp_name" 2>/dev/null || sync
mv -T "$partial" "$root"
log "root ready in $((SECONDS - start))s: $root"
echo "$root"
