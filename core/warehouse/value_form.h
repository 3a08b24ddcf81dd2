#pragma once

// How one side's values of a compared column are read under the value contract
// (docs/VALUE_CONTRACT.md): the class both sides are compared as, and what this side holds. Each
// dialect turns a value into the canonical text of that class (Dialect::canonicalText()); equal
// values give equal text on every database, and values the contract calls different never do.

#include <QString>

namespace tidemark::warehouse {

enum class TypeClass {
    Integer,
    Decimal,
    Float,
    Boolean,
    Text,
    Date,
    Timestamp,
    Uuid,
    Binary,
    Other
};
const char *toString(TypeClass type);

// A column as the database describes it.
struct ColumnInfo
{
    QString name;
    QString type; // as the database names it ("integer", "character varying", "decimal(10,2)")
    TypeClass typeClass = TypeClass::Other;
    int position = 0; // 1-based
    int scale = -1; // decimals: digits after the point, when known
};

struct ValueForm
{
    TypeClass as = TypeClass::Text; // the class the two sides are compared as
    TypeClass source = TypeClass::Text; // this side's own class
    QString sourceType; // as the database names it
    int sourceScale = -1; // decimals: the declared scale, when known
    // As Decimal: digits kept after the point (rounded half away from zero, written fixed); -1:
    // exact (written without trailing zeros).
    int scale = -1;
    // As Timestamp: fractional digits kept (cut), 0 to 6.
    int precision = 6;

    // This side's values read as their own class (for a comparison as text).
    ValueForm own() const
    {
        ValueForm f = *this;
        f.as = source;
        f.scale = -1;
        f.precision = 6;
        return f;
    }

    static ValueForm of(const ColumnInfo &column, TypeClass as)
    {
        ValueForm f;
        f.as = as;
        f.source = column.typeClass;
        f.sourceType = column.type;
        f.sourceScale = column.scale;
        return f;
    }
};

// SQLite's canonical-text token of a form (tidemark_canon(), tidemark_rowhash()): "i" integer,
// "n<scale>" decimal at a scale, "N" exact decimal, "f" double, "p<precision>" timestamp, "D" date,
// "b" boolean, "t" text, "u" UUID, "x" bytes as hex.
QString canonicalToken(const ValueForm &form);

} // namespace tidemark::warehouse
