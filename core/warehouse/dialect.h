#pragma once

// What differs between databases in the SQL Tidemark writes: identifier quoting (every identifier
// goes through quote()), null-safe comparison, type names and their classes, the canonical text of
// values under the value contract, hashing, and session settings.

#include "warehouse/connection_spec.h"
#include "warehouse/table_name.h"
#include "warehouse/value_form.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace tidemark::warehouse {

class Dialect
{
public:
    virtual ~Dialect() = default;

    virtual Driver driver() const = 0;

    // "name" (standard), `name` (MySQL); embedded quote characters are doubled.
    virtual QString quote(const QString &identifier) const;
    virtual QString table(const TableName &name) const;
    // A string constant; for constants Tidemark writes itself (user values are bound, not pasted).
    QString literal(const QString &text) const;

    // 1 when a and b differ, NULL-safe (NULL equals NULL), as a boolean SQL expression.
    virtual QString distinct(const QString &a, const QString &b) const = 0;
    virtual bool supportsFullOuterJoin() const { return true; }

    // The class of a type name as the database reports it.
    virtual TypeClass typeClass(const QString &typeName) const;

    // The canonical text of a value under the value contract (docs/VALUE_CONTRACT.md), read as
    // `form` says: equal for values the contract calls equal, on PostgreSQL, MySQL/MariaDB and
    // SQLite alike (doubles: each database's shortest text, which the client compares as numbers),
    // and different for values it calls different. NULL stays NULL; a value that is not of the
    // class (a tinyint(1) holding 2) is marked with canonical::kOdd.
    virtual QString canonicalText(const QString &expr, const ValueForm &form) const = 0;
    // The canonical text of a value of `column`, read as its own class.
    QString canonicalText(const QString &expr, const ColumnInfo &column) const;
    // Any value as text (CAST ... AS TEXT / CHAR).
    virtual QString asText(const QString &expr) const;

    // A 64-bit signed integer hash of a text expression, computed the same way by every dialect
    // (the low 60 bits of its MD5), and an aggregate that sums it without overflow.
    virtual QString hash64(const QString &textExpr) const = 0;
    virtual QString sumHash(const QString &hashExpr) const;
    // Concatenation of text expressions.
    virtual QString concat(const QStringList &parts) const;

    virtual QString castToFloat(const QString &expr) const;
    // A text expression that compares byte for byte whatever the column's collation (MySQL's
    // default collations ignore case, trailing spaces and the differences between characters
    // outside the BMP; PostgreSQL's nondeterministic ones may ignore case).
    virtual QString exactText(const QString &expr) const { return expr; }
    virtual QString lower(const QString &expr) const
    {
        return QStringLiteral("LOWER(") + expr + QLatin1Char(')');
    }

    // Statements run once per session (time zone, join settings).
    virtual QStringList sessionSetup() const { return {}; }
};

std::unique_ptr<Dialect> makeDialect(Driver driver);

} // namespace tidemark::warehouse
