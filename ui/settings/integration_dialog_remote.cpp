// IntegrationDialog's calls to the outside world, each on a worker thread with its answer brought
// back to the dialog by whenFinished(this, ...) (async.h): the dbt Cloud accounts and jobs, the
// three Test buttons, the secrets of an integration being edited, and importing a profiles.yml
// target. A generation counter drops answers that a newer request has overtaken.

#include "integration_dialog.h"

#include "tasks/async.h"

#include "cloud/dbt_cloud_client.h"
#include "integration_form.h"
#include "profile_import_dialog.h"
#include "secrets/secret_store.h"
#include "warehouse/connection_spec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace tidemark::ui {

namespace {

QString jobLabel(const cloud::Job &job)
{
    return job.isCi ? QCoreApplication::translate("tidemark::ui::IntegrationDialog", "%1 (CI, #%2)")
                          .arg(job.name)
                          .arg(job.id)
                    : QCoreApplication::translate("tidemark::ui::IntegrationDialog", "%1 (#%2)")
                          .arg(job.name)
                          .arg(job.id);
}

// Fills `combo` with "(none)" and `jobs`, selecting `wanted` (added as "Job #id" when missing).
void fillJobCombo(QComboBox *combo, const std::vector<const cloud::Job *> &jobs, qint64 wanted,
                  bool loaded)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(QCoreApplication::translate("tidemark::ui::IntegrationDialog", "(none)"),
                   qint64(0));
    for (const cloud::Job *job : jobs)
        combo->addItem(jobLabel(*job), job->id);
    if (wanted != 0 && combo->findData(wanted) < 0) {
        combo->addItem(
            loaded ? QCoreApplication::translate("tidemark::ui::IntegrationDialog",
                                                 "Job #%1 (not in this account)")
                         .arg(wanted)
                   : QCoreApplication::translate("tidemark::ui::IntegrationDialog", "Job #%1")
                         .arg(wanted),
            wanted);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(wanted)));
}

} // namespace

void IntegrationDialog::scheduleAccounts()
{
    ++m_accountsGeneration; // answers to earlier URL/token pairs no longer count
    m_accountsBusy->setVisible(false);
    m_accountsTimer->start();
}

void IntegrationDialog::fetchAccounts()
{
    const QString accessUrl = m_accessUrl->text().trimmed();
    const QString token = m_dbtToken->text().trimmed();
    if (accessUrl.isEmpty() || token.isEmpty()) {
        form::setStatus(m_accountsStatus, form::Status::Neutral,
                        tr("Enter the access URL and a token to list the accounts."));
        return;
    }
    if (auto normalized = cloud::DbtCloudClient::normalizeAccessUrl(accessUrl); !normalized) {
        form::setStatus(m_accountsStatus, form::Status::Error, normalized.errorMessage());
        return;
    }
    if (m_account->currentData().toLongLong() != 0)
        m_wantedAccountId = m_account->currentData().toLongLong();
    const int generation = ++m_accountsGeneration;
    m_accountsBusy->setVisible(true);
    form::setStatus(m_accountsStatus, form::Status::Busy, tr("Loading the accounts…"));
    runAsync(
        this,
        [factory = m_services.dbtCloud, accessUrl, token] {
            return factory(accessUrl, token, nullptr)->accounts();
        },
        [this, generation](const Expected<std::vector<cloud::Account>> &accounts) {
            if (generation != m_accountsGeneration)
                return;
            m_accountsBusy->setVisible(false);
            if (!accounts) {
                form::setStatus(m_accountsStatus, form::Status::Error, accounts.errorMessage());
                Q_EMIT remoteFailed(accounts.errorMessage());
                return;
            }
            {
                const QSignalBlocker blocker(m_account);
                m_account->clear();
                for (const cloud::Account &account : *accounts)
                    m_account->addItem(tr("%1 (#%2)").arg(account.name).arg(account.id),
                                       account.id);
                if (m_wantedAccountId != 0 && m_account->findData(m_wantedAccountId) < 0)
                    m_account->addItem(
                        tr("Account #%1 (not visible to this token)").arg(m_wantedAccountId),
                        m_wantedAccountId);
                m_account->setCurrentIndex(
                    m_wantedAccountId != 0 ? m_account->findData(m_wantedAccountId) : 0);
            }
            if (accounts->empty())
                form::setStatus(m_accountsStatus, form::Status::Error,
                                tr("The token sees no accounts."));
            else
                form::setStatus(m_accountsStatus, form::Status::Ok,
                                accounts->size() == 1
                                    ? tr("1 account found.")
                                    : tr("%1 accounts found.").arg(accounts->size()));
            Q_EMIT accountsLoaded(int(accounts->size()));
            fetchJobs();
        });
}

