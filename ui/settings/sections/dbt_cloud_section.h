#pragma once

// The dbt Cloud section: the access URL and token, the account and the two jobs, picked from lists
// read from the API (once the URL and token look right, after a pause in the typing), and a Test
// button that lists the accounts the token sees.

#include "cloud/dbt_cloud.h"
#include "review/services.h"
#include "settings/sections/settings_section.h"

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace tidemark::ui {

class DbtCloudSection final : public SettingsSection
{
    Q_OBJECT

public:
    explicit DbtCloudSection(review::Services services, QWidget *parent = nullptr);

    void load(const ci::Integration &integration) override;
    void store(ci::Integration &integration) const override;
    QStringList validate() override;

    // The token (a secret: kept out of the integration).
    QString token() const;
    void setToken(const QString &token);

    // With local artifacts the access URL may stay empty.
    void setLocalArtifacts(bool local);

Q_SIGNALS:
    void accountsLoaded(int count);
    void jobsLoaded(int count);
    void remoteFailed(const QString &message); // accounts or jobs could not be read
    // The Test button's answer ("dbtCloud").
    void testFinished(const QString &what, bool ok, const QString &message);

private:
    void scheduleAccounts();
    void fetchAccounts();
    void fetchJobs();
    void fillJobCombos();
    void test();

    review::Services m_services;
    bool m_localArtifacts = false;
    // The pickers: what the integration had, kept until the lists arrive.
    qint64 m_wantedAccountId = 0;
    qint64 m_wantedArtifactsJobId = 0;
    qint64 m_wantedPrJobId = 0;
    std::vector<cloud::Job> m_jobs;
    bool m_jobsLoaded = false;
    // Answers to older requests are dropped.
    int m_accountsGeneration = 0;
    int m_jobsGeneration = 0;
    QTimer *m_accountsTimer = nullptr;

    QLineEdit *m_accessUrl = nullptr;
    QLabel *m_accessUrlHint = nullptr;
    QLineEdit *m_token = nullptr;
    QComboBox *m_account = nullptr;
    QProgressBar *m_accountsBusy = nullptr;
    QLabel *m_accountsStatus = nullptr;
    QComboBox *m_artifactsJob = nullptr;
    QComboBox *m_prJob = nullptr;
    QCheckBox *m_showAllJobs = nullptr;
    QLabel *m_jobsStatus = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testStatus = nullptr;
};

} // namespace tidemark::ui
