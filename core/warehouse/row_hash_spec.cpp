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
    return QLatin1String(hash == RowHashKind::PostgresText ? "pg:" : "md5:") + tokens.join(QLatin1Char(','));
}

} // namespace tidemark::warehouse
