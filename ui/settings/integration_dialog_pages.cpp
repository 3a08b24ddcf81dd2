// The widgets of IntegrationDialog's two tabs: group boxes of form layouts, one per part of the
// integration settings table of PRODUCT.md. Every widget has an objectName for the tests.

#include "integration_dialog.h"

#include "integration_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace tidemark::ui {

namespace {

const QString kGitHubApi = QStringLiteral("https://api.github.com");

QLineEdit *lineEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QCheckBox *checkBox(const QString &objectName, const QString &text, const QString &toolTip,
                    QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(objectName);
    box->setToolTip(toolTip);
    return box;
}

QFormLayout *formLayout(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

} // namespace

QWidget *IntegrationDialog::buildBasicPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("basicPage"));
    auto *grid = new QGridLayout(page);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    grid->addWidget(buildGeneralGroup(), 0, 0);
    grid->addWidget(buildRepositoryGroup(), 1, 0);
    grid->addWidget(buildConnectionGroup(), 2, 0);
    grid->addWidget(buildDbtCloudGroup(), 0, 1, 2, 1);
    grid->addWidget(buildArtifactsGroup(), 2, 1, Qt::AlignTop);
    grid->setRowStretch(3, 1);
    return page;
}

QWidget *IntegrationDialog::buildAdvancedPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("advancedPage"));
    auto *left = new QVBoxLayout;
    left->addWidget(buildCiGroup());
    left->addWidget(buildSamplingGroup());
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(buildScopeGroup());
    right->addStretch(1);
    auto *columns = new QHBoxLayout(page);
    columns->setSpacing(12);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    return page;
}

QGroupBox *IntegrationDialog::buildGeneralGroup()
{
    auto *group = new QGroupBox(tr("General"));
    group->setObjectName(QStringLiteral("generalGroup"));
    auto *form = formLayout(group);
    m_name = lineEdit(QStringLiteral("nameEdit"), tr("e.g. Jaffle Shop (main)"), group);
    m_nameHint = form::makeHint(QStringLiteral("nameHint"), group);
    form->addRow(tr("&Name:"), form::withHint(m_name, m_nameHint));
    m_primaryKeyTag
        = lineEdit(QStringLiteral("primaryKeyTagEdit"), QStringLiteral("primary-key"), group);
    m_primaryKeyTag->setToolTip(
        tr("The tag or meta key that marks primary key columns in the dbt YAML"));
    m_primaryKeyTagHint = form::makeHint(QStringLiteral("primaryKeyTagHint"), group);
    form->addRow(tr("Primary &key tag:"), form::withHint(m_primaryKeyTag, m_primaryKeyTagHint));
    return group;
}

QGroupBox *IntegrationDialog::buildRepositoryGroup()
{
    auto *group = new QGroupBox(tr("Repository"));
    group->setObjectName(QStringLiteral("repositoryGroup"));
    auto *form = formLayout(group);
    m_provider = new QComboBox(group);
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_provider->addItem(tr("GitHub"), QStringLiteral("github"));
    m_provider->addItem(tr("GitHub Enterprise"), QStringLiteral("github-enterprise"));
    m_provider->addItem(tr("GitLab"), QStringLiteral("gitlab"));
    form->addRow(tr("&Provider:"), m_provider);
    m_apiUrl = lineEdit(QStringLiteral("apiUrlEdit"), kGitHubApi, group);
    m_apiUrlHint = form::makeHint(QStringLiteral("apiUrlHint"), group);
    form->addRow(tr("API &base URL:"), form::withHint(m_apiUrl, m_apiUrlHint));
    m_repository = lineEdit(QStringLiteral("repositoryEdit"), tr("owner/name"), group);
    m_repositoryHint = form::makeHint(QStringLiteral("repositoryHint"), group);
    form->addRow(tr("&Repository:"), form::withHint(m_repository, m_repositoryHint));
    m_gitToken = form::makeSecretEdit(QStringLiteral("gitTokenEdit"), group);
    m_gitToken->setPlaceholderText(tr("Personal access token"));
    form->addRow(tr("Access &token:"), m_gitToken);
    m_testRepository = new QPushButton(tr("Test"), group);
    m_testRepository->setMinimumWidth(90);
    m_testRepository->setObjectName(QStringLiteral("testRepositoryButton"));
    m_testRepository->setToolTip(tr("Read the repository's open pull requests"));
    m_repositoryStatus = form::makeStatus(QStringLiteral("repositoryStatus"), group);
    auto *row = new QHBoxLayout;
    row->addWidget(m_testRepository);
    row->addWidget(form::keepRow(m_repositoryStatus), 1);
    form->addRow(QString(), row);
    connect(m_provider, &QComboBox::currentIndexChanged, this,
            &IntegrationDialog::onProviderChanged);
    connect(m_testRepository, &QPushButton::clicked, this, &IntegrationDialog::testRepository);
    return group;
}

