#pragma once

// The first argument of SQLite's tidemark_rowhash(spec, v1, v2, ...): how each further argument
// becomes canonical text in C (canonicalToken(): the text the SQL of PostgreSQL and MariaDB gives
// for the same value), and which hash the row gets. Written by the diff, read once per statement
// by the function (sqlite_row_hash.cpp).
//
// Spec: "md5:" or "pgc:" followed by one token per argument, separated by commas; a token is a
// canonicalToken(), optionally followed by '#'.
//  - md5: MD5 (low 60 bits) of the texts joined (each followed by U+001F, NULL as U+001E alone);
//  - pgc: the XOR of one PostgreSQL hash per argument, seeded with its position + 1 (NULL:
//    nullColumnHash(position)). A token with '#' is hashed as PostgreSQL hashes its own type's
//    value: hashint8extended() of an integer ("i#"), hashfloat8extended() of a double ("f#"),
//    hashint4extended() of a boolean as 1/0 ("b#"), timestamp_hash_extended() of a timestamp
//    ("p6#"), hashint4extended() of a date's days since 2000-01-01 ("D#"); everything else, and
//    every value that is not of its class, with hashtextextended() of its canonical text. The
//    PostgreSQL side computes the same with its own functions on its own values.

#include <QString>
#include <QStringList>

namespace tidemark::warehouse {

enum class RowHashKind { Md5, PostgresColumns };

// What a NULL argument contributes to a "pgc" row hash.
qint64 nullColumnHash(int position);

QString rowHashSpec(RowHashKind hash, const QStringList &tokens);

} // namespace tidemark::warehouse
