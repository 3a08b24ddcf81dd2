#include "warehouse/postgres_text.h"

#include "warehouse/canonical_text.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace tidemark::warehouse::postgres {

namespace {

constexpr std::uint32_t rotateLeft(std::uint32_t x, int k)
{
    return (x << k) | (x >> (32 - k));
}

// lookup3's mix() and final(), written out step by step: they run for every value hashed, and the
// compiler keeps the straight-line form in registers (a loop over the three words does not).
// mix(): the three words of state stirred reversibly after each 12-byte block.
inline void mix(std::uint32_t &a, std::uint32_t &b, std::uint32_t &c)
{
    a -= c, a ^= rotateLeft(c, 4), c += b;
    b -= a, b ^= rotateLeft(a, 6), a += c;
    c -= b, c ^= rotateLeft(b, 8), b += a;
    a -= c, a ^= rotateLeft(c, 16), c += b;
    b -= a, b ^= rotateLeft(a, 19), a += c;
    c -= b, c ^= rotateLeft(b, 4), b += a;
}

// final(): the last, irreversible avalanche.
inline void finalMix(std::uint32_t &a, std::uint32_t &b, std::uint32_t &c)
{
    c ^= b, c -= rotateLeft(b, 14);
    a ^= c, a -= rotateLeft(c, 11);
    b ^= a, b -= rotateLeft(a, 25);
    c ^= b, c -= rotateLeft(b, 16);
    a ^= c, a -= rotateLeft(c, 4);
    b ^= a, b -= rotateLeft(a, 14);
    c ^= b, c -= rotateLeft(b, 24);
}

std::uint32_t littleEndianWord(const unsigned char *p)
{
    return std::uint32_t(p[0]) | (std::uint32_t(p[1]) << 8) | (std::uint32_t(p[2]) << 16)
        | (std::uint32_t(p[3]) << 24);
}

} // namespace

quint64 hashBytesExtended(const char *data, std::size_t size, quint64 seed)
{
    const auto *k = reinterpret_cast<const unsigned char *>(data);
    std::uint32_t length = std::uint32_t(size);
    std::uint32_t a = 0x9e3779b9u + length + 3923095u;
    std::uint32_t b = a;
    std::uint32_t c = a;
    if (seed != 0) { // the seed goes in as a first block of its own
        a += std::uint32_t(seed >> 32);
        b += std::uint32_t(seed);
        mix(a, b, c);
    }
    for (; length >= 12; length -= 12, k += 12) {
        a += littleEndianWord(k);
        b += littleEndianWord(k + 4);
        c += littleEndianWord(k + 8);
        mix(a, b, c);
    }
    // The last 0 to 11 bytes, little-endian into a and b; c's lowest byte is kept for the length
    // (only its three upper bytes take data).
    for (std::uint32_t i = 0; i < length; ++i) {
        const std::uint32_t byte = k[i];
        if (i < 4)
            a += byte << (8 * i);
        else if (i < 8)
            b += byte << (8 * (i - 4));
        else
            c += byte << (8 * (i - 7));
    }
    finalMix(a, b, c);
    return (quint64(b) << 32) | c;
}

quint64 hashUint32Extended(quint32 value, quint64 seed)
{
    std::uint32_t a = 0x9e3779b9u + 4u + 3923095u;
    std::uint32_t b = a;
    std::uint32_t c = a;
    if (seed != 0) {
        a += std::uint32_t(seed >> 32);
        b += std::uint32_t(seed);
        mix(a, b, c);
    }
    a += value;
    finalMix(a, b, c);
    return (quint64(b) << 32) | c;
}

quint64 hashInt8Extended(qint64 value, quint64 seed)
{
    // The high half folded into the low one so that equal int2, int4 and int8 values hash alike.
    const auto low = std::uint32_t(quint64(value));
    const auto high = std::uint32_t(quint64(value) >> 32);
    return hashUint32Extended(low ^ (value >= 0 ? high : ~high), seed);
}

quint64 hashFloat8Extended(double value, quint64 seed)
{
    if (value == 0) // 0 and -0 compare equal
        return seed;
    if (std::isnan(value))
        value = std::numeric_limits<double>::quiet_NaN();
    unsigned char bytes[8];
    std::memcpy(bytes, &value,
                sizeof bytes); // the server's byte order: little-endian (proved by the probe)
    return hashBytesExtended(reinterpret_cast<const char *>(bytes), sizeof bytes, seed);
}

std::optional<qint64> timestampMicroseconds(QByteArrayView t)
{
    // PostgreSQL's own output form only (no 24:00:00, no leap seconds).
    if (t.size() != 26 || t[10] != ' ' || t[19] != '.' || t.sliced(11, 2) > QByteArrayView("23")
        || t.sliced(17, 2) > QByteArrayView("59"))
        return std::nullopt;
    const auto micros = canonical::parseTimestamp(t);
    if (!micros)
        return std::nullopt;
    return *micros - canonical::daysFromCivil(2000, 1, 1) * 86400 * qint64(1000000);
}

} // namespace tidemark::warehouse::postgres
