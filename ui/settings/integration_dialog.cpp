#include "integration_dialog.h"

#include "tasks/async.h"

#include "cloud/dbt_cloud_client.h"
#include "integration_form.h"
#include "secrets/secret_store.h"
#include "warehouse/connection_spec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <limits>

namespace tidemark::ui {

namespace {

const QString kGitHubApi = QStringLiteral("https://api.github.com");
const QString kGitLabApi = QStringLiteral("https://gitlab.com/api/v4");

// Lines of a multi-line edit, trimmed, without blank lines.
QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    const QStringList all = edit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

QWidget *scrolled(QWidget *page)
{
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

} // namespace

IntegrationDialog::IntegrationDialog(ci::IntegrationCatalog catalog,
                                     std::shared_ptr<secrets::SecretStore> secrets,
                                     review::Services services, QWidget *parent)
    : QDialog(parent)
    , m_catalog(std::move(catalog))
    , m_secrets(std::move(secrets))
    , m_services(std::move(services))
{
    setObjectName(QStringLiteral("integrationDialog"));
    setWindowTitle(tr("New Integration"));
    for (const ci::CatalogEntry &entry : m_catalog.list()) {
        if (entry.integration)
            m_takenNames << entry.integration->name.trimmed();
    }

    m_accountsTimer = new QTimer(this);
    m_accountsTimer->setObjectName(QStringLiteral("accountsDebounce"));
    m_accountsTimer->setSingleShot(true);
    m_accountsTimer->setInterval(600);
    connect(m_accountsTimer, &QTimer::timeout, this, &IntegrationDialog::fetchAccounts);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scrolled(buildBasicPage()), tr("Basic"));
    m_tabs->addTab(scrolled(buildAdvancedPage()), tr("Advanced"));

    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("validationLabel"));
    m_validation->setWordWrap(true);
    m_validation->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IntegrationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IntegrationDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_validation, 1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    connectValidation();
    onProviderChanged();
    onDriverChanged();
    setIntegration(ci::Integration {});
    resize(1000, 660);
}

IntegrationDialog::~IntegrationDialog() = default;

void IntegrationDialog::connectValidation()
{
    const auto lineEdits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : lineEdits)
        connect(edit, &QLineEdit::textChanged, this, &IntegrationDialog::validate);
    connect(m_localArtifacts, &QGroupBox::toggled, this, &IntegrationDialog::validate);
    connect(m_driver, &QComboBox::currentIndexChanged, this, &IntegrationDialog::validate);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &IntegrationDialog::validate);
}

void IntegrationDialog::onProviderChanged()
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

void IntegrationDialog::onDriverChanged()
{
    const QString driver = m_driver->currentData().toString();
    const bool server = driver == QLatin1String("postgresql") || driver == QLatin1String("mysql");
    const bool sqlite = driver == QLatin1String("sqlite");
    const bool odbc = driver == QLatin1String("odbc");
    // The rows of this driver are put into the form and the others taken out. (Never hidden rows:
    // QFormLayout of Qt 6.4.2 overruns its row arrays when rows are hidden, with
    // setRowVisible or by hiding their widgets.)
    std::vector<std::pair<QLabel *, QWidget *>> wanted;
    if (server) {
        wanted = {{m_hostLabel, m_host},
                  {m_portLabel, m_port},
                  {m_databaseLabel, m_database},
                  {m_userLabel, m_user},
                  {m_passwordLabel, m_password}};
    } else if (sqlite) {
        wanted = {{m_sqliteLabel, m_sqliteRow}};
    } else if (odbc) {
        wanted = {{m_odbcLabel, m_odbcDsn}, {m_userLabel, m_user}, {m_passwordLabel, m_password}};
    }
    for (QWidget *field :
         {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
          static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user),
          static_cast<QWidget *>(m_password), m_sqliteRow, static_cast<QWidget *>(m_odbcDsn)}) {
        QWidget *label = m_connectionForm->labelForField(field);
        if (m_connectionForm->indexOf(field) >= 0) {
            const QFormLayout::TakeRowResult taken = m_connectionForm->takeRow(field);
            delete taken.labelItem;
            delete taken.fieldItem;
        }
        if (label)
            label->hide();
        field->hide();
    }
    int row = 1; // after the driver
    for (const auto &[label, field] : wanted) {
        m_connectionForm->insertRow(row++, label, field);
        label->show();
        field->show();
    }
    m_port->setSpecialValueText(driver == QLatin1String("mysql") ? tr("Default (3306)")
                                                                 : tr("Default (5432)"));
}

