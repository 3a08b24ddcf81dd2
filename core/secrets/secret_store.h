#pragma once

// Where tokens and passwords live: the system keychain, or for CI the environment variables of
// CLI.md. Nothing else ever holds a secret (not the integration file, the results store, logs or
// error messages), so every implementation keeps the secret out of the errors it returns.

#include "common/expected.h"

#include <QString>

#include <optional>

namespace tidemark {
class Cancellation;
}

namespace tidemark::secrets {

// The secrets an integration has.
enum class SecretKind { DbtCloudToken, GitToken, WarehousePassword };

// The key of an integration's secret: "integration/<name>/dbt_cloud_token", ".../git_token",
// ".../warehouse_password" (the same keys as ci::Integration's ...Key() functions).
QString secretKey(const QString &integration, SecretKind kind);
// The kind of secret a key names, from its last part; none for other keys.
std::optional<SecretKind> secretKindOfKey(const QString &key);
// The environment variable that stands in for a kind of secret in CI: TIDEMARK_DBT_CLOUD_TOKEN,
// TIDEMARK_GIT_TOKEN, TIDEMARK_PASSWORD.
QString environmentVariable(SecretKind kind);
// The secret a key names, for messages: `the dbt Cloud token of integration "x"`; never its value.
QString describeSecret(const QString &key);

class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // The secret under `key`; an empty optional when there is none, which is not an error.
    // Blocks the calling thread until the store answers (the desktop app calls it off the GUI
    // thread), or until `cancel` is cancelled (within a second) while the store waits, for an
    // unlock prompt say.
    virtual Expected<std::optional<QString>> read(const QString &key,
                                                  const Cancellation *cancel = nullptr)
        = 0;
    // Stores or replaces the secret under `key`.
    virtual Expected<void> write(const QString &key, const QString &secret) = 0;
    // Removes the secret under `key`; removing one that is not there succeeds.
    virtual Expected<void> remove(const QString &key) = 0;
};

} // namespace tidemark::secrets
