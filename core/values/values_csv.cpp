#include "values/values_csv.h"
#include "common/translation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTime>

namespace tidemark::values {

namespace {

QList<int> allColumns(const QList<int> &compared, int count)
{
    if (!compared.isEmpty())
        return compared;
    QList<int> out;
    for (int i = 0; i < count; ++i)
        out << i;
    return out;
}

} // namespace

QString csvField(const QString &text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString csvRecord(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << csvField(f);
    return quoted.join(QLatin1Char(','));
}

QString valueText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::QDateTime:
        return value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case QMetaType::QDate: return value.toDate().toString(QStringLiteral("yyyy-MM-dd"));
    case QMetaType::QTime: return value.toTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case QMetaType::QByteArray: return QString::fromLatin1(value.toByteArray().toHex());
    default: return value.toString();
    }
}

QStringList csvHeader(const ValuesLayout &layout, const QList<int> &compared)
{
    QStringList out {QStringLiteral("kind")};
    out << layout.keyColumns;
    for (int i : allColumns(compared, int(layout.comparedColumns.size()))) {
        const QString &name = layout.comparedColumns.at(i);
        out << Tr::tr("%1 (prod)").arg(name) << Tr::tr("%1 (PR)").arg(name);
    }
    return out;
}

QStringList csvRow(const DifferingRow &row, const QList<int> &compared, int comparedCount)
{
    QStringList out {kindLabel(row.kind)};
    for (const QVariant &k : row.key)
        out << valueText(k);
    for (int i : allColumns(compared, comparedCount))
        out << valueText(row.a.value(i)) << valueText(row.b.value(i));
    return out;
}

Expected<qint64> writeValuesCsv(DifferingRows &rows, QIODevice &out, const QList<int> &compared,
                                diff::DiffControl *control, int pageSize)
{
    const int comparedCount = int(rows.layout().comparedColumns.size());
    for (int i : compared) {
        if (i < 0 || i >= comparedCount)
            return Error {Tr::tr("no compared column number %1").arg(i)};
    }
    auto write = [&out](const QStringList &fields) {
        const QByteArray line = csvRecord(fields).toUtf8() + "\r\n";
        return out.write(line) == line.size();
    };
    if (!write(csvHeader(rows.layout(), compared)))
        return Error {Tr::tr("cannot write the CSV file: %1").arg(out.errorString())};
    const qint64 total = rows.rowCount();
    qint64 written = 0;
    pageSize = std::max(1, pageSize);
    while (written < total) {
        if (control && control->isCancelled())
            return Error {Tr::tr("the export was cancelled")};
        auto page = rows.fetch(written, int(std::min<qint64>(pageSize, total - written)));
        if (!page)
            return page.error();
        if (page->empty())
            break;
        for (const DifferingRow &row : *page) {
            if (!write(csvRow(row, compared, comparedCount)))
                return Error {Tr::tr("cannot write the CSV file: %1").arg(out.errorString())};
        }
        written += qint64(page->size());
        if (control)
            control->report(double(written) / double(std::max<qint64>(1, total)),
                            Tr::tr("Exporting rows"));
    }
    return written;
}

} // namespace tidemark::values
