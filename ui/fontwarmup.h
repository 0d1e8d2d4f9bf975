#pragma once

#include <thread>

namespace Sysfence {

// Loads the font database on a thread of its own while the main thread reads
// the catalogue and builds the document. The first widget that lays out text
// otherwise does it on the main thread: fontconfig parses its XML
// configuration and lists every installed font, about 3 ms of a start-up
// that is 90 ms in all. QFontDatabase is thread-safe and loads once per
// process, so whichever thread comes first loads it and the other waits for
// it. Create it once a QGuiApplication exists; it waits for the thread when
// it goes.
class FontWarmUp final
{
public:
    FontWarmUp();
    ~FontWarmUp();
    FontWarmUp(const FontWarmUp &) = delete;
    FontWarmUp &operator=(const FontWarmUp &) = delete;

private:
    std::thread m_thread;
};

} // namespace Sysfence
