#pragma once

// Keys of the cross-database diff as the client holds them. Each key column is compared either as
// a 64-bit integer or as text that both databases order byte for byte (normalised text, C/binary
// collation). A key is encoded into bytes whose memcmp order is the order both databases sort it
// in, so that the client can merge two sorted streams and cut the key space into ranges that mean
// the same on both sides.

#include "warehouse/database.h"

#include <QByteArray>
#include <QVariantList>

#include <optional>
#include <vector>

namespace tidemark::diff::hashdiff {

// Integer: a 64-bit integer; Float: a double, ordered by value (-0 as 0, NaN after every number,
// as PostgreSQL orders them); Text: canonical text in byte order.
enum class KeyKind { Integer, Float, Text };

class KeyCodec final
{
public:
    KeyCodec() = default;
    explicit KeyCodec(std::vector<KeyKind> kinds)
        : m_kinds(std::move(kinds))
    {
    }

    const std::vector<KeyKind> &kinds() const { return m_kinds; }
    int size() const { return int(m_kinds.size()); }
    bool singleInteger() const
    {
        return m_kinds.size() == 1 && m_kinds.front() == KeyKind::Integer;
    }

    // Encodes the key held in the row's columns [first, first + size()); false when a part is NULL
    // or an integer part is not an integer.
    bool encode(const warehouse::Row &row, int first, QByteArray *out) const;
    // The parts of an encoded key: qint64 for integer parts, double for float parts, QString for
    // text parts.
    QVariantList decode(const QByteArray &key) const;

    static QByteArray encodeInteger(qint64 value);
    static qint64 decodeInteger(const QByteArray &key); // a single-integer key

private:
    std::vector<KeyKind> m_kinds;
};

// A range of keys [lo, hi) in the order above; no lo: from the first key, no hi: to the last.
struct KeyRange
{
    std::optional<QByteArray> lo;
    std::optional<QByteArray> hi;
    qint64 rowsA = 0; // rows of each side in the range (non-NULL keys), when known
    qint64 rowsB = 0;

    qint64 rows() const { return std::max(rowsA, rowsB); }
};

// Cuts a range into about `pieces` ranges of similar size: returns the boundaries inside it,
// sorted and distinct (empty when the range cannot be cut).
class RangeSplitter
{
public:
    virtual ~RangeSplitter() = default;
    virtual std::vector<QByteArray> split(const KeyRange &range, int pieces) const = 0;
};

// Single integer keys: equal widths between the smallest and the largest key of both sides.
class IntegerSplitter final : public RangeSplitter
{
public:
    IntegerSplitter(qint64 min, qint64 max)
        : m_min(min)
        , m_max(max)
    {
    }
    std::vector<QByteArray> split(const KeyRange &range, int pieces) const override;

private:
    qint64 m_min;
    qint64 m_max;
};

// Other keys: quantiles of a sample of the keys of both sides (sorted, distinct).
class SampleSplitter final : public RangeSplitter
{
public:
    explicit SampleSplitter(std::vector<QByteArray> sortedSample)
        : m_sample(std::move(sortedSample))
    {
    }
    std::vector<QByteArray> split(const KeyRange &range, int pieces) const override;

private:
    std::vector<QByteArray> m_sample;
};

} // namespace tidemark::diff::hashdiff
