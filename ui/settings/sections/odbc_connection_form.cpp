#include "settings/sections/odbc_connection_form.h"

#include "settings/integration_form.h"
#include "warehouse/connection_spec.h"

#include <QLineEdit>
#include <QUrl>

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
    const bool connectionString = text.contains(QLatin1Char('='));
    if (!connectionString && user.isEmpty())
        return QStringLiteral("odbc://") + QString::fromUtf8(QUrl::toPercentEncoding(text));
    // A connection string ("driver=...;server=...") or a DSN with a user: odbc:///?k=v&..., each
    // key and value percent-encoded.
    QStringList parts = connectionString ? text.split(QLatin1Char(';'), Qt::SkipEmptyParts)
                                         : QStringList {QStringLiteral("dsn=") + text};
    if (!user.isEmpty())
        parts << QStringLiteral("uid=") + user;
    QStringList items;
    for (const QString &part : std::as_const(parts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        items << QString::fromUtf8(QUrl::toPercentEncoding(part.left(eq).trimmed()))
                + QLatin1Char('=')
                + QString::fromUtf8(QUrl::toPercentEncoding(part.mid(eq + 1).trimmed()));
    }
    return QStringLiteral("odbc:///?") + items.join(QLatin1Char('&'));
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
