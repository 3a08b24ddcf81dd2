#pragma once

// What the main window works with, injected so that tests can point it at temporary folders, a
// keychain of their own and local servers: the integrations' folder, the secret store, the
// services of the settings screens, the results store's file and the demo's folder.

#include "ci/integration_catalog.h"
#include "review/services.h"
#include "secrets/secret_store.h"

#include <QString>

#include <memory>

namespace tidemark::ui {

struct AppContext
{
    ci::IntegrationCatalog catalog;
    std::shared_ptr<secrets::SecretStore> secrets;
    review::Services services;
    QString storePath; // the results store
    QString demoFolder; // where the demo is unpacked
    QString manifestCacheDir; // manifests downloaded from dbt Cloud, for the lineage

    // The user's own: default folders, the keychain (after the environment), the real services.
    static AppContext defaults();
};

} // namespace tidemark::ui
