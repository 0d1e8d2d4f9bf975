#pragma once

#include "rule.h"

#include <QList>

#include <algorithm>

#include <initializer_list>
#include <iterator>
#include <memory>

// A shared_ptr is two pointers that may be moved with memmove: inserting a
// rule into thousands then moves memory instead of each element in turn.
Q_DECLARE_TYPEINFO(std::shared_ptr<Sysfence::Rule>, Q_RELOCATABLE_TYPE);

namespace Sysfence {

// The rules of a profile, each shared between copies until one of them
// changes it. An editor keeps a copy of its profile for every undo step and
// builds a new one for every edit; with thousands of rules, copying each
// rule's dozen strings and lists was most of an edit's time and of the undo
// history's memory. Reading works as with a QList<Rule>; writing through a
// non-const operator[] or iterator copies that one rule first if another
// list still shares it.
class RuleList final
{
    using Slots = QList<std::shared_ptr<Rule>>;

public:
    class const_iterator
    {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = Rule;
        using difference_type = qsizetype;
        using pointer = const Rule *;
        using reference = const Rule &;

        const_iterator() = default;
        explicit const_iterator(Slots::const_iterator it)
            : m_it(it)
        {
        }
        const Rule &operator*() const { return **m_it; }
        const Rule *operator->() const { return m_it->get(); }
        const Rule &operator[](qsizetype n) const { return *m_it[n]; }
        const_iterator &operator++() { ++m_it; return *this; }
        const_iterator operator++(int) { const_iterator old = *this; ++m_it; return old; }
        const_iterator &operator--() { --m_it; return *this; }
        const_iterator operator--(int) { const_iterator old = *this; --m_it; return old; }
        const_iterator &operator+=(qsizetype n) { m_it += n; return *this; }
        const_iterator &operator-=(qsizetype n) { m_it -= n; return *this; }
        friend const_iterator operator+(const_iterator it, qsizetype n) { return it += n; }
        friend const_iterator operator-(const_iterator it, qsizetype n) { return it -= n; }
        friend qsizetype operator-(const const_iterator &a, const const_iterator &b) { return a.m_it - b.m_it; }
        friend bool operator==(const const_iterator &a, const const_iterator &b) { return a.m_it == b.m_it; }
        friend bool operator!=(const const_iterator &a, const const_iterator &b) { return a.m_it != b.m_it; }
        friend bool operator<(const const_iterator &a, const const_iterator &b) { return a.m_it < b.m_it; }

    private:
        Slots::const_iterator m_it;
    };

    // Dereferencing copies the rule first when another list shares it.
    class iterator
    {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = Rule;
        using difference_type = qsizetype;
        using pointer = Rule *;
        using reference = Rule &;

        iterator() = default;
        explicit iterator(Slots::iterator it)
            : m_it(it)
        {
        }
        Rule &operator*() const { return own(*m_it); }
        Rule *operator->() const { return &own(*m_it); }
        iterator &operator++() { ++m_it; return *this; }
        iterator operator++(int) { iterator old = *this; ++m_it; return old; }
        iterator &operator--() { --m_it; return *this; }
        iterator &operator+=(qsizetype n) { m_it += n; return *this; }
        friend iterator operator+(iterator it, qsizetype n) { return it += n; }
        friend qsizetype operator-(const iterator &a, const iterator &b) { return a.m_it - b.m_it; }
        friend bool operator==(const iterator &a, const iterator &b) { return a.m_it == b.m_it; }
        friend bool operator!=(const iterator &a, const iterator &b) { return a.m_it != b.m_it; }

    private:
        Slots::iterator m_it;
    };

    RuleList() = default;
    RuleList(std::initializer_list<Rule> rules)
    {
        reserve(qsizetype(rules.size()));
        for (const Rule &r : rules) {
            append(r);
        }
    }
    explicit RuleList(const QList<Rule> &rules)
    {
        reserve(rules.size());
        for (const Rule &r : rules) {
            append(r);
        }
    }

