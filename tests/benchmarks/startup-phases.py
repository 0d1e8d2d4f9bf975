#!/usr/bin/env python3
"""Where a start-up's time goes: the editor and the bare window, phase by phase.

    startup-phases.py RUNS EDITOR_COMMAND... -- BARE_COMMAND...

Runs both commands RUNS times in turns with SYSFENCE_STARTUP_TRACE set, reads
the phases they mark (Sysfence::StartupTrace: "sysfence-startup PHASE MS" on
standard error, MS on CLOCK_MONOTONIC) and prints the median length of each
phase, from the end of the one before. The first phase counts from the moment
this script starts the process (exec, dynamic linking and static
initialisation); "exit" runs from the last mark until the process has ended.
A phase one program does not mark is part of its next one: the bare window's
"laidOut" includes what the editor splits into options, document, widgets,
actions, window and profile.
"""
import os
import statistics
import subprocess
import sys
import time

LABELS = {
    "main": "process start to main (linking, static init)",
    "application": "QApplication",
    "options": "style, translations, options",
    "document": "catalogue, empty document, models",
    "widgets": "widgets",
    "actions": "actions, menus, tool bar",
    "window": "window state, first view refresh",
    "profile": "profile read, checked and shown",
    "laidOut": "show and lay out",
    "painted": "paint the window (grab)",
    "written": "encode and write the PNG",
    "exit": "exit (destructors, unmapping)",
}
PREFIX = "sysfence-startup "


def run_once(command, env):
    start = time.monotonic() * 1000
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    end = time.monotonic() * 1000
    if done.returncode != 0:
        sys.exit(f"startup-phases: {' '.join(command)} exited with {done.returncode}:\n{done.stderr}")
    marks = []
    for line in done.stderr.splitlines():
        if line.startswith(PREFIX):
            phase, stamp = line[len(PREFIX):].split()
            marks.append((phase, float(stamp)))
    if not marks:
        sys.exit(f"startup-phases: {' '.join(command)} marked no phase (is it built with StartupTrace?)")
    marks.append(("exit", end))
    lengths, previous = {}, start
    for phase, stamp in marks:
        lengths[phase] = stamp - previous
        previous = stamp
    return lengths, end - start


def main():
    if len(sys.argv) < 5 or "--" not in sys.argv[2:]:
        sys.exit(__doc__)
    runs = int(sys.argv[1])
    rest = sys.argv[2:]
    split = rest.index("--")
    commands = [rest[:split], rest[split + 1:]]
    env = dict(os.environ, SYSFENCE_STARTUP_TRACE="1")
    for command in commands:
        run_once(command, env)  # warm the page cache
    phases = [[], []]
    totals = [[], []]
    for _ in range(runs):
        for i, command in enumerate(commands):
            lengths, total = run_once(command, env)
            phases[i].append(lengths)
            totals[i].append(total)
    # The editor's phases in their order; one only the bare window marks goes before its exit.
    order = list(phases[0][0])
    for phase in phases[1][0]:
        if phase not in order:
            order.insert(len(order) - 1, phase)

    def median(i, phase):
        values = [run[phase] for run in phases[i] if phase in run]
        return f"{statistics.median(values):.1f}" if values else ""

    print(f"{'phase (median ms of ' + str(runs) + ' runs in turns)':<50} {'sysfence':>9} {'bare':>9}")
    for phase in order:
        print(f"{LABELS.get(phase, phase):<50} {median(0, phase):>9} {median(1, phase):>9}")
    ours, bare = statistics.median(totals[0]), statistics.median(totals[1])
    print(f"{'total':<50} {ours:>9.1f} {bare:>9.1f}")
    print(f"{'ratio':<50} {ours / bare:>9.2f}")


if __name__ == "__main__":
    main()
