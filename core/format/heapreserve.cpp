#include "heapreserve.h"

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
#define SYSFENCE_HEAP_RESERVE 1
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
    constexpr std::uintptr_t HugePage = 2 * 1024 * 1024;
    constexpr qint64 MaxReserve = qint64(1) << 30;
    static std::mutex mutex;
    static std::uintptr_t advisedEnd = 0; // end of the heap range already advised
    const std::lock_guard lock(mutex);
    const qint64 want = std::min(bytes, MaxReserve);

    // Big buffers (the file, the text, long arrays) come from the same heap
    // instead of an mmap each, and the heap is not given back between reads.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, int(std::min<qint64>(2 * want, INT32_MAX)));

    const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
    if (before <= advisedEnd && mallinfo2().keepcost >= std::size_t(want)) {
        return; // the free top of an earlier reservation is big enough
    }
    // Grow the heap by `want` in one step: one allocation larger than any
    // free block, padded by `want`. (volatile: a compiler may drop a malloc
    // whose block is only freed.)
    mallopt(M_TOP_PAD, int(std::min<qint64>(want, INT32_MAX)));
    void *volatile probe = std::malloc(16 * 1024 * 1024);
    std::free(probe);
    mallopt(M_TOP_PAD, 128 * 1024); // glibc's default
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

} // namespace Sysfence