    qsizetype size() const { return m_slots.size(); }
    qsizetype count() const { return m_slots.size(); }
    bool isEmpty() const { return m_slots.isEmpty(); }
    bool empty() const { return m_slots.isEmpty(); }

    const Rule &at(qsizetype i) const { return *m_slots.at(i); }
    const Rule &operator[](qsizetype i) const { return *m_slots.at(i); }
    Rule &operator[](qsizetype i) { return own(m_slots[i]); }
    const Rule &constFirst() const { return *m_slots.constFirst(); }
    const Rule &constLast() const { return *m_slots.constLast(); }
    const Rule &first() const { return constFirst(); }
    const Rule &last() const { return constLast(); }

    const_iterator begin() const { return const_iterator(m_slots.cbegin()); }
    const_iterator end() const { return const_iterator(m_slots.cend()); }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }
    iterator begin() { return iterator(m_slots.begin()); }
    iterator end() { return iterator(m_slots.end()); }

    void reserve(qsizetype n) { m_slots.reserve(n); }
    void clear() { m_slots.clear(); }
    void append(const Rule &rule) { m_slots.append(std::make_shared<Rule>(rule)); }
    void append(Rule &&rule) { m_slots.append(std::make_shared<Rule>(std::move(rule))); }
    void push_back(const Rule &rule) { append(rule); }
    void prepend(const Rule &rule) { m_slots.prepend(std::make_shared<Rule>(rule)); }
    void insert(qsizetype i, const Rule &rule) { m_slots.insert(i, std::make_shared<Rule>(rule)); }
    void insert(qsizetype i, Rule &&rule) { m_slots.insert(i, std::make_shared<Rule>(std::move(rule))); }
    void removeAt(qsizetype i) { m_slots.removeAt(i); }
    void remove(qsizetype i, qsizetype n = 1) { m_slots.remove(i, n); }
    void removeFirst() { m_slots.removeFirst(); }
    void removeLast() { m_slots.removeLast(); }

    // Rules [pos, pos + n), shared with this list (no rule is copied).
    RuleList mid(qsizetype pos, qsizetype n) const
    {
        RuleList out;
        out.m_slots = m_slots.mid(pos, n);
        return out;
    }
    // Rules [pos, pos + n) become the rules of `with`, shared with it.
    void replace(qsizetype pos, qsizetype n, const RuleList &with)
    {
        const qsizetype common = std::min(n, with.size());
        for (qsizetype i = 0; i < common; ++i) {
            m_slots[pos + i] = with.m_slots.at(i);
        }
        if (n > common) {
            m_slots.remove(pos + common, n - common);
        } else if (with.size() > common) {
            m_slots.insert(pos + common, with.size() - common, nullptr);
            for (qsizetype i = common; i < with.size(); ++i) {
                m_slots[pos + i] = with.m_slots.at(i);
            }
        }
    }

    // Whether rule i of this list and rule j of `other` are one shared rule
    // (then they are equal without comparing them).
    bool shares(qsizetype i, const RuleList &other, qsizetype j) const { return m_slots.at(i) == other.m_slots.at(j); }
    // What shares() compares: the same for two lists' rules exactly when they share it.
    const void *identity(qsizetype i) const { return m_slots.at(i).get(); }

    bool operator==(const RuleList &other) const
    {
        if (size() != other.size()) {
            return false;
        }
        for (qsizetype i = 0; i < size(); ++i) {
            if (!shares(i, other, i) && !(at(i) == other.at(i))) {
                return false;
            }
        }
        return true;
    }
    bool operator!=(const RuleList &other) const { return !(*this == other); }

private:
    static Rule &own(std::shared_ptr<Rule> &slot)
    {
        if (slot.use_count() > 1) {
            slot = std::make_shared<Rule>(*slot);
        }
        return *slot;
    }

    Slots m_slots;
};

} // namespace Sysfence