void IntegrationDialog::fetchJobs()
{
    const qint64 accountId = m_account->currentData().toLongLong();
    if (accountId != 0)
        m_wantedAccountId = accountId;
    // Keep what is picked now across the reload.
    if (m_jobsLoaded) {
        m_wantedArtifactsJobId = m_artifactsJob->currentData().toLongLong();
        m_wantedPrJobId = m_prJob->currentData().toLongLong();
    }
    const QString accessUrl = m_accessUrl->text().trimmed();
    const QString token = m_dbtToken->text().trimmed();
    if (accountId == 0 || token.isEmpty())
        return;
    const int generation = ++m_jobsGeneration;
    form::setStatus(m_jobsStatus, form::Status::Busy, tr("Loading the jobs…"));
    runAsync(
        this,
        [factory = m_services.dbtCloud, accessUrl, token, accountId] {
            return factory(accessUrl, token, nullptr)->jobs(accountId);
        },
        [this, generation](const Expected<std::vector<cloud::Job>> &jobs) {
            if (generation != m_jobsGeneration)
                return;
            if (!jobs) {
                form::setStatus(m_jobsStatus, form::Status::Error, jobs.errorMessage());
                Q_EMIT remoteFailed(jobs.errorMessage());
                return;
            }
            m_jobs = *jobs;
            m_jobs.erase(std::remove_if(m_jobs.begin(), m_jobs.end(),
                                        [](const cloud::Job &j) { return j.state == 2; }),
                         m_jobs.end());
            m_jobsLoaded = true;
            fillJobCombos();
            Q_EMIT jobsLoaded(int(m_jobs.size()));
        });
}

void IntegrationDialog::fillJobCombos()
{
    if (m_jobsLoaded && m_artifactsJob->count() > 0) {
        m_wantedArtifactsJobId = m_artifactsJob->currentData().toLongLong();
        m_wantedPrJobId = m_prJob->currentData().toLongLong();
    }
    std::vector<const cloud::Job *> all;
    std::vector<const cloud::Job *> ci;
    for (const cloud::Job &job : m_jobs) {
        all.push_back(&job);
        if (job.isCi)
            ci.push_back(&job);
    }
    // Artifacts: production jobs first. Pull requests: CI jobs first, or only them.
    std::vector<const cloud::Job *> productionFirst = all;
    std::stable_partition(productionFirst.begin(), productionFirst.end(),
                          [](const cloud::Job *j) { return !j->isCi; });
    std::vector<const cloud::Job *> ciFirst = all;
    std::stable_partition(ciFirst.begin(), ciFirst.end(),
                          [](const cloud::Job *j) { return j->isCi; });
    const bool showAll = m_showAllJobs->isChecked() || (m_jobsLoaded && ci.empty());

    fillJobCombo(m_artifactsJob, productionFirst, m_wantedArtifactsJobId, m_jobsLoaded);
    fillJobCombo(m_prJob, showAll ? ciFirst : ci, m_wantedPrJobId, m_jobsLoaded);
    if (!m_jobsLoaded)
        return;
    if (all.empty())
        form::setStatus(m_jobsStatus, form::Status::Error, tr("The account has no jobs."));
    else if (ci.empty())
        form::setStatus(m_jobsStatus, form::Status::Neutral,
                        tr("%1 jobs; none is a CI job, so all are offered.").arg(all.size()));
    else
        form::setStatus(m_jobsStatus, form::Status::Ok,
                        tr("%1 jobs, %2 of them CI.").arg(all.size()).arg(ci.size()));
}

void IntegrationDialog::testRepository()
{
    const ci::RepositorySettings repository = repositorySettings();
    const QString token = m_gitToken->text().trimmed();
    form::setStatus(m_repositoryStatus, form::Status::Busy, tr("Reading the open pull requests…"));
    m_testRepository->setEnabled(false);
    runAsync(
        this,
        [factory = m_services.codeHost, repository, token]() -> Expected<QString> {
            auto host = factory(repository, token, nullptr);
            if (!host)
                return Error {host.errorMessage()};
            auto pulls = (*host)->openPullRequests();
            if (!pulls)
                return Error {pulls.errorMessage()};
            return pulls->size() == 1
                ? tr("Connected to %1: 1 open pull request.").arg((*host)->providerName())
                : tr("Connected to %1: %2 open pull requests.")
                      .arg((*host)->providerName())
                      .arg(pulls->size());
        },
        [this](const Expected<QString> &result) {
            m_testRepository->setEnabled(true);
            const QString message = result ? *result : result.errorMessage();
            form::setStatus(m_repositoryStatus, result ? form::Status::Ok : form::Status::Error,
                            message);
            Q_EMIT testFinished(QStringLiteral("repository"), result.hasValue(), message);
        });
}

