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

void sqliteRowHash(sqlite3_context *context, int argc, sqlite3_value **argv);

} // namespace tidemark::warehouse
