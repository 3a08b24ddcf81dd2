#pragma once

struct sqlite3;

namespace tidemark::warehouse {

// Registers the functions Tidemark's SQLite SQL uses: tidemark_hash60(text) (the low 60 bits of
// the text's MD5, as PostgreSQL and MySQL compute them), tidemark_hashsum(int) (a sum modulo
// 2^64 that never overflows) and tidemark_rowhash(v, ...) (tidemark_hash60 of the values joined
// as the cross-database diff's row hash joins them). Returns false when registration failed.
bool registerSqliteFunctions(sqlite3 *db);

} // namespace tidemark::warehouse