QString IntegrationDialog::connectionUrl() const
{
    const QString driver = m_driver->currentData().toString();
    if (driver == QLatin1String("sqlite")) {
        const QString file = m_sqliteFile->text().trimmed();
        if (file.isEmpty())
            return {};
        return QStringLiteral("sqlite://") + QDir::cleanPath(QDir::fromNativeSeparators(file));
    }
    if (driver == QLatin1String("odbc")) {
        const QString dsn = m_odbcDsn->text().trimmed();
        if (dsn.isEmpty())
            return {};
        return QStringLiteral("odbc://") + QString::fromUtf8(QUrl::toPercentEncoding(dsn));
    }
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    if (host.isEmpty() && database.isEmpty() && m_user->text().trimmed().isEmpty())
        return {};
    QUrl url;
    url.setScheme(driver);
    url.setHost(host);
    if (m_port->value() > 0)
        url.setPort(m_port->value());
    if (!m_user->text().trimmed().isEmpty())
        url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + database);
    return url.toString(QUrl::FullyEncoded);
}

void IntegrationDialog::setConnectionUrl(const QString &url)
{
    m_host->clear();
    m_port->setValue(0);
    m_database->clear();
    m_user->clear();
    m_sqliteFile->clear();
    m_odbcDsn->clear();
    if (url.isEmpty())
        return;
    auto spec = warehouse::parseConnectionUrl(url);
    if (!spec) {
        form::setHint(m_connectionHint, spec.errorMessage());
        return;
    }
    m_driver->setCurrentIndex(
        m_driver->findData(QString::fromLatin1(warehouse::toString(spec->driver))));
    switch (spec->driver) {
    case warehouse::Driver::SQLite:
        m_sqliteFile->setText(QDir::toNativeSeparators(spec->database));
        break;
    case warehouse::Driver::ODBC:
        m_odbcDsn->setText(spec->odbcConnectionString.startsWith(QLatin1String("DSN="))
                               ? spec->odbcConnectionString.mid(4)
                               : spec->odbcConnectionString);
        break;
    case warehouse::Driver::PostgreSQL:
    case warehouse::Driver::MySQL:
        m_host->setText(spec->host);
        m_port->setValue(spec->port);
        m_database->setText(spec->database);
        m_user->setText(spec->user);
        break;
    }
}

ci::RepositorySettings IntegrationDialog::repositorySettings() const
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

void IntegrationDialog::setIntegration(const ci::Integration &i)
{
    m_base = i;
    m_name->setText(i.name);
    m_primaryKeyTag->setText(i.primaryKeyTag);

    QString provider = i.repository.provider;
    if (provider == QLatin1String("github") && !i.repository.apiUrl.isEmpty()
        && i.repository.apiUrl != kGitHubApi)
        provider = QStringLiteral("github-enterprise");
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(provider)));
    onProviderChanged();
    if (provider != QLatin1String("github"))
        m_apiUrl->setText(i.repository.apiUrl);
    m_repository->setText(i.repository.owner.isEmpty() && i.repository.name.isEmpty()
                              ? QString()
                              : i.repository.owner + QLatin1Char('/') + i.repository.name);

    setConnectionUrl(i.connectionUrl);

    m_accessUrl->setText(i.dbtCloud.accessUrl);
    m_wantedAccountId = i.dbtCloud.accountId;
    m_wantedArtifactsJobId = i.dbtCloud.artifactsJobId;
    m_wantedPrJobId = i.dbtCloud.prJobId;
    {
        const QSignalBlocker blocker(m_account);
        m_account->clear();
        if (m_wantedAccountId != 0)
            m_account->addItem(tr("Account %1").arg(m_wantedAccountId), m_wantedAccountId);
    }
    m_jobs.clear();
    m_jobsLoaded = false;
    fillJobCombos();

    m_localArtifacts->setChecked(i.artifacts.has_value());
    m_prodManifest->setText(i.artifacts ? QDir::toNativeSeparators(i.artifacts->prod) : QString());
    m_prManifest->setText(i.artifacts ? QDir::toNativeSeparators(i.artifacts->pr) : QString());

    m_ciEnabled->setChecked(i.ci.enabled);
    m_importMetadata->setChecked(i.ci.importDbtMetadata);
    m_slimDiff->setChecked(i.ci.slimDiff);
    m_diffExposures->setChecked(i.ci.diffExposures);
    m_failOnPk->setChecked(i.ci.failOnPrimaryKeyIssues);
    m_failOnErrors->setChecked(i.ci.failOnErrors);
    m_prLabel->setText(i.ci.prLabel);
    m_diffThreshold->setValue(i.ci.diffThreshold);
    m_filesToIgnore->setPlainText(i.ci.filesToIgnore.join(QLatin1Char('\n')));
    m_baseBranch->setText(i.ci.baseBranch);
    m_commitSelection->setCurrentIndex(
        std::max(0, m_commitSelection->findData(i.ci.commitSelection)));
    m_columnsToIgnore->setPlainText(i.ci.columnsToIgnore.join(QLatin1Char('\n')));
    m_sampling->setChecked(i.ci.sampling.enabled);
    m_samplingTolerance->setValue(i.ci.sampling.tolerance);
    m_samplingConfidence->setValue(i.ci.sampling.confidence);
    m_samplingThreshold->setValue(
        int(std::min<qint64>(i.ci.sampling.threshold, std::numeric_limits<int>::max())));
    validate();
}

