#!/bin/bash
# Overhead of `sysfence-cli record` and `run` against `strace -f -o /dev/null`
# on the same commands: medians of N runs, wall time, as ratios to the bare
# command. A benchmark, not a test: nothing here passes or fails.
#   tests/benchmarks/record-overhead.sh [BUILD_DIR] [RUNS]
set -euo pipefail
build=${1:-build}
runs=${2:-11}
cli="$build/bin/sysfence-cli"
[ -x "$cli" ] || { echo "no $cli; build first" >&2; exit 2; }
command -v strace >/dev/null || { echo "strace is not installed (apt-get install strace)" >&2; exit 2; }
profile=$(mktemp)
trap 'rm -f "$profile"' EXIT
"$cli" template docker-default >"$profile"

median_ms() { # runs "$@" $runs times, prints the median wall time in ms
    local times=()
    for ((i = 0; i < runs; i++)); do
        local t0 t1
        t0=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        t1=$(date +%s%N)
        times+=($(((t1 - t0) / 1000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}

workloads=(
    "/bin/sh -c 'ls / >/dev/null; date'"
    "find /usr/share/doc -name '*.gz'"
    "/bin/sh -c 'for i in \$(seq 100); do /bin/true; done'"
)
printf '%-52s %9s %9s %9s %9s %7s %7s\n' "command (median of $runs, ms)" bare strace record run "rec/st" "run/st"
for w in "${workloads[@]}"; do
    eval "cmd=($w)"
    bare=$(median_ms "${cmd[@]}")
    st=$(median_ms strace -f -o /dev/null "${cmd[@]}")
    rec=$(median_ms "$cli" record -o /dev/null -- "${cmd[@]}")
    run=$(median_ms "$cli" run "$profile" -- "${cmd[@]}")
    printf '%-52s %9s %9s %9s %9s %7s %7s\n' "${w:0:52}" "$bare" "$st" "$rec" "$run" \
        "$(awk -v a="$rec" -v b="$st" 'BEGIN {printf "%.2f", a/b}')" \
        "$(awk -v a="$run" -v b="$st" 'BEGIN {printf "%.2f", a/b}')"
done
