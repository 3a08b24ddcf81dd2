#pragma once

// The connection form of an ODBC data source: its DSN, as odbc://DSN.

#include "settings/sections/connection_form.h"

class QLineEdit;

namespace tidemark::ui {

class OdbcConnectionForm final : public ConnectionForm
{
    Q_OBJECT

public:
    explicit OdbcConnectionForm(QWidget *parent = nullptr);

    QList<Kind> kinds() const override;
    bool usesPassword() const override { return true; }

    QString url(const QString &user) const override;
    void setUrl(const warehouse::ConnectionSpec &spec) override;
    void clear() override;

private:
    QLineEdit *m_dsn = nullptr;
};

} // namespace tidemark::ui
