// Feeds arbitrary bytes to the profile reader and checks the writer's round
// trip: whatever the reader accepts, write(read(x)) must read back equal, and
// writing that again must give the same bytes.
#include "analysis/profilevalidator.h"
#include "format/profilereader.h"
#include "format/profilewriter.h"

#include <cstdint>
#include <cstdlib>

using namespace Sysfence;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ProfileReader::Result first = ProfileReader::read(text, QStringLiteral("fuzz.json"));
    if (!first.parsed) {
        return 0;
    }
    ProfileValidator::validate(first.profile, first.text, QStringLiteral("fuzz.json"));

    const QByteArray written = ProfileWriter::write(first.profile, first.style);
    const ProfileReader::Result second = ProfileReader::read(written);
    if (!second.parsed || !(second.profile == first.profile)) {
        std::abort();
    }
    if (ProfileWriter::write(second.profile, second.style) != written) {
        std::abort();
    }
    return 0;
}
