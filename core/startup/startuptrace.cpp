#include "startuptrace.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace Sysfence {

bool StartupTrace::enabled()
{
    static const bool on = std::getenv("SYSFENCE_STARTUP_TRACE") != nullptr;
    return on;
}

void StartupTrace::mark(const char *phase)
{
    if (!enabled()) {
        return;
    }
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    // One fprintf, one write: standard error is unbuffered.
    std::fprintf(stderr, "sysfence-startup %s %.3f\n", phase,
                 static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6);
}

} // namespace Sysfence
