#pragma once

// One integration's settings (PRODUCT.md, "Integration settings"): a Basic tab with the
// repository, the data connection and dbt Cloud, and an Advanced tab with the CI switches.
//
// The dialog validates as the user types (a red hint under the field; OK disabled, with the
// reason beside it), fills the dbt Cloud account and job pickers from the API once the access
// URL and token look right, and tests each connection on request. Every remote call runs on a
// worker thread through the injected review::Services. Saving writes the integration file
// through the catalog and the tokens and password to the secret store only, then closes.

#include "ci/integration.h"
#include "ci/integration_catalog.h"
#include "cloud/dbt_cloud.h"
#include "review/services.h"

#include <QDialog>
#include <QStringList>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace tidemark::secrets {
class SecretStore;
}

namespace tidemark::ui {

class IntegrationDialog final : public QDialog
{
    Q_OBJECT

public:
    // A dialog for a new integration. `secrets` is shared with the worker threads that use it.
    IntegrationDialog(ci::IntegrationCatalog catalog, std::shared_ptr<secrets::SecretStore> secrets,
                      review::Services services, QWidget *parent = nullptr);
    ~IntegrationDialog() override;

    // Edits the integration in `path` (a file of the catalog); its secrets are read from the store
    // in the background (secretsLoaded follows).
    Expected<void> loadIntegration(const QString &path);
    // Fills the widgets from `integration` (without secrets), e.g. a template for a new one.
    void setIntegration(const ci::Integration &integration);

    // The settings as the widgets hold them.
    ci::Integration integration() const;
    // The file being edited; after a save, the file written.
    QString path() const { return m_path; }
    // Why the settings cannot be saved; empty when they can.
    QString validationError() const { return m_validationError; }

    // Saves (when valid) and closes once the file and the secrets are written.
    void accept() override;

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &message);
    void secretsLoaded();
    void accountsLoaded(int count);
    void jobsLoaded(int count);
    void remoteFailed(const QString &message); // accounts or jobs could not be read
    // A Test button's answer; `what` is "repository", "connection" or "dbtCloud".
    void testFinished(const QString &what, bool ok, const QString &message);

private:
    // Building (integration_dialog.cpp).
    QWidget *buildBasicPage();
    QWidget *buildAdvancedPage();
    QGroupBox *buildGeneralGroup();
    QGroupBox *buildRepositoryGroup();
    QGroupBox *buildConnectionGroup();
    QGroupBox *buildDbtCloudGroup();
    QGroupBox *buildArtifactsGroup();
    QGroupBox *buildCiGroup();
    QGroupBox *buildScopeGroup();
    QGroupBox *buildSamplingGroup();
    QPushButton *makeBrowseButton(const QString &objectName, QLineEdit *target,
                                  bool directoryOrFile, const QString &filter);
    void connectValidation();

    // Widgets <-> settings.
    void onProviderChanged();
    void onDriverChanged();
    QString connectionUrl() const;
    void setConnectionUrl(const QString &url);
    ci::RepositorySettings repositorySettings() const;
    void validate();

    // Remote (integration_dialog_remote.cpp).
    void scheduleAccounts();
    void fetchAccounts();
    void fetchJobs();
    void fillJobCombos();
    void testRepository();
    void testConnection();
    void testDbtCloud();
    void importFromProfiles();
    void loadSecrets(const QString &integrationName);
    void applyConnection(const QString &url, const QString &password);

    ci::IntegrationCatalog m_catalog;
    std::shared_ptr<secrets::SecretStore> m_secrets;
    review::Services m_services;
    QString m_path;
    ci::Integration m_base; // what was loaded: settings this dialog does not show are kept from it
    QStringList m_takenNames;
    QString m_validationError;
    bool m_saving = false;

    // dbt Cloud pickers: what the integration had, kept until the lists arrive.
    qint64 m_wantedAccountId = 0;
    qint64 m_wantedArtifactsJobId = 0;
    qint64 m_wantedPrJobId = 0;
    std::vector<cloud::Job> m_jobs;
    bool m_jobsLoaded = false;
    int m_accountsGeneration = 0;
    int m_jobsGeneration = 0;
    QTimer *m_accountsTimer = nullptr;

    QTabWidget *m_tabs = nullptr;
    // General
    QLineEdit *m_name = nullptr;
    QLabel *m_nameHint = nullptr;
    QLineEdit *m_primaryKeyTag = nullptr;
    QLabel *m_primaryKeyTagHint = nullptr;
    // Repository
    QComboBox *m_provider = nullptr;
    QLineEdit *m_apiUrl = nullptr;
    QLabel *m_apiUrlHint = nullptr;
    QLineEdit *m_repository = nullptr;
    QLabel *m_repositoryHint = nullptr;
    QLineEdit *m_gitToken = nullptr;
    QPushButton *m_testRepository = nullptr;
    QLabel *m_repositoryStatus = nullptr;
    // Data connection
    QFormLayout *m_connectionForm = nullptr;
    QComboBox *m_driver = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLabel *m_portLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_sqliteLabel = nullptr;
    QLabel *m_odbcLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_sqliteFile = nullptr;
    QWidget *m_sqliteRow = nullptr;
    QLineEdit *m_odbcDsn = nullptr;
    QLabel *m_connectionHint = nullptr;
    QPushButton *m_importProfiles = nullptr;
    QPushButton *m_testConnection = nullptr;
    QLabel *m_connectionStatus = nullptr;
    // dbt Cloud
    QLineEdit *m_accessUrl = nullptr;
    QLabel *m_accessUrlHint = nullptr;
    QLineEdit *m_dbtToken = nullptr;
    QComboBox *m_account = nullptr;
    QProgressBar *m_accountsBusy = nullptr;
    QLabel *m_accountsStatus = nullptr;
    QComboBox *m_artifactsJob = nullptr;
    QComboBox *m_prJob = nullptr;
    QCheckBox *m_showAllJobs = nullptr;
    QLabel *m_jobsStatus = nullptr;
    QPushButton *m_testDbtCloud = nullptr;
    QLabel *m_dbtCloudStatus = nullptr;
    // Local artifacts
    QGroupBox *m_localArtifacts = nullptr;
    QLineEdit *m_prodManifest = nullptr;
    QLineEdit *m_prManifest = nullptr;
    QLabel *m_artifactsHint = nullptr;
    // Advanced
    QCheckBox *m_ciEnabled = nullptr;
    QCheckBox *m_importMetadata = nullptr;
    QCheckBox *m_slimDiff = nullptr;
    QCheckBox *m_diffExposures = nullptr;
    QCheckBox *m_failOnPk = nullptr;
    QCheckBox *m_failOnErrors = nullptr;
    QLineEdit *m_prLabel = nullptr;
    QSpinBox *m_diffThreshold = nullptr;
    QPlainTextEdit *m_filesToIgnore = nullptr;
    QLineEdit *m_baseBranch = nullptr;
    QComboBox *m_commitSelection = nullptr;
    QPlainTextEdit *m_columnsToIgnore = nullptr;
    QGroupBox *m_sampling = nullptr;
    QDoubleSpinBox *m_samplingTolerance = nullptr;
    QDoubleSpinBox *m_samplingConfidence = nullptr;
    QSpinBox *m_samplingThreshold = nullptr;
    // Bottom
    QLabel *m_validation = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tidemark::ui
