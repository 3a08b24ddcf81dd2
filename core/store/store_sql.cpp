#include "store/store_sql.h"
#include "common/translation.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tidemark::store {

namespace {

// The driver's words, cleaned to one line without a trailing full stop.
QString driverText(QString text)
{
    text = text.simplified();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Expected<void> Transaction::begin()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error {query.lastError().text()};
    m_open = true;
    return {};
}

Expected<void> Transaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString text = query.lastError().text();
        rollback();
        return Error {text};
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    m_open = false;
}

Error sqlError(const QString &action, const Error &driverError, const QString &path)
{
    const QString text = driverText(driverError.message);
    const QString lower = text.toLower();
    if (lower.contains(QLatin1String("database is locked"))
        || lower.contains(QLatin1String("database is busy")))
        return Error {
            Tr::tr(
                "%1: another Tidemark process kept the store locked for more than 10 seconds; try "
                "again when it has finished")
                .arg(action)};
    if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only")))
        return Error {Tr::tr("%1: the file or its folder is read-only; check the permissions of %2")
                          .arg(action, path)};
    if (lower.contains(QLatin1String("disk is full"))
        || lower.contains(QLatin1String("database or disk is full")))
        return Error {Tr::tr("%1: the disk is full; free some space and try again").arg(action)};
    if (lower.contains(QLatin1String("malformed"))
        || lower.contains(QLatin1String("not a database")))
        return Error {
            Tr::tr("%1: the file is damaged or is not a results store (%2); move it aside to "
                   "start a new "
                   "store")
                .arg(action, text)};
    if (lower.contains(QLatin1String("unable to open")))
        return Error {
            Tr::tr("%1: %2; check that the folder exists and is writable").arg(action, text)};
    return Error {
        Tr::tr("%1: %2").arg(action, text.isEmpty() ? Tr::tr("unknown database error") : text)};
}

Error sqlError(const QString &action, const QSqlError &error, const QString &path)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return sqlError(action, Error {text}, path);
}

QString storedTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString storedNow()
{
    return storedTime(QDateTime::currentDateTimeUtc());
}

QDateTime timeFromStored(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.toUTC();
}

QVariant storedJson(const nlohmann::json &json)
{
    if (json.is_null())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromStdString(
        json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

Expected<nlohmann::json> jsonFromStored(const QVariant &value)
{
    if (value.isNull())
        return nlohmann::json();
    const QByteArray text = value.toString().toUtf8();
    nlohmann::json json = nlohmann::json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    if (json.is_discarded())
        return Error {Tr::tr("it is not valid JSON")};
    return json;
}

} // namespace tidemark::store
