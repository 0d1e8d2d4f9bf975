#pragma once

namespace Sysfence {

// Marks the phases of a start-up, for tests/benchmarks/startup-phases.py.
// With SYSFENCE_STARTUP_TRACE set in the environment, mark() writes
//
//     sysfence-startup PHASE MILLISECONDS
//
// to standard error, one line per call: the time at which PHASE ended, on the
// clock of CLOCK_MONOTONIC (the clock of Python's time.monotonic(), so a
// script that notes when it started the process can tell how long each phase
// took, linking and exit included). Without the variable it writes nothing
// and costs a test of a flag read once.
//
// Both the editor and the bare window it is compared with mark the same
// phases where they have them, so their start-ups can be laid side by side.
class StartupTrace final
{
public:
    StartupTrace() = delete;

    static void mark(const char *phase);

private:
    static bool enabled();
};

} // namespace Sysfence
