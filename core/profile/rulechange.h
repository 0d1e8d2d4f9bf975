#pragma once

#include "profile.h"

#include <QStringList>

namespace Sysfence {

// How the rules of one profile became those of the next: an edit replaces
// `removed` rules starting at `first` with `inserted` new ones and leaves
// every other rule, and every field outside `syscalls`, as it was. Views and
// analyses of a big profile redo only what such a change can reach.
struct RuleChange {
    // Fields outside `syscalls` changed, or the change is not known: redo everything.
    bool everything = true;
    qsizetype first = 0;
    qsizetype removed = 0;  // rules [first, first + removed) of the old profile…
    qsizetype inserted = 0; // …became rules [first, first + inserted) of the new one

    // Compares the rules from both ends; rules compare by what they mean,
    // not by how they were spelled.
    static RuleChange between(const Profile &before, const Profile &after);

    bool isNone() const { return !everything && removed == 0 && inserted == 0; }
    // Every name of the rules taken out and put in, without repeats; rules
    // in the range that are the same shared rule before and after (only
    // moved) are left out unless `moved` is true.
    QStringList names(const Profile &before, const Profile &after, bool moved = false) const;
};

} // namespace Sysfence
