#pragma once

// What the settings screens need from the outside world, injected so that tests can point them at
// local servers: a dbt Cloud for an access URL and token, a code host for repository settings and
// a token, opening a warehouse, and the environment profiles.yml's env_var() reads.
//
// Each function is called on a worker thread, and the object it returns is used and destroyed on
// that thread; the functions must therefore be safe to call from any thread.

#include "ci/integration.h"
#include "cloud/dbt_cloud.h"
#include "common/expected.h"
#include "git/code_host.h"
#include "profiles/dbt_profiles.h"
#include "warehouse/database.h"

#include <functional>
#include <memory>

namespace tidemark::ui {

struct IntegrationServices
{
    std::function<std::unique_ptr<cloud::DbtCloud>(const QString &accessUrl, const QString &token)> dbtCloud;
    std::function<Expected<std::unique_ptr<git::CodeHost>>(const ci::RepositorySettings &repository, const QString &token)> codeHost;
    std::function<Expected<std::unique_ptr<warehouse::Database>>(const warehouse::ConnectionSpec &spec)> openDatabase;
    profiles::EnvironmentLookup environment;

    // The real ones: HTTP clients with short timeouts and few retries (a person is waiting), the
    // Qt Sql warehouse, and the process environment.
    static IntegrationServices defaults();
};

} // namespace tidemark::ui
