#pragma once

struct sqlite3;

namespace tidemark::warehouse {

// Registers the functions Tidemark's SQLite SQL uses:
//  - tidemark_hash60(text): the low 60 bits of the text's MD5, as PostgreSQL and MySQL compute
//  them;
//  - tidemark_hashsum(int): a sum modulo 2^64 that never overflows (returned as text);
//  - tidemark_rowhash(spec, v1, v2, ...): the cross-database diff's row hash, each value turned
//    into canonical text or hashed in C as the spec says (row_hash_spec.h, sqlite_row_hash.cpp):
//    MD5 of the joined texts as MySQL computes it, or the XOR of PostgreSQL's hashes per column;
//  - tidemark_oddcounts(): per argument of tidemark_rowhash(), how many values it met since the
//    last call that were not of their class ("n0,n1,...");
//  - tidemark_canon(token, v), tidemark_isodd(token, v), tidemark_lower(v): values read under the
//    value contract (sqlite_canonical.h);
//  - tidemark_cellsums(offset, hash, width, cells): per cell (offset / width, 0 .. cells - 1) the
//    rows and the sum of their hashes modulo 2^64, and the duplicated offsets, as one blob (see
//    sqlite_functions.cpp).
// Returns false when registration failed.
bool registerSqliteFunctions(sqlite3 *db);

} // namespace tidemark::warehouse
