#pragma once

// What a PostgreSQL server's hash functions compute, reproduced in the client, so that rows of
// another database (SQLite, through Tidemark's own SQL functions) hash exactly as a PostgreSQL
// server hashes them and the server can hash its values without making them text.

#include <QByteArray>
#include <QtGlobal>

#include <cstddef>
#include <optional>

namespace tidemark::warehouse::postgres {

// hashtextextended(text, seed) of a deterministic collation on a little-endian server: Bob
// Jenkins' lookup3 hash of the bytes as PostgreSQL's hash_bytes_extended() runs it (the result's
// high half is lookup3's b, the low half its c). A server proves it computes the same before a diff
// relies on it (the hash of a big-endian server differs).
quint64 hashBytesExtended(const char *data, std::size_t size, quint64 seed = 0);

// The extended hash functions of PostgreSQL's number types (seed 0: none): hashint4extended() of
// a 32-bit value, hashint8extended() (and timestamp_hash_extended() of a timestamp's microseconds
// since 2000-01-01), hashfloat8extended() (0 and -0 alike, every NaN alike).
quint64 hashUint32Extended(quint32 value, quint64 seed);
quint64 hashInt8Extended(qint64 value, quint64 seed);
quint64 hashFloat8Extended(double value, quint64 seed);

// A timestamp "YYYY-MM-DD HH:MM:SS.ffffff" as PostgreSQL stores it: microseconds since
// 2000-01-01 00:00:00. Nothing for text that is not such a valid timestamp.
std::optional<qint64> timestampMicroseconds(QByteArrayView text);

} // namespace tidemark::warehouse::postgres
