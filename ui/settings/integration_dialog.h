#pragma once

// One integration's settings (PRODUCT.md, "Integration settings"): a small shell that lays out one
// SettingsSection per part (sections/) on a Basic and an Advanced tab, validates as the user types,
// and saves the file through the catalog and the tokens and password to the secret store only.

#include "ci/integration.h"
#include "ci/integration_catalog.h"
#include "review/services.h"

#include <QDialog>

#include <memory>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace tidemark::secrets {
class SecretStore;
}

namespace tidemark::ui {

class ArtifactsSection;
class ConnectionSection;
class DbtCloudSection;
class GeneralSection;
class RepositorySection;
class SettingsSection;

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
    void validate();
    void loadSecrets(const QString &integrationName);

    ci::IntegrationCatalog m_catalog;
    std::shared_ptr<secrets::SecretStore> m_secrets;
    review::Services m_services;
    QString m_path;
    ci::Integration m_base; // what was loaded: settings this dialog does not show are kept from it
    QString m_validationError;
    bool m_saving = false;

    // The sections, in the order their problems are told; those with secrets or links by name.
    std::vector<SettingsSection *> m_sections;
    GeneralSection *m_general = nullptr;
    RepositorySection *m_repository = nullptr;
    ConnectionSection *m_connection = nullptr;
    DbtCloudSection *m_dbtCloud = nullptr;
    ArtifactsSection *m_artifacts = nullptr;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_validation = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tidemark::ui
