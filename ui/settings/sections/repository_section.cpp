#include "settings/sections/repository_section.h"

#include "settings/integration_form.h"
#include "tasks/async.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

namespace tidemark::ui {

namespace {

const QString kGitHubApi = QStringLiteral("https://api.github.com");
const QString kGitLabApi = QStringLiteral("https://gitlab.com/api/v4");

} // namespace

RepositorySection::RepositorySection(review::Services services, QWidget *parent)
    : SettingsSection(tr("Repository"), QStringLiteral("repositoryGroup"), parent)
    , m_services(std::move(services))
{
    auto *form = form::makeFormLayout(this);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_provider->addItem(tr("GitHub"), QStringLiteral("github"));
    m_provider->addItem(tr("GitHub Enterprise"), QStringLiteral("github-enterprise"));
    m_provider->addItem(tr("GitLab"), QStringLiteral("gitlab"));
    form->addRow(tr("&Provider:"), m_provider);
    m_apiUrl = form::makeLineEdit(QStringLiteral("apiUrlEdit"), kGitHubApi, this);
    m_apiUrlHint = form::makeHint(QStringLiteral("apiUrlHint"), this);
    form->addRow(tr("API &base URL:"), form::withHint(m_apiUrl, m_apiUrlHint));
    m_repository = form::makeLineEdit(QStringLiteral("repositoryEdit"), tr("owner/name"), this);
    m_repositoryHint = form::makeHint(QStringLiteral("repositoryHint"), this);
    form->addRow(tr("&Repository:"), form::withHint(m_repository, m_repositoryHint));
    m_token = form::makeSecretEdit(QStringLiteral("gitTokenEdit"), this);
    m_token->setPlaceholderText(tr("Personal access token"));
    form->addRow(tr("Access &token:"), m_token);
    m_test = new QPushButton(tr("Test"), this);
    m_test->setMinimumWidth(90);
    m_test->setObjectName(QStringLiteral("testRepositoryButton"));
    m_test->setToolTip(tr("Read the repository's open pull requests"));
    m_status = form::makeStatus(QStringLiteral("repositoryStatus"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_test);
    row->addWidget(form::keepRow(m_status), 1);
    form->addRow(QString(), row);

    connect(m_provider, &QComboBox::currentIndexChanged, this,
            &RepositorySection::onProviderChanged);
    connect(m_test, &QPushButton::clicked, this, &RepositorySection::test);
    watchEdits();
    connect(m_provider, &QComboBox::currentIndexChanged, this, &RepositorySection::changed);
    onProviderChanged();
}

void RepositorySection::onProviderChanged()
{
    const QString provider = m_provider->currentData().toString();
    const QString current = m_apiUrl->text().trimmed();
    if (provider == QLatin1String("github")) {
        m_apiUrl->setText(kGitHubApi);
        m_apiUrl->setReadOnly(true);
        m_apiUrl->setPlaceholderText(kGitHubApi);
        m_repository->setPlaceholderText(tr("owner/name"));
    } else if (provider == QLatin1String("github-enterprise")) {
        m_apiUrl->setReadOnly(false);
        if (current == kGitHubApi || current == kGitLabApi)
            m_apiUrl->clear();
        m_apiUrl->setPlaceholderText(tr("https://github.example.com/api/v3"));
        m_repository->setPlaceholderText(tr("owner/name"));
    } else {
        m_apiUrl->setReadOnly(false);
        if (current.isEmpty() || current == kGitHubApi)
            m_apiUrl->setText(kGitLabApi);
        m_apiUrl->setPlaceholderText(kGitLabApi);
        m_repository->setPlaceholderText(tr("group/subgroup/name"));
    }
}

void RepositorySection::load(const ci::Integration &integration)
{
    const ci::RepositorySettings &repository = integration.repository;
    QString provider = repository.provider;
    if (provider == QLatin1String("github") && !repository.apiUrl.isEmpty()
        && repository.apiUrl != kGitHubApi)
        provider = QStringLiteral("github-enterprise");
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(provider)));
    onProviderChanged();
    if (provider != QLatin1String("github"))
        m_apiUrl->setText(repository.apiUrl);
    m_repository->setText(repository.owner.isEmpty() && repository.name.isEmpty()
                              ? QString()
                              : repository.owner + QLatin1Char('/') + repository.name);
}

void RepositorySection::store(ci::Integration &integration) const
{
    integration.repository = settings();
}

ci::RepositorySettings RepositorySection::settings() const
{
    ci::RepositorySettings repository;
    const QString provider = m_provider->currentData().toString();
    repository.provider
        = provider == QLatin1String("gitlab") ? QStringLiteral("gitlab") : QStringLiteral("github");
    repository.apiUrl = m_apiUrl->text().trimmed();
    if (repository.apiUrl.isEmpty())
        repository.apiUrl = provider == QLatin1String("gitlab") ? kGitLabApi : kGitHubApi;
    const QString full = m_repository->text().trimmed();
    const qsizetype slash = full.lastIndexOf(QLatin1Char('/'));
    if (slash > 0) {
        repository.owner = full.left(slash);
        repository.name = full.mid(slash + 1);
    } else {
        repository.name = full;
    }
    return repository;
}

QStringList RepositorySection::validate()
{
    QStringList problems;
    const QString provider = m_provider->currentData().toString();
    QString apiProblem;
    if (provider != QLatin1String("github")) {
        const QUrl api(m_apiUrl->text().trimmed(), QUrl::StrictMode);
        if (m_apiUrl->text().trimmed().isEmpty())
            apiProblem = tr("Enter the API base URL, like %1.").arg(m_apiUrl->placeholderText());
        else if (!api.isValid() || api.host().isEmpty()
                 || (api.scheme() != QLatin1String("https")
                     && api.scheme() != QLatin1String("http")))
            apiProblem = tr("The API base URL must be an http(s) URL, like %1.")
                             .arg(m_apiUrl->placeholderText());
    }
    check(problems, m_apiUrlHint, apiProblem);
    const QString repository = m_repository->text().trimmed();
    const ci::RepositorySettings parsed = settings();
    check(problems, m_repositoryHint,
          !repository.isEmpty()
                  && (parsed.owner.isEmpty() || parsed.name.isEmpty()
                      || repository.contains(QLatin1Char(' ')))
              ? tr("Write the repository as owner/name.")
              : QString());
    return problems;
}

QString RepositorySection::token() const
{
    return m_token->text().trimmed();
}

void RepositorySection::setToken(const QString &token)
{
    m_token->setText(token);
}

void RepositorySection::test()
{
    const ci::RepositorySettings repository = settings();
    const QString token = m_token->text().trimmed();
    form::setStatus(m_status, form::Status::Busy, tr("Reading the open pull requests…"));
    m_test->setEnabled(false);
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
            m_test->setEnabled(true);
            const QString message = result ? *result : result.errorMessage();
            form::setStatus(m_status, result ? form::Status::Ok : form::Status::Error, message);
            Q_EMIT testFinished(QStringLiteral("repository"), result.hasValue(), message);
        });
}

} // namespace tidemark::ui
