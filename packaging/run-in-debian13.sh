#!/usr/bin/env bash
# Run a command on a fresh copy of a Sysfence checkout inside the Debian 13
# root made by debian13-root.sh.
#
# Usage: packaging/run-in-debian13.sh [options] SRC_DIR -- COMMAND [ARG...]
#
#   COMMAND runs with its arguments as given (no shell): for a shell snippet
#   use  -- bash -c 'cmake -S . -B build && ...'
#   It runs as root, in /work/main, with a clean environment (PATH, HOME,
#   LANG=C.UTF-8, TERM) plus the variables listed below. Its exit status is
#   this script's exit status; 125 means this script itself failed.
#
# Options:
#   -e, --env NAME=VALUE  set a variable for COMMAND (repeatable)
#   -e, --env NAME        pass the caller's value of NAME, if it is set
#   --no-deps             do not run packaging/install-deps.sh in the root first
#   --keep                keep the copy of the source (with its build tree)
#                         and print where it is
#
# Passed through when set in the caller's environment: CI, the sanitizer
# options (ASAN_OPTIONS, UBSAN_OPTIONS, LSAN_OPTIONS), CTEST_*, CMAKE_*
# (e.g. CMAKE_BUILD_PARALLEL_LEVEL), MAKEFLAGS, CC, CXX, CFLAGS, CXXFLAGS,
# LDFLAGS, QT_* and SYSFENCE_*.
#
# What it does:
#   1. debian13-root.sh (a no-op when the cached root is complete);
#   2. copies the files git knows of in SRC_DIR (tracked, and untracked but
#      not ignored: `git ls-files -co --exclude-standard`; everything but .git
#      and build* when SRC_DIR is not a git work tree) to a new directory under
#      ${SYSFENCE_RUN_TMPDIR:-/var/tmp}, so a host build/ tree is never reused;
#   3. in a new mount and PID namespace: mounts proc, /sys (read-only), /dev,
#      /dev/pts, a tmpfs on /dev/shm and /tmp, the copy at /work/main and, if
#      SRC_DIR/../shared exists, that folder read-only at /work/shared;
#   4. runs packaging/install-deps.sh in the root (chroot), with
#      SYSFENCE_DEPS_OPTIONAL=require unless the caller set it (Debian 13 has
#      KF6 SyntaxHighlighting, so its absence is an error), then COMMAND;
#   5. on every exit path (success, failure, INT/TERM): stops what COMMAND
#      left running, unmounts in reverse order (lazily if busy), removes the
#      copy. The mounts are never visible outside the namespace, which the
#      kernel tears down with its last process in any case.
#
# SYSFENCE_NO_UNSHARE=1 mounts in the caller's namespace instead (for hosts
# without unshare(1)); cleanup then relies on the trap alone.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
script_path="$script_dir/$(basename "${BASH_SOURCE[0]}")"

log() { echo "run-in-debian13: $*" >&2; }
die() { echo "run-in-debian13: error: $*" >&2; exit 125; }