void IntegrationDialog::testConnection()
{
    const QString url = connectionUrl();
    if (url.isEmpty()) {
        form::setStatus(m_connectionStatus, form::Status::Error, tr("Enter the connection first."));
        Q_EMIT testFinished(QStringLiteral("connection"), false, m_connectionStatus->text());
        return;
    }
    auto spec = warehouse::parseConnectionUrl(url, m_password->text());
    if (!spec) {
        form::setStatus(m_connectionStatus, form::Status::Error, spec.errorMessage());
        Q_EMIT testFinished(QStringLiteral("connection"), false, spec.errorMessage());
        return;
    }
    form::setStatus(m_connectionStatus, form::Status::Busy,
                    tr("Connecting to %1…").arg(spec->redacted()));
    m_testConnection->setEnabled(false);
    runAsync(
        this,
        [open = m_services.openDatabase, spec = *spec]() -> Expected<QString> {
            auto db = open(spec);
            if (!db)
                return Error {db.errorMessage()};
            QString answer;
            auto ran = (*db)->query(QStringLiteral("SELECT 1"), {},
                                    [&answer](const warehouse::Row &row) {
                                        answer = row.value(0).toString();
                                        return false;
                                    });
            if (!ran)
                return Error {ran.errorMessage()};
            return tr("Connected to %1 (SELECT 1 returned %2).").arg(spec.redacted(), answer);
        },
        [this](const Expected<QString> &result) {
            m_testConnection->setEnabled(true);
            const QString message = result ? *result : result.errorMessage();
            form::setStatus(m_connectionStatus, result ? form::Status::Ok : form::Status::Error,
                            message);
            Q_EMIT testFinished(QStringLiteral("connection"), result.hasValue(), message);
        });
}

void IntegrationDialog::testDbtCloud()
{
    const QString accessUrl = m_accessUrl->text().trimmed();
    const QString token = m_dbtToken->text().trimmed();
    if (token.isEmpty()) {
        form::setStatus(m_dbtCloudStatus, form::Status::Error,
                        tr("Enter a dbt Cloud token first."));
        Q_EMIT testFinished(QStringLiteral("dbtCloud"), false, m_dbtCloudStatus->text());
        return;
    }
    form::setStatus(m_dbtCloudStatus, form::Status::Busy, tr("Asking dbt Cloud…"));
    m_testDbtCloud->setEnabled(false);
    runAsync(
        this,
        [factory = m_services.dbtCloud, accessUrl, token]() -> Expected<QString> {
            auto accounts = factory(accessUrl, token, nullptr)->accounts();
            if (!accounts)
                return Error {accounts.errorMessage()};
            return accounts->size() == 1
                ? tr("Connected: the token sees 1 account.")
                : tr("Connected: the token sees %1 accounts.").arg(accounts->size());
        },
        [this](const Expected<QString> &result) {
            m_testDbtCloud->setEnabled(true);
            const QString message = result ? *result : result.errorMessage();
            form::setStatus(m_dbtCloudStatus, result ? form::Status::Ok : form::Status::Error,
                            message);
            Q_EMIT testFinished(QStringLiteral("dbtCloud"), result.hasValue(), message);
        });
}

void IntegrationDialog::importFromProfiles()
{
    auto *chooser = new ProfileImportDialog(m_services.environment, this);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QDialog::accepted, this, [this, chooser] {
        const profiles::ProfileConnection connection = chooser->connection();
        applyConnection(connection.url, connection.password);
        form::setStatus(m_connectionStatus, form::Status::Neutral,
                        tr("Imported target “%1” of profile “%2”.")
                            .arg(chooser->targetName(), chooser->profileName()));
    });
    chooser->open();
}

void IntegrationDialog::applyConnection(const QString &url, const QString &password)
{
    setConnectionUrl(url);
    m_password->setText(password);
    validate();
}

void IntegrationDialog::loadSecrets(const QString &integrationName)
{
    if (!m_secrets)
        return;
    ci::Integration keys;
    keys.name = integrationName;
    struct Loaded
    {
        QString dbtToken;
        QString gitToken;
        QString password;
        QString error;
    };
    m_validation->setText(tr("Reading the secrets from the keychain…"));
    runAsync(
        this,
        [store = m_secrets, keys]() {
            Loaded loaded;
            const auto read = [&](const QString &key, QString *into) {
                auto secret = store->read(key);
                if (!secret) {
                    if (loaded.error.isEmpty())
                        loaded.error = secret.errorMessage();
                    return;
                }
                if (*secret)
                    *into = **secret;
            };
            read(keys.dbtCloudTokenKey(), &loaded.dbtToken);
            read(keys.gitTokenKey(), &loaded.gitToken);
            read(keys.warehousePasswordKey(), &loaded.password);
            return loaded;
        },
        [this](const Loaded &loaded) {
            // A secret the user has typed meanwhile wins.
            if (m_dbtToken->text().isEmpty())
                m_dbtToken->setText(loaded.dbtToken);
            if (m_gitToken->text().isEmpty())
                m_gitToken->setText(loaded.gitToken);
            if (m_password->text().isEmpty())
                m_password->setText(loaded.password);
            validate();
            if (!loaded.error.isEmpty())
                m_validation->setText(tr("The secrets could not be read: %1").arg(loaded.error));
            Q_EMIT secretsLoaded();
        });
}

} // namespace tidemark::ui
