#include "warehouse/table_name.h"
#include "common/translation.h"

#include <QCoreApplication>

namespace tidemark::warehouse {

QString TableName::display() const
{
    QStringList out;
    for (const QString &part : parts) {
        bool plain = !part.isEmpty() && !part.front().isDigit();
        for (QChar c : part) {
            if (!(c.isLetterOrNumber() || c == QLatin1Char('_')))
                plain = false;
        }
        out << (plain ? part
                      : QLatin1Char('"')
                        + QString(part).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                        + QLatin1Char('"'));
    }
    return out.join(QLatin1Char('.'));
}

Expected<TableName> parseTableName(const QString &text)
{
    auto bad = [&text](const QString &why) {
        return Error {Tr::tr("table name \"%1\": %2").arg(text, why)};
    };
    TableName name;
    QString current;
    bool inQuote = false;
    QChar quote;
    bool quotedPart = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuote) {
            if (c == quote) {
                if (i + 1 < text.size() && text.at(i + 1) == quote) {
                    current += c;
                    ++i;
                } else {
                    inQuote = false;
                }
            } else {
                current += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('`')) {
            if (!current.isEmpty())
                return bad(Tr::tr("a quote in the middle of a name part"));
            inQuote = true;
            quote = c;
            quotedPart = true;
        } else if (c == QLatin1Char('.')) {
            if (current.isEmpty() && !quotedPart)
                return bad(Tr::tr("an empty part"));
            name.parts << current;
            current.clear();
            quotedPart = false;
        } else if (c.isSpace() && !quotedPart) {
            if (!current.trimmed().isEmpty() && i + 1 < text.size()
                && !text.mid(i).trimmed().isEmpty())
                return bad(Tr::tr("spaces need double quotes around the part"));
        } else {
            if (quotedPart)
                return bad(Tr::tr("text after a closing quote"));
            current += c;
        }
    }
    if (inQuote)
        return bad(Tr::tr("an unclosed quote"));
    if (current.isEmpty() && !quotedPart)
        return bad(Tr::tr("an empty part"));
    name.parts << current;
    if (name.parts.size() > 3)
        return bad(Tr::tr("more than three parts (database.schema.table)"));
    return name;
}

} // namespace tidemark::warehouse