# =============================================================================
# Inner part: PID 1 of a private PID + mount namespace (or, with
# SYSFENCE_NO_UNSHARE=1, a plain child in the caller's namespaces).
# =============================================================================
if [[ ${1:-} == --inner ]]; then
    shift
    root=$SYSFENCE_RUN_ROOT
    work=$SYSFENCE_RUN_WORK
    shared=$SYSFENCE_RUN_SHARED
    do_deps=$SYSFENCE_RUN_DEPS
    in_ns=$SYSFENCE_RUN_IN_NS
    deps_optional=${SYSFENCE_DEPS_OPTIONAL:-require}
    mapfile -d '' cmd_env <"$work/env"

    mounted=()
    cleaned=0
    # shellcheck disable=SC2317 # called from a trap
    cleanup() {
        ((cleaned)) && return
        cleaned=1
        set +e
        # Stop whatever COMMAND left behind (an Xvfb, a stuck test, ...).
        if ((in_ns)) && (($$ == 1)); then
            # We are init of our own PID namespace: -1 reaches exactly the
            # processes started inside it, never anything outside.
            kill -TERM -1 2>/dev/null && sleep 0.5
            kill -KILL -1 2>/dev/null
        else
            local p
            for p in /proc/[0-9]*; do
                [[ $(readlink "$p/root" 2>/dev/null) == "$root" ]] && kill -KILL "${p#/proc/}" 2>/dev/null
            done
        fi
        local i target
        for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
            target=${mounted[i]}
            umount "$target" 2>/dev/null || {
                log "umount $target failed, detaching it lazily"
                umount -l "$target"
            }
        done
        mounted=()
        local left
        left=$(findmnt -rn -o TARGET | awk -v d="$root" 'index($0, d "/") == 1 || $0 == d')
        [[ -z $left ]] || log "still mounted after cleanup: $left"
    }
    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    trap 'exit 129' HUP

    mnt() { # mnt TARGET MOUNT-ARGS...
        local target=$1
        shift
        mkdir -p "$target"
        mount "$@" "$target"
        mounted+=("$target")
    }
    mnt "$root/proc" -t proc -o nosuid,nodev,noexec proc
    mnt "$root/sys" --bind /sys
    mount -o remount,bind,ro "$root/sys"
    mnt "$root/dev" --bind /dev
    mnt "$root/dev/pts" --bind /dev/pts
    mnt "$root/dev/shm" -t tmpfs -o mode=1777,nosuid,nodev tmpfs
    mnt "$root/tmp" -t tmpfs -o mode=1777,nosuid,nodev tmpfs
    mnt "$root/work/main" --bind "$work/main"
    if [[ -n $shared ]]; then
        mnt "$root/work/shared" --bind "$shared"
        mount -o remount,bind,ro "$root/work/shared"
    fi
    cp -L --remove-destination /etc/resolv.conf "$root/etc/resolv.conf" ||
        log "could not copy /etc/resolv.conf: name lookups may fail in the root"

    # in_root NAME=VALUE... -- COMMAND...: run COMMAND in the root, in
    # /work/main, with only the given environment. It runs in the background
    # so that a signal to this script is handled at once (bash runs traps only
    # between foreground commands); env --default-signal undoes the "ignore
    # SIGINT/SIGQUIT" that bash gives background jobs, since tests may rely on
    # those signals.
    in_root() {
        local vars=()
        while [[ $1 != -- ]]; do vars+=("$1"); shift; done
        shift
        env --default-signal=INT,QUIT \
            chroot "$root" /usr/bin/env -i --chdir=/work/main "${vars[@]}" "$@" &
        local pid=$! rc=0
        wait "$pid" || rc=$?
        return "$rc"
    }

    base_env=(
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
        HOME=/root LANG=C.UTF-8 "TERM=${TERM:-dumb}" DEBIAN_FRONTEND=noninteractive
    )

    if ((do_deps)); then
        deps=/work/main/packaging/install-deps.sh
        if [[ ! -f $root$deps ]]; then
            log "the checkout has no packaging/install-deps.sh: using $script_dir/install-deps.sh"
            cp "$script_dir/install-deps.sh" "$root/tmp/install-deps.sh"
            deps=/tmp/install-deps.sh
        fi
        # Serialise package installation with other runs sharing the root.
        exec 8>"$root.apt.lock"
        flock 8
        status=0
        in_root "${base_env[@]}" "SYSFENCE_DEPS_OPTIONAL=$deps_optional" -- bash "$deps" || status=$?
        exec 8>&-
        if ((status != 0)); then
            log "install-deps.sh failed in the root (status $status)"
            exit 125
        fi
    fi

    status=0
    in_root "${base_env[@]}" "${cmd_env[@]}" -- "$@" || status=$?
    exit "$status"
fi

# =============================================================================
# Outer part.
# =============================================================================
usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; }

if ((EUID != 0)); then
    command -v sudo >/dev/null || die "must run as root"
    exec sudo --preserve-env -- "$script_path" "$@"
fi

extra_env=()
do_deps=1
keep=0
while (($#)); do
    case $1 in
        -e | --env)
            (($# >= 2)) || die "$1 needs NAME=VALUE or NAME"
            if [[ $2 == *=* ]]; then
                extra_env+=("$2")
            elif [[ -n ${!2+set} ]]; then
                extra_env+=("$2=${!2}")
            fi
            shift
            ;;
        --no-deps) do_deps=0 ;;
        --keep) keep=1 ;;
        -h | --help) usage; exit 0 ;;
        --) die "SRC_DIR is missing before --" ;;
        -*) die "unknown option: $1 (see --help)" ;;
        *) break ;;
    esac
    shift
