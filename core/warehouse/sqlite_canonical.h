#pragma once

// SQLite values read under the value contract, in C: SQLite keeps any value in any column (text
// timestamps in several forms, 0/1 and 't'/'f' booleans, integers and doubles in NUMERIC columns),
// so its side of a comparison reads each value as the class the column is compared as and writes
// its canonical text (canonical_text.h), the text the SQL of PostgreSQL and MariaDB gives for the
// same value. Registered as SQL functions by registerSqliteFunctions():
//  - tidemark_canon(token, v): the canonical text of v (canonicalToken()), kOdd-marked when v is
//    not of the class; NULL for NULL;
//  - tidemark_isodd(token, v): 1 when v is not NULL and not of the class, else 0;
//  - tidemark_lower(v): text lower-cased by Unicode's rules (SQLite's LOWER() folds ASCII only).

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

struct sqlite3_context;
struct sqlite3_value;

namespace tidemark::warehouse::sqlite {

struct CanonicalSpec
{
    char kind = 't'; // the letter of canonicalToken()
    int parameter = 0; // decimals: scale; timestamps: precision
    bool numericHash = false; // '#': hashed as PostgreSQL hashes its own type's value
};

std::optional<CanonicalSpec> parseToken(QByteArrayView token);

// Whether a value that is not NULL reads as the class (appendCanonical() would not mark it).
bool isOfClass(const CanonicalSpec &spec, sqlite3_value *value);

// Appends the canonical text of a value that is not NULL; false (and kOdd before the value's own
// text) when it is not of the class.
bool appendCanonical(const CanonicalSpec &spec, sqlite3_value *value, QByteArray *out);

// The value PostgreSQL's own hash function reads for a '#' token (an integer, a double's bits, a
// boolean as 1/0, a timestamp's microseconds or a date's days since 2000-01-01) hashed with
// `seed`; nothing when the value is not of the class.
std::optional<quint64> numericHash(const CanonicalSpec &spec, sqlite3_value *value, quint64 seed);

void canonFunction(sqlite3_context *context, int argc, sqlite3_value **argv);
void isOddFunction(sqlite3_context *context, int argc, sqlite3_value **argv);
void lowerFunction(sqlite3_context *context, int argc, sqlite3_value **argv);

} // namespace tidemark::warehouse::sqlite
