#pragma once

// A table's name as the user wrote it: `table`, `schema.table`, `database.schema.table`, with any
// part double-quoted (or back-quoted) to keep case, dots and other characters ("My Schema"."T;1").
// Parts are kept unquoted; the dialect quotes each one when it builds SQL.

#include "common/expected.h"

#include <QString>
#include <QStringList>

namespace tidemark::warehouse {

struct TableName
{
    QStringList parts; // 1 to 3 parts, unquoted

    QString table() const { return parts.isEmpty() ? QString() : parts.last(); }
    QString schema() const { return parts.size() >= 2 ? parts.at(parts.size() - 2) : QString(); }
    QString display() const; // the parts joined with dots, quoted where needed
};

Expected<TableName> parseTableName(const QString &text);

} // namespace tidemark::warehouse
