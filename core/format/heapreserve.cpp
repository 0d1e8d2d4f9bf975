#include "heapreserve.h"

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
#define SYSFENCE_HEAP_RESERVE 1
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <malloc.h>
#include <mutex>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace Sysfence {

void HeapReserve::prepareForInput(qint64 bytes)
{
    if (bytes >= Threshold) {
        reserve(bytes * TreeBytesPerInputByte);
    }
}

void HeapReserve::reserve(qint64 bytes)
{
#ifdef SYSFENCE_HEAP_RESERVE
    // For benchmarks: the same build with and without.
    static const bool disabled = qEnvironmentVariableIsSet("SYSFENCE_NO_HEAP_RESERVE");
    if (disabled) {
        return;
    }
    constexpr std::uintptr_t HugePage = 2 * 1024 * 1024;
    constexpr qint64 MaxReserve = qint64(1) << 30;
    static std::mutex mutex;
    static std::uintptr_t advisedEnd = 0; // end of the heap range already advised
    static qint64 trimThreshold = 0;
    const std::lock_guard lock(mutex);
    const qint64 want = std::min(bytes, MaxReserve);

    // The heap is not given back between reads (nor shrunk by a smaller one).
    trimThreshold = std::max(trimThreshold, std::min<qint64>(2 * want, INT32_MAX));
    mallopt(M_TRIM_THRESHOLD, int(trimThreshold));

    const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
    if (before <= advisedEnd && mallinfo2().keepcost >= std::size_t(want)) {
        return; // the free top of an earlier reservation is big enough
    }
    // Grow the heap by `want` in one step: one allocation larger than any
    // free block, padded by `want` (volatile: a compiler may drop a malloc
    // whose block is only freed). The probe must come from the heap, not be
    // an mmap of its own. Afterwards blocks below 4 MiB come from the heap
    // too: an editor builds its text (1.1 MiB at 5,000 rules), line tables
    // and rule lists anew on every edit, and as mmaps of their own each was
    // fresh pages to fault in every time (an edit at 5,000 rules: 38 ms,
    // 25 ms from reused heap). Bigger blocks stay mmaps, so that a growing
    // buffer of several MiB moves by mremap instead of being copied (keeping
    // blocks up to 32 MiB in the heap made opening 50,000 rules slower).
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TOP_PAD, int(std::min<qint64>(want, INT32_MAX)));
    void *volatile probe = std::malloc(16 * 1024 * 1024);
    std::free(probe);
    mallopt(M_TOP_PAD, 128 * 1024); // glibc's default
    mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);
    const auto after = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const std::uintptr_t begin = (before + HugePage - 1) & ~(HugePage - 1);
    const std::uintptr_t end = after & ~(HugePage - 1);
    if (end > begin) {
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE); // a hint; failure is harmless
        advisedEnd = end;
    }
#else
    Q_UNUSED(bytes);
#endif
}

void HeapReserve::keepBuffersOf(qint64 bytes)
{
#ifdef SYSFENCE_HEAP_RESERVE
    static const bool disabled = qEnvironmentVariableIsSet("SYSFENCE_NO_HEAP_RESERVE");
    constexpr qint64 Default = 4 * 1024 * 1024; // what reserve() sets
    constexpr qint64 Max = 32 * 1024 * 1024;
    if (disabled || bytes * 2 <= Default) {
        return;
    }
    // Set every time: reserve(), run again for the next big file read, puts
    // the threshold back to 4 MiB.
    mallopt(M_MMAP_THRESHOLD, int(std::min(bytes * 2, Max)));
#else
    Q_UNUSED(bytes);
#endif
}

} // namespace Sysfence
