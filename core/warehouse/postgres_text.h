#pragma once

// What a PostgreSQL server computes for a few values, reproduced byte for byte in the client, so
// that rows of another database (SQLite, through Tidemark's own SQL functions) hash exactly as a
// PostgreSQL server hashes them and the server can keep its cheapest expressions.

#include <QByteArray>
#include <QtGlobal>

#include <cstddef>

namespace tidemark::warehouse::postgres {

// hashtextextended(text, seed) of a deterministic collation on a little-endian server: Bob
// Jenkins' lookup3 hash of the bytes as PostgreSQL's hash_bytes_extended() runs it (the result's
// high half is lookup3's b, the low half its c). A server proves it computes the same before a diff
// relies on it (the hash of a big-endian server differs).
quint64 hashBytesExtended(const char *data, std::size_t size, quint64 seed = 0);

// float8out() with extra_float_digits > 0 (PostgreSQL 12 and later): the shortest text that
// reads back as the same double, in fixed notation for decimal exponents from -4 to 14 and
// otherwise as d.ddde+XX; NaN, Infinity, -Infinity, 0 and -0 as PostgreSQL spells them.
void appendFloat8(double value, QByteArray *out);

} // namespace tidemark::warehouse::postgres
