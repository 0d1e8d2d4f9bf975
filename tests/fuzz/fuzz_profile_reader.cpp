// libFuzzer entry point: arbitrary bytes into the reader, the validator and
// the writer's round trip (see roundtripcheck.h). Inputs that once failed
// are kept in tests/fuzz/regressions/ and replayed by test_fuzzregressions.
#include "roundtripcheck.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (!roundTripProblem(text).isEmpty()) {
        std::abort();
    }
    return 0;
}
