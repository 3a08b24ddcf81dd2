#pragma once

struct sqlite3;

namespace tidemark::warehouse {

// Registers the functions Tidemark's SQLite SQL uses:
//  - tidemark_hash60(text): the low 60 bits of the text's MD5, as PostgreSQL and MySQL compute them;
//  - tidemark_hashsum(int): a sum modulo 2^64 that never overflows (returned as text);
//  - tidemark_rowhash(spec, v1, v2, ...): the cross-database diff's row hash, each value turned
//    into text in C as spec says (see RowHashSpec in sqlite_functions.cpp) and joined as the
//    other databases join them (each value followed by U+001F, a NULL as U+001E alone), hashed
//    with MD5 (low 60 bits) or with PostgreSQL's hashtextextended();
//  - tidemark_cellsums(offset, hash, width, cells): per cell (offset / width, 0 .. cells - 1) the
//    rows and the sum of their hashes modulo 2^64, and the duplicated offsets, as one blob (see
//    sqlite_functions.cpp).
// Returns false when registration failed.
bool registerSqliteFunctions(sqlite3 *db);

} // namespace tidemark::warehouse
