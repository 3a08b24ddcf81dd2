#pragma once

// The first argument of SQLite's tidemark_rowhash(spec, v1, v2, ...): how each further argument
// becomes text in C (the same text the SQL normalisation of SqliteDialect, or a PostgreSQL server,
// would give it), and which hash the joined text gets. Written by the diff, read once per
// statement by the function (sqlite_functions.cpp).
//
// Spec: "md5:" or "pgc:" followed by one token per argument, separated by commas.
//  - md5: MD5 (low 60 bits) of the texts joined (each followed by U+001F, NULL as U+001E alone);
//  - pgc: the XOR of one PostgreSQL hash per argument, seeded with its position + 1 (NULL:
//    nullColumnHash(position)): hashint8extended() of integers, hashint4extended() of booleans
//    as 1/0, hashfloat8extended() of Float8, timestamp_hash_extended() of PostgresTimestamp,
//    hashtextextended() of every other text. The PostgreSQL side computes the same with its own
//    functions on its own values, without building any text for most types.

#include <QString>

#include <vector>

namespace tidemark::warehouse {

enum class RowText : char {
    Text = 't',              // CAST(v AS TEXT)
    Integer = 'i',           // CAST(CAST(v AS INTEGER) AS TEXT)
    Boolean = 'b',           // CASE WHEN v THEN '1' ELSE '0' END
    Fixed = 'n',             // PRINTF('%.<scale>f', v); with a native scale s as PostgreSQL prints numeric(p, s)
    Float8 = 'f',            // a double precision value (pgc: hashed as a number)
    Timestamp = 'p',         // SqliteDialect's normalised timestamp text, <length> characters
    PostgresTimestamp = 'P', // a timestamp without time zone (pgc: hashed as PostgreSQL stores it)
    Date = 'D',              // YYYY-MM-DD
};

struct RowTextPart
{
    RowText kind = RowText::Text;
    int scale = 6;        // Fixed: decimals printed
    int nativeScale = -1; // Fixed: PostgreSQL's declared scale, when the text is to be PostgreSQL's
    int length = 26;      // Timestamp: characters kept
};

enum class RowHashKind { Md5, PostgresColumns };

// What a NULL argument contributes to a "pgc" row hash.
qint64 nullColumnHash(int position);

QString rowHashSpec(RowHashKind hash, const std::vector<RowTextPart> &parts);

} // namespace tidemark::warehouse
