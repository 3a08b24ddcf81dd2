#pragma once

// The Repository section: the code host (GitHub, GitHub Enterprise or GitLab), its API URL, the
// repository and its access token, and a Test button that reads the open pull requests.

#include "review/services.h"
#include "settings/sections/settings_section.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tidemark::ui {

class RepositorySection final : public SettingsSection
{
    Q_OBJECT

public:
    explicit RepositorySection(review::Services services, QWidget *parent = nullptr);

    void load(const ci::Integration &integration) override;
    void store(ci::Integration &integration) const override;
    QStringList validate() override;

    // The access token (a secret: kept out of the integration).
    QString token() const;
    void setToken(const QString &token);

Q_SIGNALS:
    // The Test button's answer ("repository").
    void testFinished(const QString &what, bool ok, const QString &message);

private:
    void onProviderChanged();
    ci::RepositorySettings settings() const;
    void test();

    review::Services m_services;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_apiUrl = nullptr;
    QLabel *m_apiUrlHint = nullptr;
    QLineEdit *m_repository = nullptr;
    QLabel *m_repositoryHint = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace tidemark::ui
