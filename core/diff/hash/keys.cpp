#include "diff/hash/keys.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace tidemark::diff::hashdiff {

namespace {

constexpr quint64 kSignBit = quint64(1) << 63;

__extension__ typedef __int128 Int128; // wide enough for the width of any range of 64-bit keys

void appendInteger(QByteArray *out, qint64 value)
{
    const quint64 v = quint64(value) ^ kSignBit; // negative numbers sort first
    char bytes[8];
    for (int i = 0; i < 8; ++i)
        bytes[i] = char((v >> (56 - 8 * i)) & 0xff);
    out->append(bytes, 8);
}

// A double's bits made to sort as the double does: negative numbers (all bits flipped) before
// positive ones (sign bit set); -0 as 0 and every NaN as one, after everything.
void appendFloat(QByteArray *out, double value)
{
    if (value == 0)
        value = 0; // -0
    quint64 bits = 0;
    if (std::isnan(value)) {
        bits = ~quint64(0);
    } else {
        std::memcpy(&bits, &value, sizeof bits);
        bits = (bits & kSignBit) ? ~bits : bits | kSignBit;
    }
    char bytes[8];
    for (int i = 0; i < 8; ++i)
        bytes[i] = char((bits >> (56 - 8 * i)) & 0xff);
    out->append(bytes, 8);
}

double floatOf(quint64 bits)
{
    if (bits == ~quint64(0))
        return std::nan("");
    bits = (bits & kSignBit) ? bits & ~kSignBit : ~bits;
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

quint64 readInteger(const char *data)
{
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | quint64(static_cast<unsigned char>(data[i]));
    return v;
}

// Text parts: 0x00 becomes 0x00 0xff, and 0x00 0x01 ends the part, so that a part that is a prefix
// of another sorts first and the parts of a composite key never run into each other.
void appendText(QByteArray *out, const QByteArray &text)
{
    if (!text.contains('\0')) {
        out->append(text);
    } else {
        for (const char c : text) {
            out->append(c);
            if (c == '\0')
                out->append('\xff');
        }
    }
    out->append('\0');
    out->append('\x01');
}

} // namespace

bool KeyCodec::encode(const warehouse::Row &row, int first, QByteArray *out) const
{
    out->clear();
    for (size_t i = 0; i < m_kinds.size(); ++i) {
        const QVariant v = row.value(first + int(i));
        if (v.isNull())
            return false;
        if (m_kinds[i] == KeyKind::Integer) {
            bool ok = false;
            const qint64 x = v.toLongLong(&ok);
            if (!ok)
                return false;
            appendInteger(out, x);
        } else if (m_kinds[i] == KeyKind::Float) {
            bool ok = false;
            const double x = v.toDouble(&ok);
            if (!ok)
                return false;
            appendFloat(out, x);
        } else if (v.metaType().id() == QMetaType::QByteArray) {
            appendText(out, v.toByteArray());
        } else {
            appendText(out, v.toString().toUtf8());
        }
    }
    return true;
}

QVariantList KeyCodec::decode(const QByteArray &key) const
{
    QVariantList parts;
    qsizetype pos = 0;
    for (const KeyKind kind : m_kinds) {
        if (kind == KeyKind::Integer || kind == KeyKind::Float) {
            if (pos + 8 > key.size())
                break;
            const quint64 bits = readInteger(key.constData() + pos);
            if (kind == KeyKind::Integer)
                parts << qint64(bits ^ kSignBit);
            else
                parts << floatOf(bits);
            pos += 8;
            continue;
        }
        QByteArray text;
        while (pos + 1 < key.size()) {
            const char c = key.at(pos);
            if (c == '\0') {
                if (key.at(pos + 1) == '\x01') {
                    pos += 2;
                    break;
                }
                text.append('\0');
                pos += 2;
                continue;
            }
            text.append(c);
            ++pos;
        }
        parts << QString::fromUtf8(text);
    }
    return parts;
}

QByteArray KeyCodec::encodeInteger(qint64 value)
{
    QByteArray out;
    appendInteger(&out, value);
    return out;
}

qint64 KeyCodec::decodeInteger(const QByteArray &key)
{
    return key.size() >= 8 ? qint64(readInteger(key.constData()) ^ kSignBit) : 0;
}

std::vector<QByteArray> IntegerSplitter::split(const KeyRange &range, int pieces) const
{
    const Int128 lo = range.lo ? KeyCodec::decodeInteger(*range.lo) : m_min;
    const Int128 hi = range.hi ? KeyCodec::decodeInteger(*range.hi) : Int128(m_max) + 1;
    std::vector<QByteArray> out;
    const Int128 width = hi - lo;
    if (width < 2 || pieces < 2)
        return out;
    const Int128 n = std::min<Int128>(pieces, width);
    for (Int128 i = 1; i < n; ++i)
        out.push_back(KeyCodec::encodeInteger(qint64(lo + width * i / n)));
    return out;
}

std::vector<QByteArray> SampleSplitter::split(const KeyRange &range, int pieces) const
{
    auto begin = range.lo ? std::upper_bound(m_sample.begin(), m_sample.end(), *range.lo)
                          : m_sample.begin();
    auto end = range.hi ? std::lower_bound(begin, m_sample.end(), *range.hi) : m_sample.end();
    std::vector<QByteArray> out;
    const qint64 inside = qint64(end - begin);
    if (inside <= 0 || pieces < 2)
        return out;
    const qint64 n = std::min<qint64>(pieces, inside + 1);
    for (qint64 i = 1; i < n; ++i) {
        const QByteArray &b = *(begin + (i * inside) / n);
        if (out.empty() || out.back() != b)
            out.push_back(b);
    }
    return out;
}

} // namespace tidemark::diff::hashdiff
