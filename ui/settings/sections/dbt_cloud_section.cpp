#include "settings/sections/dbt_cloud_section.h"

#include "cloud/dbt_cloud_client.h"
#include "settings/integration_form.h"
#include "tasks/async.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace tidemark::ui {

namespace {

QComboBox *jobCombo(const QString &objectName, const QString &toolTip, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    return combo;
}

QString jobLabel(const cloud::Job &job)
{
    return job.isCi ? DbtCloudSection::tr("%1 (CI, #%2)").arg(job.name).arg(job.id)
                    : DbtCloudSection::tr("%1 (#%2)").arg(job.name).arg(job.id);
}

// Fills `combo` with "(none)" and `jobs`, selecting `wanted` (added as "Job #id" when missing).
void fillJobCombo(QComboBox *combo, const std::vector<const cloud::Job *> &jobs, qint64 wanted,
                  bool loaded)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(DbtCloudSection::tr("(none)"), qint64(0));
    for (const cloud::Job *job : jobs)
        combo->addItem(jobLabel(*job), job->id);
    if (wanted != 0 && combo->findData(wanted) < 0) {
        combo->addItem(loaded ? DbtCloudSection::tr("Job #%1 (not in this account)").arg(wanted)
                              : DbtCloudSection::tr("Job #%1").arg(wanted),
                       wanted);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(wanted)));
}

} // namespace

DbtCloudSection::DbtCloudSection(review::Services services, QWidget *parent)
    : SettingsSection(tr("dbt Cloud"), QStringLiteral("dbtCloudGroup"), parent)
    , m_services(std::move(services))
{
    m_accountsTimer = new QTimer(this);
    m_accountsTimer->setObjectName(QStringLiteral("accountsDebounce"));
    m_accountsTimer->setSingleShot(true);
    m_accountsTimer->setInterval(600);
    connect(m_accountsTimer, &QTimer::timeout, this, &DbtCloudSection::fetchAccounts);

    auto *form = form::makeFormLayout(this);
    m_accessUrl = form::makeLineEdit(QStringLiteral("accessUrlEdit"),
                                     QStringLiteral("https://cloud.getdbt.com"), this);
    m_accessUrl->setToolTip(tr("Your region's or account's URL: https://cloud.getdbt.com, "
                               "https://ACCOUNT_PREFIX.us1.dbt.com, https://emea.dbt.com, …"));
    m_accessUrlHint = form::makeHint(QStringLiteral("accessUrlHint"), this);
    form->addRow(tr("Access &URL:"), form::withHint(m_accessUrl, m_accessUrlHint));
    m_token = form::makeSecretEdit(QStringLiteral("dbtTokenEdit"), this);
    m_token->setPlaceholderText(tr("Service token or personal access token"));
    form->addRow(tr("&Token:"), m_token);

    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("accountCombo"));
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_account->setMinimumContentsLength(16);
    m_accountsBusy = new QProgressBar(this);
    m_accountsBusy->setObjectName(QStringLiteral("accountsBusy"));
    m_accountsBusy->setRange(0, 0);
    m_accountsBusy->setTextVisible(false);
    m_accountsBusy->setFixedSize(64, 12);
    m_accountsBusy->setVisible(false);
    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(m_account, 1);
    accountRow->addWidget(m_accountsBusy);
    auto *accountLabel = new QLabel(tr("&Account:"), this);
    accountLabel->setBuddy(m_account);
    form->addRow(accountLabel, accountRow);
    m_accountsStatus = form::makeStatus(QStringLiteral("accountsStatus"), this);
    form::setStatus(m_accountsStatus, form::Status::Neutral,
                    tr("Enter the access URL and a token to list the accounts."));
    form->addRow(QString(), form::keepRow(m_accountsStatus));

    m_artifactsJob = jobCombo(QStringLiteral("artifactsJobCombo"),
                              tr("The production job whose runs hold the production manifest "
                                 "(a dbt ls job on merge to main, or the production build)"),
                              this);
    form->addRow(tr("Artifacts &job:"), m_artifactsJob);
    m_prJob = jobCombo(QStringLiteral("prJobCombo"),
                       tr("The dbt Cloud CI job that builds pull requests"), this);
    form->addRow(tr("&Pull request job:"), m_prJob);
    m_showAllJobs = form::makeCheckBox(
        QStringLiteral("showAllJobsCheck"), tr("Show all jobs, not only CI jobs"),
        tr("List every job of the account for the pull request job"), this);
    form->addRow(QString(), m_showAllJobs);
    m_jobsStatus = form::makeStatus(QStringLiteral("jobsStatus"), this);
    form->addRow(QString(), form::keepRow(m_jobsStatus));

    m_test = new QPushButton(tr("Test"), this);
    m_test->setMinimumWidth(90);
    m_test->setObjectName(QStringLiteral("testDbtCloudButton"));
    m_test->setToolTip(tr("List the accounts the token can see"));
    m_testStatus = form::makeStatus(QStringLiteral("dbtCloudStatus"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_test);
    row->addWidget(form::keepRow(m_testStatus), 1);
    form->addRow(QString(), row);

    connect(m_accessUrl, &QLineEdit::textChanged, this, &DbtCloudSection::scheduleAccounts);
    connect(m_token, &QLineEdit::textChanged, this, &DbtCloudSection::scheduleAccounts);
    connect(m_account, &QComboBox::currentIndexChanged, this, &DbtCloudSection::fetchJobs);
    connect(m_showAllJobs, &QCheckBox::toggled, this, &DbtCloudSection::fillJobCombos);
    connect(m_test, &QPushButton::clicked, this, &DbtCloudSection::test);
    watchEdits();
}

