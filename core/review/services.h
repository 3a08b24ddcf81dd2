#pragma once

// The outside systems an integration talks to, made in one place for the desktop app and the CLI
// and injected so that tests can point them elsewhere: a dbt Cloud for an access URL and token, a
// code host for repository settings and a token, opening a warehouse, and the environment that
// profiles.yml's env_var() reads.
//
// Each function may be called on any thread; the object it returns is used and destroyed on the
// thread that made it. A Cancellation given to a factory stops the client's requests and its
// retry back-off.

#include "ci/integration.h"
#include "cloud/dbt_cloud.h"
#include "common/cancellation.h"
#include "common/expected.h"
#include "git/code_host.h"
#include "profiles/dbt_profiles.h"
#include "warehouse/database.h"

#include <functional>
#include <memory>

namespace tidemark::review {

// How long the clients wait: a person waiting on a settings screen (short timeouts, two attempts)
// or a pipeline run (the HTTP defaults: five attempts, back-off up to 30 s, rate limits waited
// for).
enum class Pace {
    Interactive,
    Patient,
};

struct Services
{
    std::function<std::unique_ptr<cloud::DbtCloud>(const QString &accessUrl, const QString &token,
                                                   const Cancellation *cancellation)>
        dbtCloud;
    std::function<Expected<std::unique_ptr<git::CodeHost>>(const ci::RepositorySettings &repository,
                                                           const QString &token,
                                                           const Cancellation *cancellation)>
        codeHost;
    std::function<Expected<std::unique_ptr<warehouse::Database>>(
        const warehouse::ConnectionSpec &spec)>
        openDatabase;
    profiles::EnvironmentLookup environment;

    // The real ones: HTTP clients at the given pace, the Qt Sql warehouse, the process environment.
    static Services defaults(Pace pace = Pace::Interactive);
};

} // namespace tidemark::review
