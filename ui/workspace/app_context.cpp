#include "workspace/app_context.h"

#include "secrets/chained_secret_store.h"
#include "store/results_store.h"
#include "workspace/demo_workspace.h"

#include <QDir>
#include <QStandardPaths>

namespace tidemark::ui {

AppContext AppContext::defaults()
{
    AppContext context {ci::IntegrationCatalog(),
                        secrets::createDefaultSecretStore(),
                        review::Services::defaults(),
                        store::ResultsStore::defaultPath(),
                        defaultDemoFolder(),
                        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                            .filePath(QStringLiteral("manifests"))};
    return context;
}

} // namespace tidemark::ui
