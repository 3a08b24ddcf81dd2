#include "settings/sections/odbc_connection_form.h"

#include "settings/integration_form.h"
#include "warehouse/connection_spec.h"

#include <QLineEdit>
#include <QUrl>
#include <QUrlQuery>

namespace tidemark::ui {

OdbcConnectionForm::OdbcConnectionForm(QWidget *parent)
    : ConnectionForm(parent)
{
    m_dsn = form::makeLineEdit(
        QStringLiteral("odbcDsnEdit"),
        tr("Data source name, or a connection string: driver=...;server=..."), this);
    addRow(tr("D&SN:"), m_dsn);
    watchEdits();
}

QList<ConnectionForm::Kind> OdbcConnectionForm::kinds() const
{
    return {{QStringLiteral("odbc"), tr("ODBC")}};
}

QString OdbcConnectionForm::url(const QString &user) const
{
    const QString text = m_dsn->text().trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1Char('=')) && user.isEmpty())
        return QStringLiteral("odbc://") + QString::fromUtf8(QUrl::toPercentEncoding(text));
    // A connection string ("driver=...;server=...") or a DSN with a user: odbc:///?k=v&...
    QUrlQuery query;
    if (!text.contains(QLatin1Char('='))) {
        query.addQueryItem(QStringLiteral("dsn"), text);
    } else {
        for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            if (eq > 0)
                query.addQueryItem(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
        }
    }
    if (!user.isEmpty())
        query.addQueryItem(QStringLiteral("uid"), user);
    // Every character that means something in a URL query is encoded in the values.
    QString encoded;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += QLatin1Char('&');
        encoded += QString::fromUtf8(QUrl::toPercentEncoding(key)) + QLatin1Char('=')
            + QString::fromUtf8(QUrl::toPercentEncoding(value));
    }
    return QStringLiteral("odbc:///?") + encoded;
}

void OdbcConnectionForm::setUrl(const warehouse::ConnectionSpec &spec)
{
    // A DSN alone shows as its name; a connection string as it is (its user is in the User field).
    const QString &text = spec.odbcConnectionString;
    const bool dsnOnly = text.startsWith(QLatin1String("DSN="), Qt::CaseInsensitive)
        && !text.contains(QLatin1Char(';'));
    m_dsn->setText(dsnOnly ? text.mid(4) : text);
}

void OdbcConnectionForm::clear()
{
    m_dsn->clear();
}

} // namespace tidemark::ui