ci::Integration IntegrationDialog::integration() const
{
    ci::Integration i = m_base;
    i.name = m_name->text().trimmed();
    i.primaryKeyTag = m_primaryKeyTag->text().trimmed();
    i.repository = repositorySettings();
    i.connectionUrl = connectionUrl();
    i.dbtCloud.accessUrl = m_accessUrl->text().trimmed();
    i.dbtCloud.accountId = m_account->currentData().toLongLong();
    i.dbtCloud.artifactsJobId = m_artifactsJob->currentData().toLongLong();
    i.dbtCloud.prJobId = m_prJob->currentData().toLongLong();
    if (m_localArtifacts->isChecked()) {
        ci::LocalArtifacts local = m_base.artifacts.value_or(ci::LocalArtifacts {});
        local.prod = QDir::fromNativeSeparators(m_prodManifest->text().trimmed());
        local.pr = QDir::fromNativeSeparators(m_prManifest->text().trimmed());
        i.artifacts = local;
    } else {
        i.artifacts.reset();
    }
    i.ci.enabled = m_ciEnabled->isChecked();
    i.ci.importDbtMetadata = m_importMetadata->isChecked();
    i.ci.slimDiff = m_slimDiff->isChecked();
    i.ci.diffExposures = m_diffExposures->isChecked();
    i.ci.failOnPrimaryKeyIssues = m_failOnPk->isChecked();
    i.ci.failOnErrors = m_failOnErrors->isChecked();
    i.ci.prLabel = m_prLabel->text().trimmed();
    i.ci.diffThreshold = m_diffThreshold->value();
    i.ci.filesToIgnore = lines(m_filesToIgnore);
    i.ci.baseBranch = m_baseBranch->text().trimmed();
    i.ci.commitSelection = m_commitSelection->currentData().toString();
    i.ci.columnsToIgnore = lines(m_columnsToIgnore);
    i.ci.sampling.enabled = m_sampling->isChecked();
    i.ci.sampling.tolerance = m_samplingTolerance->value();
    i.ci.sampling.confidence = m_samplingConfidence->value();
    i.ci.sampling.threshold = m_samplingThreshold->value();
    return i;
}

