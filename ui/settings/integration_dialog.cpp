#include "settings/integration_dialog.h"

#include "secrets/secret_store.h"
#include "settings/sections/artifacts_section.h"
#include "settings/sections/ci_section.h"
#include "settings/sections/connection_section.h"
#include "settings/sections/dbt_cloud_section.h"
#include "settings/sections/general_section.h"
#include "settings/sections/repository_section.h"
#include "settings/sections/sampling_section.h"
#include "settings/sections/scope_section.h"
#include "tasks/async.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tidemark::ui {

namespace {

QWidget *scrolled(QWidget *page)
{
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

// General, Repository and Data Connection on the left; dbt Cloud and local artifacts on the right.
QWidget *basicPage(QWidget *general, QWidget *repository, QWidget *connection, QWidget *dbtCloud,
                   QWidget *artifacts)
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("basicPage"));
    auto *grid = new QGridLayout(page);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    grid->addWidget(general, 0, 0);
    grid->addWidget(repository, 1, 0);
    grid->addWidget(connection, 2, 0);
    grid->addWidget(dbtCloud, 0, 1, 2, 1);
    grid->addWidget(artifacts, 2, 1, Qt::AlignTop);
    grid->setRowStretch(3, 1);
    return page;
}

// CI and sampling on the left, what to diff on the right.
QWidget *advancedPage(QWidget *ci, QWidget *sampling, QWidget *scope)
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("advancedPage"));
    auto *left = new QVBoxLayout;
    left->addWidget(ci);
    left->addWidget(sampling);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(scope);
    right->addStretch(1);
    auto *columns = new QHBoxLayout(page);
    columns->setSpacing(12);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    return page;
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
    m_general = new GeneralSection;
    m_repository = new RepositorySection(m_services);
    m_connection = new ConnectionSection(m_services);
    m_dbtCloud = new DbtCloudSection(m_services);
    m_artifacts = new ArtifactsSection;
    auto *ci = new CiSection;
    auto *sampling = new SamplingSection;
    auto *scope = new ScopeSection;
    m_sections
        = {m_general, m_repository, m_connection, m_dbtCloud, m_artifacts, ci, sampling, scope};

    QStringList takenNames;
    for (const ci::CatalogEntry &entry : m_catalog.list()) {
        if (entry.integration)
            takenNames << entry.integration->name.trimmed();
    }
    m_general->setTakenNames(takenNames);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(
        scrolled(basicPage(m_general, m_repository, m_connection, m_dbtCloud, m_artifacts)),
        tr("Basic"));
    m_tabs->addTab(scrolled(advancedPage(ci, sampling, scope)), tr("Advanced"));

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

    for (SettingsSection *section : m_sections)
        connect(section, &SettingsSection::changed, this, &IntegrationDialog::validate);
    // With local artifacts, dbt Cloud is not needed.
    connect(m_artifacts, &QGroupBox::toggled, m_dbtCloud, &DbtCloudSection::setLocalArtifacts);
    connect(m_repository, &RepositorySection::testFinished, this, &IntegrationDialog::testFinished);
    connect(m_connection, &ConnectionSection::testFinished, this, &IntegrationDialog::testFinished);
    connect(m_dbtCloud, &DbtCloudSection::testFinished, this, &IntegrationDialog::testFinished);
    connect(m_dbtCloud, &DbtCloudSection::accountsLoaded, this, &IntegrationDialog::accountsLoaded);
    connect(m_dbtCloud, &DbtCloudSection::jobsLoaded, this, &IntegrationDialog::jobsLoaded);
    connect(m_dbtCloud, &DbtCloudSection::remoteFailed, this, &IntegrationDialog::remoteFailed);
    setIntegration(ci::Integration {});
    resize(1000, 660);
}

IntegrationDialog::~IntegrationDialog() = default;

void IntegrationDialog::setIntegration(const ci::Integration &integration)
{
    m_base = integration;
    for (SettingsSection *section : m_sections)
        section->load(integration);
    validate();
}

ci::Integration IntegrationDialog::integration() const
{
    ci::Integration integration = m_base;
    for (const SettingsSection *section : m_sections)
        section->store(integration);
    return integration;
}

void IntegrationDialog::validate()
{
    QStringList problems;
    for (SettingsSection *section : m_sections)
        problems += section->validate();
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
    m_general->releaseName(loaded->name.trimmed());
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
    const std::vector<Secret> secretValues = {{i.dbtCloudTokenKey(), m_dbtCloud->token()},
                                              {i.gitTokenKey(), m_repository->token()},
                                              {i.warehousePasswordKey(), m_connection->password()}};
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
            m_general->releaseName(name);
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
            if (m_dbtCloud->token().isEmpty())
                m_dbtCloud->setToken(loaded.dbtToken);
            if (m_repository->token().isEmpty())
                m_repository->setToken(loaded.gitToken);
            if (m_connection->password().isEmpty())
                m_connection->setPassword(loaded.password);
            validate();
            if (!loaded.error.isEmpty())
                m_validation->setText(tr("The secrets could not be read: %1").arg(loaded.error));
            Q_EMIT secretsLoaded();
        });
}

} // namespace tidemark::ui
