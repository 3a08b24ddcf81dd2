#pragma once

// A small chooser for "Import from profiles.yml…": the file (dbt's default location to start
// with), a profile and one of its targets, and a preview of the connection it makes (password
// hidden). env_var() is resolved through the given environment lookup.

#include "profiles/dbt_profiles.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tidemark::ui {

class ProfileImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileImportDialog(profiles::EnvironmentLookup environment,
                                 QWidget *parent = nullptr);

    void setProfilesPath(const QString &path);
    QString profileName() const;
    QString targetName() const;
    // The chosen target's connection (valid when the OK button is enabled).
    profiles::ProfileConnection connection() const
    {
        return m_connection.value_or(profiles::ProfileConnection {});
    }

private:
    void reload();
    void fillTargets();
    void preview();

    profiles::EnvironmentLookup m_environment;
    std::optional<profiles::DbtProfiles> m_profiles;
    std::optional<profiles::ProfileConnection> m_connection;

    QLineEdit *m_path = nullptr;
    QComboBox *m_profile = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tidemark::ui