void IntegrationDialog::validate()
{
    QStringList problems;
    const auto check = [&problems](QLabel *hint, const QString &problem) {
        form::setHint(hint, problem);
        if (!problem.isEmpty())
            problems << problem;
    };

    const QString name = m_name->text().trimmed();
    QString nameProblem;
    if (name.isEmpty()) {
        nameProblem = tr("Enter a name for the integration.");
    } else {
        for (const QString &taken : std::as_const(m_takenNames)) {
            if (taken.compare(name, Qt::CaseInsensitive) == 0)
                nameProblem = tr("Another integration is already named \"%1\".").arg(name);
        }
    }
    check(m_nameHint, nameProblem);
    check(m_primaryKeyTagHint,
          m_primaryKeyTag->text().trimmed().isEmpty() ? tr("Enter the tag that marks primary keys.")
                                                      : QString());

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
    check(m_apiUrlHint, apiProblem);
    const QString repository = m_repository->text().trimmed();
    const ci::RepositorySettings settings = repositorySettings();
    check(m_repositoryHint,
          !repository.isEmpty()
                  && (settings.owner.isEmpty() || settings.name.isEmpty()
                      || repository.contains(QLatin1Char(' ')))
              ? tr("Write the repository as owner/name.")
              : QString());

    QString connectionProblem;
    const QString driver = m_driver->currentData().toString();
    if (driver == QLatin1String("postgresql") || driver == QLatin1String("mysql")) {
        const bool any = !m_host->text().trimmed().isEmpty()
            || !m_database->text().trimmed().isEmpty() || !m_user->text().trimmed().isEmpty();
        if (any && m_host->text().trimmed().isEmpty())
            connectionProblem = tr("Enter the warehouse's host.");
        else if (any && m_database->text().trimmed().isEmpty())
            connectionProblem = tr("Enter the database to connect to.");
        else if (m_host->text().contains(QLatin1Char(' '))
                 || m_host->text().contains(QLatin1Char('/')))
            connectionProblem = tr("The host is a name or an address, without spaces or slashes.");
        if (connectionProblem.isEmpty() && any) {
            if (auto spec = warehouse::parseConnectionUrl(connectionUrl()); !spec)
                connectionProblem = spec.errorMessage();
        }
    }
    check(m_connectionHint, connectionProblem);

    QString accessProblem;
    const QString accessUrl = m_accessUrl->text().trimmed();
    if (accessUrl.isEmpty()) {
        if (!m_localArtifacts->isChecked())
            accessProblem = tr("Enter the dbt Cloud access URL, or use local artifacts.");
    } else if (auto normalized = cloud::DbtCloudClient::normalizeAccessUrl(accessUrl);
               !normalized) {
        accessProblem = normalized.errorMessage();
    }
    check(m_accessUrlHint, accessProblem);

    QString artifactsProblem;
    if (m_localArtifacts->isChecked()) {
        if (m_prodManifest->text().trimmed().isEmpty() || m_prManifest->text().trimmed().isEmpty())
            artifactsProblem = tr("Choose the production and the pull request manifest.");
    }
    check(m_artifactsHint, artifactsProblem);

    m_validationError = problems.isEmpty() ? QString() : problems.first();
    m_validation->setText(m_saving ? m_validation->text() : m_validationError);
    QPushButton *save = m_buttons ? m_buttons->button(QDialogButtonBox::Save) : nullptr;
    if (save) {
        save->setEnabled(problems.isEmpty() && !m_saving);
        save->setToolTip(m_validationError);
    }
}

Expected<void> IntegrationDialog::loadIntegration(const QString &path)
{
    auto loaded = m_catalog.load(path);
    if (!loaded)
        return Error {loaded.errorMessage()};
    m_path = QFileInfo(path).absoluteFilePath();
    m_takenNames.removeAll(loaded->name.trimmed());
    setWindowTitle(tr("Integration “%1”").arg(loaded->name));
    setIntegration(*loaded);
    loadSecrets(loaded->name);
    return {};
}

void IntegrationDialog::accept()
{
    validate();
    if (!m_validationError.isEmpty() || m_saving)
        return;
    m_saving = true;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_validation->setStyleSheet(QString());
    m_validation->setText(tr("Saving…"));

    struct Secret
    {
        QString key;
        QString value;
    };
    const ci::Integration i = integration();
    const std::vector<Secret> secretValues = {{i.dbtCloudTokenKey(), m_dbtToken->text().trimmed()},
                                              {i.gitTokenKey(), m_gitToken->text().trimmed()},
                                              {i.warehousePasswordKey(), m_password->text()}};
    // The path written (even when the secrets then failed, so that a retry saves the same file).
    struct Outcome
    {
        QString path;
        QString error;
    };
    auto work
        = [catalog = m_catalog, store = m_secrets, i, path = m_path, secretValues]() -> Outcome {
        Outcome outcome {path, {}};
        if (outcome.path.isEmpty()) {
            auto created = catalog.create(i);
            if (!created)
                return {QString(), created.errorMessage()};
            outcome.path = *created;
        } else if (auto saved = catalog.save(i, outcome.path, store.get()); !saved) {
            return {outcome.path, saved.errorMessage()};
        }
        if (store) {
            for (const Secret &secret : secretValues) {
                auto done = secret.value.isEmpty() ? store->remove(secret.key)
                                                   : store->write(secret.key, secret.value);
                if (!done) {
                    outcome.error = tr("The settings were saved, but not the secrets: %1")
                                        .arg(done.errorMessage());
                    break;
                }
            }
        }
        return outcome;
    };
    runAsync(this, work, [this, name = i.name](const Outcome &outcome) {
        m_saving = false;
        m_validation->setStyleSheet(QStringLiteral("color: #c62828;"));
        if (!outcome.path.isEmpty() && m_path.isEmpty()) {
            m_path = outcome.path; // created: from now on this file is the one edited
            m_takenNames.removeAll(name);
        }
        if (!outcome.error.isEmpty()) {
            m_validation->setText(outcome.error);
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
            Q_EMIT saveFailed(outcome.error);
            return;
        }
        Q_EMIT saved(m_path);
        QDialog::accept();
    });
}

} // namespace tidemark::ui
