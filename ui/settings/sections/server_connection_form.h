#pragma once

// The connection form of the warehouses reached as a server: host, port and database, written as
// SCHEME://user@host:port/database. PostgreSQL (and Redshift) and MySQL (and MariaDB) share it,
// so that switching between them keeps what was typed.

#include "settings/sections/connection_form.h"

class QLineEdit;
class QSpinBox;

namespace tidemark::ui {

class ServerConnectionForm final : public ConnectionForm
{
    Q_OBJECT

public:
    explicit ServerConnectionForm(QWidget *parent = nullptr);

    QList<Kind> kinds() const override;
    void setKind(const QString &id) override;
    bool usesPassword() const override { return true; }

    QString url(const QString &user) const override;
    void setUrl(const warehouse::ConnectionSpec &spec) override;
    void clear() override;
    QString validationError(const QString &user) const override;

private:
    QString m_kind;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
};

} // namespace tidemark::ui
