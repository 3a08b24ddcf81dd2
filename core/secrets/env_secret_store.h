#pragma once

// Secrets from the environment, for CI: TIDEMARK_DBT_CLOUD_TOKEN, TIDEMARK_GIT_TOKEN and
// TIDEMARK_PASSWORD stand in for the secret of that kind of every integration (CLI.md). Read-only;
// an empty variable counts as unset (CI systems set missing secrets to "").

#include "secrets/secret_store.h"

namespace tidemark::secrets {

class EnvSecretStore final : public SecretStore
{
public:
    Expected<std::optional<QString>> read(const QString &key,
                                          const Cancellation *cancel = nullptr) override;
    Expected<void> write(const QString &key, const QString &secret) override;
    Expected<void> remove(const QString &key) override;
};

} // namespace tidemark::secrets
