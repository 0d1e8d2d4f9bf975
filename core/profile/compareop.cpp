#include "compareop.h"

namespace Sysfence::CompareOps {

namespace {
struct Entry {
    CompareOp op;
    const char *name;
};
constexpr Entry Table[] = {
    {CompareOp::NotEqual, "SCMP_CMP_NE"},
    {CompareOp::Less, "SCMP_CMP_LT"},
    {CompareOp::LessOrEqual, "SCMP_CMP_LE"},
    {CompareOp::Equal, "SCMP_CMP_EQ"},
    {CompareOp::GreaterOrEqual, "SCMP_CMP_GE"},
    {CompareOp::Greater, "SCMP_CMP_GT"},
    {CompareOp::MaskedEqual, "SCMP_CMP_MASKED_EQ"},
};
} // namespace

QString name(CompareOp op)
{
    for (const Entry &e : Table) {
        if (e.op == op) {
            return QString::fromLatin1(e.name);
        }
    }
    return {};
}

std::optional<CompareOp> fromName(QStringView name)
{
    for (const Entry &e : Table) {
        if (name == QLatin1String(e.name)) {
            return e.op;
        }
    }
    return std::nullopt;
}

QStringList names()
{
    QStringList list;
    for (const Entry &e : Table) {
        list.append(QString::fromLatin1(e.name));
    }
    return list;
}

} // namespace Sysfence::CompareOps