done
if (($# < 3)) || [[ $2 != -- ]]; then
    usage >&2
    exit 125
fi
src=$1
shift 2
[[ -d $src ]] || die "not a directory: $src"
src=$(cd "$src" && pwd -P)

shared=""
if [[ -d $src/../shared ]]; then
    shared=$(cd "$src/../shared" && pwd -P)
fi

# Variables for COMMAND: the pass-through list, then --env (later wins).
cmd_env=()
while IFS='=' read -r -d '' name _; do
    case $name in
        CI | ASAN_OPTIONS | UBSAN_OPTIONS | LSAN_OPTIONS | MAKEFLAGS | CC | CXX | CFLAGS | CXXFLAGS | LDFLAGS | \
            CTEST_* | CMAKE_* | QT_* | SYSFENCE_*)
            [[ $name == SYSFENCE_RUN_* ]] || cmd_env+=("$name=${!name}")
            ;;
    esac
done < <(env -0)
cmd_env+=("${extra_env[@]}")

root=$("$script_dir/debian13-root.sh" | tail -n1)
[[ -f $root/.sysfence-root-complete ]] || die "debian13-root.sh did not produce a complete root"

# A shared lock for the whole run: debian13-root.sh --rebuild waits for it.
exec 9>"$root.lock"
flock -s 9

tmpbase=${SYSFENCE_RUN_TMPDIR:-/var/tmp}
work=$(mktemp -d "$tmpbase/sysfence-debian13.XXXXXX")
inner_pid=""
# shellcheck disable=SC2317 # called from a trap
outer_cleanup() {
    local status=$?
    set +e
    if [[ -n $inner_pid ]] && kill -0 "$inner_pid" 2>/dev/null; then
        wait "$inner_pid"
    fi
    if ((keep)); then
        log "kept the source copy and its build tree in $work/main"
    else
        rm -rf --one-file-system -- "$work"
    fi
    exit "$status"
}
trap outer_cleanup EXIT

# --- Fresh copy of the checkout ------------------------------------------------
mkdir -p "$work/main"
if git -c safe.directory='*' -C "$src" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    (
        cd "$src"
        git -c safe.directory='*' ls-files -z -co --exclude-standard |
            while IFS= read -r -d '' f; do
                # Tracked files deleted in the work tree are skipped.
                [[ -e $f || -L $f ]] && printf '%s\0' "$f"
            done |
            tar --null --no-recursion -T - -cf - | tar -C "$work/main" -xf -
    )
else
    log "$src is not a git work tree: copying everything except .git and build*"
    tar -C "$src" --exclude=./.git --exclude='./build*' -cf - . | tar -C "$work/main" -xf -
fi
log "copied $(find "$work/main" -type f | wc -l) files from $src to /work/main${shared:+; $shared at /work/shared (read-only)}"

: >"$work/env"
((${#cmd_env[@]} == 0)) || printf '%s\0' "${cmd_env[@]}" >"$work/env"

export SYSFENCE_RUN_ROOT=$root SYSFENCE_RUN_WORK=$work SYSFENCE_RUN_SHARED=$shared SYSFENCE_RUN_DEPS=$do_deps

# --- Run ----------------------------------------------------------------------
if [[ ${SYSFENCE_NO_UNSHARE:-0} == 1 ]]; then
    export SYSFENCE_RUN_IN_NS=0
    launcher=("$BASH")
else
    export SYSFENCE_RUN_IN_NS=1
    # --fork: the inner script is PID 1 of the new PID namespace, so when it
    # exits every process started inside is killed. --kill-child is a best
    # effort for a killed unshare; signals to this script are forwarded below.
    launcher=(unshare --mount --pid --fork --mount-proc --propagation private --kill-child=TERM -- "$BASH")
fi

# Forward INT/TERM/HUP to the inner script, then keep waiting for it so that
# the copy is removed only after its cleanup. unshare(1) does not forward
# signals and may sit between us and the inner script with them blocked
# (util-linux 2.38 keeps an intermediate process), so look the inner script up
# among our own descendants.
# shellcheck disable=SC2317 # called from a trap
forward() {
    # No command substitution here: bash 5.2 aborts one run from a trap that
    # interrupted `wait`, and set -e would then end this script at once.
    local queue=("$inner_pid") pid args children
    while ((${#queue[@]})); do
        pid=${queue[0]}
        queue=("${queue[@]:1}")
        mapfile -d '' args <"/proc/$pid/cmdline" 2>/dev/null || continue
        if [[ ${args[0]:-} == "$BASH" && ${args[1]:-} == "$script_path" && ${args[2]:-} == --inner ]]; then
            kill "-$1" "$pid" 2>/dev/null || true
            return 0
        fi
        read -r -a children <"/proc/$pid/task/$pid/children" || true
        queue+=("${children[@]}")
    done
    return 0
}
trap 'forward INT' INT
trap 'forward TERM' TERM
trap 'forward HUP' HUP

# env --default-signal: bash starts background jobs with SIGINT ignored, and
# a shell cannot trap a signal ignored at its start. 9>&-: the run's lock must
# not be inherited by processes left behind.
env --default-signal=INT,QUIT "${launcher[@]}" "$script_path" --inner "$@" 9>&- &
inner_pid=$!
status=0
while :; do
    wait "$inner_pid" && status=0 || status=$?
    # wait returns >128 when a trapped signal arrives: wait again until done.
    kill -0 "$inner_pid" 2>/dev/null || break
done
inner_pid=""
exit "$status"
