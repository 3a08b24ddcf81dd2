#pragma once

// SQLite's tidemark_rowhash(spec, v1, v2, ...): each value made canonical text, or hashed, in C as
// the spec says (row_hash_spec.h, sqlite_canonical.h), so that a row hashes as the other database
// hashes it. Registered with
// the other functions by registerSqliteFunctions().

#include <QByteArrayView>
#include <QtGlobal>

struct sqlite3_context;
struct sqlite3_value;

namespace tidemark::warehouse {

// The low 60 bits of the MD5 of `text` (what PostgreSQL and MySQL compute in SQL).
quint64 md5Low60(QByteArrayView text);

// The user data of both functions is a std::vector<qint64> per connection: tidemark_rowhash()
// counts there, per argument, the values that are not of their class; tidemark_oddcounts()
// returns those counts as "n0,n1,..." and resets them.
void sqliteRowHash(sqlite3_context *context, int argc, sqlite3_value **argv);
void sqliteOddCounts(sqlite3_context *context, int argc, sqlite3_value **argv);
void deleteOddCounts(void *counts);

} // namespace tidemark::warehouse
