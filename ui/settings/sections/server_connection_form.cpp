#include "settings/sections/server_connection_form.h"

#include "settings/integration_form.h"
#include "warehouse/connection_spec.h"

#include <QLineEdit>
#include <QSpinBox>
#include <QUrl>

namespace tidemark::ui {

namespace {

const QString kPostgreSQL = QStringLiteral("postgresql");
const QString kMySQL = QStringLiteral("mysql");

} // namespace

ServerConnectionForm::ServerConnectionForm(QWidget *parent)
    : ConnectionForm(parent)
    , m_kind(kPostgreSQL)
{
    m_host = form::makeLineEdit(QStringLiteral("hostEdit"), tr("warehouse.example.com"), this);
    addRow(tr("&Host:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Default"));
    m_port->setMinimumWidth(140);
    m_port->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    addRow(tr("P&ort:"), m_port);
    m_database = form::makeLineEdit(QStringLiteral("databaseEdit"), tr("analytics"), this);
    addRow(tr("Data&base:"), m_database);
    watchEdits();
}

QList<ConnectionForm::Kind> ServerConnectionForm::kinds() const
{
    return {{kPostgreSQL, tr("PostgreSQL / Redshift")}, {kMySQL, tr("MySQL / MariaDB")}};
}

void ServerConnectionForm::setKind(const QString &id)
{
    m_kind = id;
    m_port->setSpecialValueText(id == kMySQL ? tr("Default (3306)") : tr("Default (5432)"));
}

QString ServerConnectionForm::url(const QString &user) const
{
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    if (host.isEmpty() && database.isEmpty() && user.isEmpty())
        return {};
    QUrl url;
    url.setScheme(m_kind);
    url.setHost(host);
    if (m_port->value() > 0)
        url.setPort(m_port->value());
    if (!user.isEmpty())
        url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    return url.toString(QUrl::FullyEncoded);
}

void ServerConnectionForm::setUrl(const warehouse::ConnectionSpec &spec)
{
    m_host->setText(spec.host);
    m_port->setValue(spec.port);
    m_database->setText(spec.database);
}

void ServerConnectionForm::clear()
{
    m_host->clear();
    m_port->setValue(0);
    m_database->clear();
}

QString ServerConnectionForm::validationError(const QString &user) const
{
    const QString host = m_host->text().trimmed();
    const bool any = !host.isEmpty() || !m_database->text().trimmed().isEmpty() || !user.isEmpty();
    if (any && host.isEmpty())
        return tr("Enter the warehouse's host.");
    if (any && m_database->text().trimmed().isEmpty())
        return tr("Enter the database to connect to.");
    if (m_host->text().contains(QLatin1Char(' ')) || m_host->text().contains(QLatin1Char('/')))
        return tr("The host is a name or an address, without spaces or slashes.");
    if (any) {
        if (auto spec = warehouse::parseConnectionUrl(url(user)); !spec)
            return spec.errorMessage();
    }
    return {};
}

} // namespace tidemark::ui