void DbtCloudSection::load(const ci::Integration &integration)
{
    const ci::DbtCloudSettings &cloud = integration.dbtCloud;
    m_accessUrl->setText(cloud.accessUrl);
    m_wantedAccountId = cloud.accountId;
    m_wantedArtifactsJobId = cloud.artifactsJobId;
    m_wantedPrJobId = cloud.prJobId;
    {
        const QSignalBlocker blocker(m_account);
        m_account->clear();
        if (m_wantedAccountId != 0)
            m_account->addItem(tr("Account %1").arg(m_wantedAccountId), m_wantedAccountId);
    }
    m_jobs.clear();
    m_jobsLoaded = false;
    fillJobCombos();
}

void DbtCloudSection::store(ci::Integration &integration) const
{
    integration.dbtCloud.accessUrl = m_accessUrl->text().trimmed();
    integration.dbtCloud.accountId = m_account->currentData().toLongLong();
    integration.dbtCloud.artifactsJobId = m_artifactsJob->currentData().toLongLong();
    integration.dbtCloud.prJobId = m_prJob->currentData().toLongLong();
}

QStringList DbtCloudSection::validate()
{
    QStringList problems;
    QString accessProblem;
    const QString accessUrl = m_accessUrl->text().trimmed();
    if (accessUrl.isEmpty()) {
        if (!m_localArtifacts)
            accessProblem = tr("Enter the dbt Cloud access URL, or use local artifacts.");
    } else if (auto normalized = cloud::DbtCloudClient::normalizeAccessUrl(accessUrl);
               !normalized) {
        accessProblem = normalized.errorMessage();
    }
    check(problems, m_accessUrlHint, accessProblem);
    return problems;
}

QString DbtCloudSection::token() const
{
    return m_token->text().trimmed();
}

void DbtCloudSection::setToken(const QString &token)
{
    m_token->setText(token);
}

void DbtCloudSection::setLocalArtifacts(bool local)
{
    m_localArtifacts = local;
    Q_EMIT changed();
}

void DbtCloudSection::scheduleAccounts()
{
    ++m_accountsGeneration; // answers to earlier URL/token pairs no longer count
    m_accountsBusy->setVisible(false);
    m_accountsTimer->start();
}

void DbtCloudSection::fetchAccounts()
{
    const QString accessUrl = m_accessUrl->text().trimmed();
    const QString token = m_token->text().trimmed();
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

void DbtCloudSection::fetchJobs()
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
    const QString token = m_token->text().trimmed();
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

void DbtCloudSection::fillJobCombos()
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

void DbtCloudSection::test()
{
    const QString accessUrl = m_accessUrl->text().trimmed();
    const QString token = m_token->text().trimmed();
    if (token.isEmpty()) {
        form::setStatus(m_testStatus, form::Status::Error, tr("Enter a dbt Cloud token first."));
        Q_EMIT testFinished(QStringLiteral("dbtCloud"), false, m_testStatus->text());
        return;
    }
    form::setStatus(m_testStatus, form::Status::Busy, tr("Asking dbt Cloud…"));
    m_test->setEnabled(false);
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
            m_test->setEnabled(true);
            const QString message = result ? *result : result.errorMessage();
            form::setStatus(m_testStatus, result ? form::Status::Ok : form::Status::Error, message);
            Q_EMIT testFinished(QStringLiteral("dbtCloud"), result.hasValue(), message);
        });
}

} // namespace tidemark::ui
