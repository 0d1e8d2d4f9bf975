#!/usr/bin/env bash
# Builds and runs every benchmark, then prints a table of medians.
#
#   tests/benchmarks/run.sh [--quick]
#
# BUILD_DIR (default: build) is configured with -DSYSFENCE_BENCHMARKS=ON.
# Timings are wall-clock medians of several runs; on a shared or busy
# machine, run it twice and compare. --quick runs fewer iterations and skips
# the 50,000-rule and 50 MiB sizes.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
build=${BUILD_DIR:-build}
quick=0
[[ ${1:-} == --quick ]] && quick=1

cmake -S . -B "$build" -DSYSFENCE_BENCHMARKS=ON >/dev/null
cmake --build "$build" -j2 --target sysfence sysfence-cli bench_generate bench_bare_window bench_edit \
    bench_scaling bench_compile >/dev/null
bin=$build/bin

scratch=$(mktemp -d "${TMPDIR:-/tmp}/sysfence-bench.XXXXXX")
trap 'rm -rf -- "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config

# median_ms RUNS COMMAND...: the median wall-clock time of COMMAND, in ms.
median_ms() {
    local runs=$1
    shift
    python3 - "$runs" "$@" <<'PY'
import statistics, subprocess, sys, time
runs, cmd = int(sys.argv[1]), sys.argv[2:]
subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm the page cache
times = []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append((time.perf_counter() - start) * 1000)
print(f"{statistics.median(times):.1f}")
PY
}
# paired_ms RUNS CMD_A... -- CMD_B...: the medians of A and B, run in turns so
# that the machine's drift (this VM's timings move by 15 % over minutes) hits
# both alike. Prints "A B".
paired_ms() {
    local runs=$1
    shift
    python3 - "$runs" "$@" <<'PY'
import statistics, subprocess, sys, time
runs, rest = int(sys.argv[1]), sys.argv[2:]
split = rest.index("--")
commands = [rest[:split], rest[split + 1:]]
def once(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000
for cmd in commands:
    once(cmd)  # warm the page cache
times = [[], []]
for _ in range(runs):
    for i, cmd in enumerate(commands):
        times[i].append(once(cmd))
print(" ".join(f"{statistics.median(t):.1f}" for t in times))
PY
}
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }

runs=$((quick ? 5 : 15))
echo "== Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(uname -r)"

echo
echo "== 1. Cold start to a rendered window (--screenshot), median of $runs, in turns"
read -r ours bare < <(paired_ms "$runs" "$bin/sysfence" --screenshot "$scratch/ours.png" -- \
    "$bin/bench_bare_window" --screenshot "$scratch/bare.png")
printf '%-44s %10s ms\n' "sysfence, Docker default" "$ours" "bare Qt Widgets window" "$bare"
printf '%-44s %10s  (target <= 1.5)\n' "ratio" "$(ratio "$ours" "$bare")"
echo
echo "== 1b. Where the start-up goes, phase by phase (StartupTrace marks)"
python3 tests/benchmarks/startup-phases.py "$runs" "$bin/sysfence" --screenshot "$scratch/ours.png" -- \
    "$bin/bench_bare_window" --screenshot "$scratch/bare.png"

echo
echo "== 2. One edit -> table, tree, preview, diagnostics"
iterations=$((quick ? 40 : 200))
"$bin/bench_edit" 5000 "$iterations"
if ((!quick)); then
    "$bin/bench_edit" 50000 20
fi

echo
echo "== 3. sysfence-cli validate vs jq on a 10 MiB profile, median of $runs, in turns"
"$bin/bench_generate" --mib 10 "$scratch/10mib.json"
read -r ours jq < <(paired_ms "$runs" "$bin/sysfence-cli" validate "$scratch/10mib.json" -- \
    jq -e . "$scratch/10mib.json")
printf '%-44s %10s ms\n' "sysfence-cli validate" "$ours" "jq -e ." "$jq"
printf '%-44s %10s  (target <= 0.5)\n' "ratio" "$(ratio "$ours" "$jq")"
printf '%-44s %10s ms\n' "validate without the huge-page heap reserve" \
    "$(SYSFENCE_NO_HEAP_RESERVE=1 median_ms 5 "$bin/sysfence-cli" validate "$scratch/10mib.json")"
for mib in 1 $((quick ? 0 : 50)); do
    ((mib)) || continue
    "$bin/bench_generate" --mib "$mib" "$scratch/$mib.json"
    printf '%-44s %10s ms\n' "sysfence-cli validate, $mib MiB" "$(median_ms 5 "$bin/sysfence-cli" validate "$scratch/$mib.json")"
done

echo
echo "== 4. Scaling: time per rule"
if ((quick)); then
    "$bin/bench_scaling" 1000 5000 10000
else
    "$bin/bench_scaling" 1000 5000 10000 50000
fi

echo
echo "== 5. Compile Docker default for amd64 (+x86, x32)"
"$bin/bench_compile" $((quick ? 50 : 300))
