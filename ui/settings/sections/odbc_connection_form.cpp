#include "settings/sections/odbc_connection_form.h"

#include "settings/integration_form.h"
#include "warehouse/connection_spec.h"

#include <QLineEdit>
#include <QUrl>

namespace tidemark::ui {

OdbcConnectionForm::OdbcConnectionForm(QWidget *parent)
    : ConnectionForm(parent)
{
    m_dsn = form::makeLineEdit(QStringLiteral("odbcDsnEdit"), tr("Data source name"), this);
    addRow(tr("D&SN:"), m_dsn);
    watchEdits();
}

QList<ConnectionForm::Kind> OdbcConnectionForm::kinds() const
{
    return {{QStringLiteral("odbc"), tr("ODBC")}};
}

QString OdbcConnectionForm::url(const QString &) const
{
    const QString dsn = m_dsn->text().trimmed();
    if (dsn.isEmpty())
        return {};
    return QStringLiteral("odbc://") + QString::fromUtf8(QUrl::toPercentEncoding(dsn));
}

void OdbcConnectionForm::setUrl(const warehouse::ConnectionSpec &spec)
{
    m_dsn->setText(spec.odbcConnectionString.startsWith(QLatin1String("DSN="))
                       ? spec.odbcConnectionString.mid(4)
                       : spec.odbcConnectionString);
}

void OdbcConnectionForm::clear()
{
    m_dsn->clear();
}

} // namespace tidemark::ui
