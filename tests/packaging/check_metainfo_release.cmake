# The newest <release> in the AppStream metainfo must be the project's version:
# a version bump in CMakeLists.txt then cannot ship with stale release notes.
# (The release entry is written by hand because it needs a date and notes.)
#
# Usage: cmake -DMETAINFO=FILE -DVERSION=X.Y.Z -P check_metainfo_release.cmake
file(READ "${METAINFO}" xml)
# Releases are listed newest first; "<releases>" itself does not match.
string(REGEX MATCH "<release[ \t\r\n][^>]*version=\"([^\"]*)\"" release "${xml}")
if(NOT release)
    message(FATAL_ERROR "${METAINFO}: no <release version=\"...\"> found")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${METAINFO}: the newest release is ${CMAKE_MATCH_1}, but project() says ${VERSION}; "
        "add a <release version=\"${VERSION}\" date=\"YYYY-MM-DD\"> entry at the top of <releases>")
endif()
message(STATUS "newest release in the metainfo is ${VERSION}, as in project()")