QGroupBox *IntegrationDialog::buildConnectionGroup()
{
    auto *group = new QGroupBox(tr("Data Connection"));
    group->setObjectName(QStringLiteral("connectionGroup"));
    auto *form = m_connectionForm = formLayout(group);
    m_driver = new QComboBox(group);
    m_driver->setObjectName(QStringLiteral("driverCombo"));
    m_driver->addItem(tr("PostgreSQL / Redshift"), QStringLiteral("postgresql"));
    m_driver->addItem(tr("MySQL / MariaDB"), QStringLiteral("mysql"));
    m_driver->addItem(tr("SQLite"), QStringLiteral("sqlite"));
    m_driver->addItem(tr("ODBC"), QStringLiteral("odbc"));
    form->addRow(tr("&Driver:"), m_driver);
    m_host = lineEdit(QStringLiteral("hostEdit"), tr("warehouse.example.com"), group);
    m_hostLabel = new QLabel(tr("&Host:"), group);
    m_hostLabel->setBuddy(m_host);
    form->addRow(m_hostLabel, m_host);
    m_port = new QSpinBox(group);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Default"));
    m_port->setMinimumWidth(140);
    m_port->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_portLabel = new QLabel(tr("P&ort:"), group);
    m_portLabel->setBuddy(m_port);
    form->addRow(m_portLabel, m_port);
    m_database = lineEdit(QStringLiteral("databaseEdit"), tr("analytics"), group);
    m_databaseLabel = new QLabel(tr("Data&base:"), group);
    m_databaseLabel->setBuddy(m_database);
    form->addRow(m_databaseLabel, m_database);
    m_user = lineEdit(QStringLiteral("userEdit"), QString(), group);
    m_userLabel = new QLabel(tr("&User:"), group);
    m_userLabel->setBuddy(m_user);
    form->addRow(m_userLabel, m_user);
    m_password = form::makeSecretEdit(QStringLiteral("passwordEdit"), group);
    m_passwordLabel = new QLabel(tr("Pass&word:"), group);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    m_sqliteFile = lineEdit(QStringLiteral("sqliteFileEdit"), tr("/path/to/warehouse.db"), group);
    m_sqliteRow = form::withButton(
        m_sqliteFile,
        makeBrowseButton(QStringLiteral("sqliteBrowseButton"), m_sqliteFile, false,
                         tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)")));
    m_sqliteLabel = new QLabel(tr("&File:"), group);
    m_sqliteLabel->setBuddy(m_sqliteFile);
    form->addRow(m_sqliteLabel, m_sqliteRow);
    m_odbcDsn = lineEdit(QStringLiteral("odbcDsnEdit"), tr("Data source name"), group);
    m_odbcLabel = new QLabel(tr("D&SN:"), group);
    m_odbcLabel->setBuddy(m_odbcDsn);
    form->addRow(m_odbcLabel, m_odbcDsn);
    m_connectionHint = form::makeHint(QStringLiteral("connectionHint"), group);
    form->addRow(QString(), form::keepRow(m_connectionHint));

    m_importProfiles = new QPushButton(tr("Import from profiles.yml…"), group);
    m_importProfiles->setObjectName(QStringLiteral("importProfilesButton"));
    m_testConnection = new QPushButton(tr("Test"), group);
    m_testConnection->setMinimumWidth(90);
    m_testConnection->setObjectName(QStringLiteral("testConnectionButton"));
    m_testConnection->setToolTip(tr("Connect and run SELECT 1"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_testConnection);
    buttons->addStretch(1);
    buttons->addWidget(m_importProfiles);
    form->addRow(QString(), buttons);
    m_connectionStatus = form::makeStatus(QStringLiteral("connectionStatus"), group);
    form->addRow(QString(), form::keepRow(m_connectionStatus));

    connect(m_driver, &QComboBox::currentIndexChanged, this, &IntegrationDialog::onDriverChanged);
    connect(m_importProfiles, &QPushButton::clicked, this, &IntegrationDialog::importFromProfiles);
    connect(m_testConnection, &QPushButton::clicked, this, &IntegrationDialog::testConnection);
    return group;
}

QGroupBox *IntegrationDialog::buildDbtCloudGroup()
{
    auto *group = new QGroupBox(tr("dbt Cloud"));
    group->setObjectName(QStringLiteral("dbtCloudGroup"));
    auto *form = formLayout(group);
    m_accessUrl = lineEdit(QStringLiteral("accessUrlEdit"),
                           QStringLiteral("https://cloud.getdbt.com"), group);
    m_accessUrl->setToolTip(tr("Your region's or account's URL: https://cloud.getdbt.com, "
                               "https://ACCOUNT_PREFIX.us1.dbt.com, https://emea.dbt.com, …"));
    m_accessUrlHint = form::makeHint(QStringLiteral("accessUrlHint"), group);
    form->addRow(tr("Access &URL:"), form::withHint(m_accessUrl, m_accessUrlHint));
    m_dbtToken = form::makeSecretEdit(QStringLiteral("dbtTokenEdit"), group);
    m_dbtToken->setPlaceholderText(tr("Service token or personal access token"));
    form->addRow(tr("&Token:"), m_dbtToken);

    m_account = new QComboBox(group);
    m_account->setObjectName(QStringLiteral("accountCombo"));
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_account->setMinimumContentsLength(16);
    m_accountsBusy = new QProgressBar(group);
    m_accountsBusy->setObjectName(QStringLiteral("accountsBusy"));
    m_accountsBusy->setRange(0, 0);
    m_accountsBusy->setTextVisible(false);
    m_accountsBusy->setFixedSize(64, 12);
    m_accountsBusy->setVisible(false);
    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(m_account, 1);
    accountRow->addWidget(m_accountsBusy);
    auto *accountLabel = new QLabel(tr("&Account:"), group);
    accountLabel->setBuddy(m_account);
    form->addRow(accountLabel, accountRow);
    m_accountsStatus = form::makeStatus(QStringLiteral("accountsStatus"), group);
    form::setStatus(m_accountsStatus, form::Status::Neutral,
                    tr("Enter the access URL and a token to list the accounts."));
    form->addRow(QString(), form::keepRow(m_accountsStatus));

    m_artifactsJob = new QComboBox(group);
    m_artifactsJob->setObjectName(QStringLiteral("artifactsJobCombo"));
    m_artifactsJob->setToolTip(tr("The production job whose runs hold the production manifest "
                                  "(a dbt ls job on merge to main, or the production build)"));
    m_artifactsJob->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_artifactsJob->setMinimumContentsLength(16);
    form->addRow(tr("Artifacts &job:"), m_artifactsJob);
    m_prJob = new QComboBox(group);
    m_prJob->setObjectName(QStringLiteral("prJobCombo"));
    m_prJob->setToolTip(tr("The dbt Cloud CI job that builds pull requests"));
    m_prJob->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_prJob->setMinimumContentsLength(16);
    form->addRow(tr("&Pull request job:"), m_prJob);
    m_showAllJobs
        = checkBox(QStringLiteral("showAllJobsCheck"), tr("Show all jobs, not only CI jobs"),
                   tr("List every job of the account for the pull request job"), group);
    form->addRow(QString(), m_showAllJobs);
    m_jobsStatus = form::makeStatus(QStringLiteral("jobsStatus"), group);
    form->addRow(QString(), form::keepRow(m_jobsStatus));

    m_testDbtCloud = new QPushButton(tr("Test"), group);
    m_testDbtCloud->setMinimumWidth(90);
    m_testDbtCloud->setObjectName(QStringLiteral("testDbtCloudButton"));
    m_testDbtCloud->setToolTip(tr("List the accounts the token can see"));
    m_dbtCloudStatus = form::makeStatus(QStringLiteral("dbtCloudStatus"), group);
    auto *row = new QHBoxLayout;
    row->addWidget(m_testDbtCloud);
    row->addWidget(form::keepRow(m_dbtCloudStatus), 1);
    form->addRow(QString(), row);

    connect(m_accessUrl, &QLineEdit::textChanged, this, &IntegrationDialog::scheduleAccounts);
    connect(m_dbtToken, &QLineEdit::textChanged, this, &IntegrationDialog::scheduleAccounts);
    connect(m_account, &QComboBox::currentIndexChanged, this, &IntegrationDialog::fetchJobs);
    connect(m_showAllJobs, &QCheckBox::toggled, this, &IntegrationDialog::fillJobCombos);
    connect(m_testDbtCloud, &QPushButton::clicked, this, &IntegrationDialog::testDbtCloud);
    return group;
}

QGroupBox *IntegrationDialog::buildArtifactsGroup()
{
    auto *group = m_localArtifacts = new QGroupBox(tr("Local artifacts (instead of dbt Cloud)"));
    group->setObjectName(QStringLiteral("localArtifactsGroup"));
    group->setCheckable(true);
    group->setChecked(false);
    group->setToolTip(
        tr("For dbt Core: read the production and pull request manifest.json from files"));
    auto *form = formLayout(group);
    const QString filter = tr("dbt manifests (manifest.json);;JSON files (*.json);;All files (*)");
    m_prodManifest
        = lineEdit(QStringLiteral("prodManifestEdit"), tr("prod/target/manifest.json"), group);
    form->addRow(tr("P&roduction manifest:"),
                 form::withButton(m_prodManifest,
                                  makeBrowseButton(QStringLiteral("prodManifestBrowseButton"),
                                                   m_prodManifest, false, filter)));
    m_prManifest = lineEdit(QStringLiteral("prManifestEdit"), tr("pr/target/manifest.json"), group);
    form->addRow(tr("Pull re&quest manifest:"),
                 form::withButton(m_prManifest,
                                  makeBrowseButton(QStringLiteral("prManifestBrowseButton"),
                                                   m_prManifest, false, filter)));
    m_artifactsHint = form::makeHint(QStringLiteral("artifactsHint"), group);
    form->addRow(QString(), form::keepRow(m_artifactsHint));
    return group;
}

QGroupBox *IntegrationDialog::buildCiGroup()
{
    auto *group = new QGroupBox(tr("Continuous Integration"));
    group->setObjectName(QStringLiteral("ciGroup"));
    auto *form = formLayout(group);
    m_ciEnabled = checkBox(QStringLiteral("ciEnabledCheck"), tr("Enable CI"),
                           tr("The master switch: run on pull requests"), group);
    form->addRow(QString(), m_ciEnabled);
    m_prLabel = lineEdit(QStringLiteral("prLabelEdit"), tr("Any pull request"), group);
    m_prLabel->setToolTip(
        tr("When set, CI runs only on pull requests carrying this label; manual runs ignore it"));
    form->addRow(tr("Pull request &label:"), m_prLabel);
    m_baseBranch = lineEdit(QStringLiteral("baseBranchEdit"), tr("Any base branch"), group);
    m_baseBranch->setToolTip(tr("CI runs only on pull requests whose base branch is this"));
    form->addRow(tr("Custom &base branch:"), m_baseBranch);
    m_commitSelection = new QComboBox(group);
    m_commitSelection->setObjectName(QStringLiteral("commitSelectionCombo"));
    m_commitSelection->addItem(tr("Latest production artifacts"), QStringLiteral("latest"));
    m_commitSelection->addItem(tr("Artifacts of the merge-base commit"),
                               QStringLiteral("merge-base"));
    form->addRow(tr("Branch &commit selection:"), m_commitSelection);
    m_diffThreshold = new QSpinBox(group);
    m_diffThreshold->setMinimumWidth(160);
    m_diffThreshold->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_diffThreshold->setObjectName(QStringLiteral("diffThresholdSpin"));
    m_diffThreshold->setRange(0, 100000);
    m_diffThreshold->setSpecialValueText(tr("No threshold"));
    m_diffThreshold->setSuffix(tr(" models"));
    m_diffThreshold->setToolTip(tr(
        "When a run would diff more models than this, the diffs wait for a person to start them"));
    form->addRow(tr("CI diff &threshold:"), m_diffThreshold);
    m_failOnPk = checkBox(QStringLiteral("failOnPkCheck"), tr("Fail on primary key issues"),
                          tr("Null or duplicate primary keys fail the check"), group);
    form->addRow(QString(), m_failOnPk);
    m_failOnErrors
        = checkBox(QStringLiteral("failOnErrorsCheck"), tr("Fail the check on errors"),
                   tr("On: an error fails the check. Off: the check succeeds with a note"), group);
    form->addRow(QString(), m_failOnErrors);
    return group;
}

QGroupBox *IntegrationDialog::buildScopeGroup()
{
    auto *group = new QGroupBox(tr("What to Diff"));
    group->setObjectName(QStringLiteral("scopeGroup"));
    auto *form = formLayout(group);
    m_importMetadata
        = checkBox(QStringLiteral("importMetadataCheck"), tr("Import dbt tags and descriptions"),
                   tr("Show dbt descriptions, tags and owners in lineage and results"), group);
    form->addRow(QString(), m_importMetadata);
    m_slimDiff = checkBox(
        QStringLiteral("slimDiffCheck"), tr("Slim Diff"),
        tr("Diff only modified models; downstream models are listed and can be diffed on demand"),
        group);
    form->addRow(QString(), m_slimDiff);
    m_diffExposures = checkBox(
        QStringLiteral("diffExposuresCheck"), tr("Diff downstream exposures"),
        tr("List the dbt exposures (dashboards, syncs, apps) the pull request affects"), group);
    form->addRow(QString(), m_diffExposures);
    m_filesToIgnore = new QPlainTextEdit(group);
    m_filesToIgnore->setObjectName(QStringLiteral("filesToIgnoreEdit"));
    m_filesToIgnore->setPlaceholderText(tr("docs/**\n*.md"));
    m_filesToIgnore->setToolTip(
        tr(".gitignore syntax over the pull request's changed files, one pattern a line"));
    m_filesToIgnore->setTabChangesFocus(true);
    m_filesToIgnore->setMinimumHeight(90);
    form->addRow(tr("&Files to ignore:"), m_filesToIgnore);
    m_columnsToIgnore = new QPlainTextEdit(group);
    m_columnsToIgnore->setObjectName(QStringLiteral("columnsToIgnoreEdit"));
    m_columnsToIgnore->setPlaceholderText(tr("_loaded_at\n_fivetran_*"));
    m_columnsToIgnore->setToolTip(tr(
        ".gitignore-style patterns over column names, one a line; key columns are never ignored"));
    m_columnsToIgnore->setTabChangesFocus(true);
    m_columnsToIgnore->setMinimumHeight(90);
    form->addRow(tr("C&olumns to ignore:"), m_columnsToIgnore);
    return group;
}

QGroupBox *IntegrationDialog::buildSamplingGroup()
{
    auto *group = m_sampling = new QGroupBox(tr("Sampling"));
    group->setObjectName(QStringLiteral("samplingGroup"));
    group->setCheckable(true);
    group->setToolTip(tr("Diff a sample of large tables instead of every row"));
    auto *form = formLayout(group);
    m_samplingTolerance = new QDoubleSpinBox(group);
    m_samplingTolerance->setMinimumWidth(160);
    m_samplingTolerance->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_samplingTolerance->setObjectName(QStringLiteral("samplingToleranceSpin"));
    m_samplingTolerance->setDecimals(6);
    m_samplingTolerance->setRange(0.000001, 1);
    m_samplingTolerance->setSingleStep(0.00001);
    m_samplingTolerance->setToolTip(tr("The share of differing rows the sample may miss"));
    form->addRow(tr("To&lerance:"), m_samplingTolerance);
    m_samplingConfidence = new QDoubleSpinBox(group);
    m_samplingConfidence->setMinimumWidth(160);
    m_samplingConfidence->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_samplingConfidence->setObjectName(QStringLiteral("samplingConfidenceSpin"));
    m_samplingConfidence->setDecimals(2);
    m_samplingConfidence->setRange(50, 99.99);
    m_samplingConfidence->setSuffix(tr(" %"));
    form->addRow(tr("Con&fidence:"), m_samplingConfidence);
    m_samplingThreshold = new QSpinBox(group);
    m_samplingThreshold->setMinimumWidth(160);
    m_samplingThreshold->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_samplingThreshold->setObjectName(QStringLiteral("samplingThresholdSpin"));
    m_samplingThreshold->setRange(0, std::numeric_limits<int>::max());
    m_samplingThreshold->setGroupSeparatorShown(true);
    m_samplingThreshold->setSuffix(tr(" rows"));
    m_samplingThreshold->setToolTip(tr("Tables with fewer rows than this are not sampled"));
    form->addRow(tr("T&hreshold:"), m_samplingThreshold);
    return group;
}

QPushButton *IntegrationDialog::makeBrowseButton(const QString &objectName, QLineEdit *target,
                                                 bool directory, const QString &filter)
{
    auto *button = new QPushButton(tr("Browse…"));
    button->setObjectName(objectName);
    connect(button, &QPushButton::clicked, this, [this, target, directory, filter] {
        const QString start = target->text().isEmpty() ? QDir::homePath() : target->text();
        const QString chosen = directory
            ? QFileDialog::getExistingDirectory(this, tr("Choose a Folder"), start)
            : QFileDialog::getOpenFileName(this, tr("Choose a File"), start, filter);
        if (!chosen.isEmpty())
            target->setText(QDir::toNativeSeparators(chosen));
    });
    return button;
}

} // namespace tidemark::ui
