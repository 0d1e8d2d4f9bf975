#pragma once

#include <QtGlobal>

namespace Sysfence {

// Reading a big profile builds about fifteen bytes of tree and model per byte
// of JSON, all of it fresh memory, and an editor builds it again on every
// edit. With 4 KiB pages every page costs the kernel a fault on first touch
// (on a virtual machine, an exit to the hypervisor), and glibc gives big
// blocks back to the kernel on free only to ask for them again: a 10 MiB
// profile took 38,000 faults, a third of what `sysfence-cli validate` spent.
//
// Where transparent huge pages are available on request (the "madvise" mode
// most distributions ship), this grows the heap once by twice what the input
// will need (the tree fragments the heap), asks for 2 MiB pages for it and
// keeps it: the same read then takes about 1,500 faults. Address space that
// is never touched costs no memory; the price is that the process keeps its
// peak heap after a big file. Blocks below 4 MiB then come from that heap as
// well (glibc's default would map anything over 128 KiB anew, and give it
// back on free), so what an editor rebuilds on every edit reuses warm memory.
// Small inputs, other C libraries and sanitizer builds are left alone.
class HeapReserve final
{
public:
    // Below this, the faults do not matter (Docker's default is 20 KiB; a
    // 5,000-rule profile is 1.1 MiB).
    static constexpr qint64 Threshold = 1024 * 1024;

    // Twice what the tree and model of a JSON text need, per byte of text.
    static constexpr qint64 TreeBytesPerInputByte = 32;

    // Reserves for reading `bytes` of JSON, when that is at least Threshold.
    static void prepareForInput(qint64 bytes);
    // Makes sure the heap has `bytes` free (at most 1 GiB), backed by huge pages.
    static void reserve(qint64 bytes);
    // An editor holding a text of `bytes` builds a new one (and copies of it)
    // on every edit. Blocks of that size are then kept in the heap, up to
    // 32 MiB, instead of each being mapped anew and faulted in page by page:
    // at 50,000 rules (10.8 MiB) that was a quarter of an edit. Called once a
    // big text is loaded, not while it is read, where growing buffers are
    // better moved by mremap than copied.
    static void keepBuffersOf(qint64 bytes);
};

} // namespace Sysfence
