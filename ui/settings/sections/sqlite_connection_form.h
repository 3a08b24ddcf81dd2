#pragma once

// The connection form of an SQLite file: its path, with a Browse button, as sqlite://PATH.

#include "settings/sections/connection_form.h"

class QLineEdit;

namespace tidemark::ui {

class SqliteConnectionForm final : public ConnectionForm
{
    Q_OBJECT

public:
    explicit SqliteConnectionForm(QWidget *parent = nullptr);

    QList<Kind> kinds() const override;
    bool usesPassword() const override { return false; }

    QString url(const QString &user) const override;
    void setUrl(const warehouse::ConnectionSpec &spec) override;
    void clear() override;

private:
    QLineEdit *m_file = nullptr;
};

} // namespace tidemark::ui
