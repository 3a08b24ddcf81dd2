#include "settings/sections/sqlite_connection_form.h"

#include "settings/integration_form.h"
#include "warehouse/connection_spec.h"

#include <QDir>
#include <QLineEdit>

namespace tidemark::ui {

SqliteConnectionForm::SqliteConnectionForm(QWidget *parent)
    : ConnectionForm(parent)
{
    m_file
        = form::makeLineEdit(QStringLiteral("sqliteFileEdit"), tr("/path/to/warehouse.db"), this);
    auto *browse
        = form::makeBrowseButton(QStringLiteral("sqliteBrowseButton"), m_file,
                                 tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    addRow(tr("&File:"), form::withButton(m_file, browse), m_file);
    watchEdits();
}

QList<ConnectionForm::Kind> SqliteConnectionForm::kinds() const
{
    return {{QStringLiteral("sqlite"), tr("SQLite")}};
}

QString SqliteConnectionForm::url(const QString &) const
{
    const QString file = m_file->text().trimmed();
    if (file.isEmpty())
        return {};
    return QStringLiteral("sqlite://") + QDir::cleanPath(QDir::fromNativeSeparators(file));
}

void SqliteConnectionForm::setUrl(const warehouse::ConnectionSpec &spec)
{
    m_file->setText(QDir::toNativeSeparators(spec.database));
}

void SqliteConnectionForm::clear()
{
    m_file->clear();
}

} // namespace tidemark::ui
