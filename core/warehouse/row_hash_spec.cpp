#include "warehouse/row_hash_spec.h"

#include <QStringList>

namespace tidemark::warehouse {

QString rowHashSpec(RowHashKind hash, const std::vector<RowTextPart> &parts)
{
    QStringList tokens;
    for (const RowTextPart &part : parts) {
        QString token(QLatin1Char(static_cast<char>(part.kind)));
        if (part.kind == RowText::Fixed) {
            token += QString::number(part.scale);
            if (part.nativeScale >= 0)
                token += QLatin1Char('/') + QString::number(part.nativeScale);
        } else if (part.kind == RowText::Timestamp) {
            token += QString::number(part.length);
        }
        tokens << token;
    }
    return QLatin1String(hash == RowHashKind::PostgresColumns ? "pgc:" : "md5:") + tokens.join(QLatin1Char(','));
}

qint64 nullColumnHash(int position)
{
    // splitmix64's finaliser of the position: a fixed, well-spread value per column.
    quint64 z = quint64(position + 1) * 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return qint64(z ^ (z >> 31));
}

} // namespace tidemark::warehouse
