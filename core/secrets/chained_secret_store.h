#pragma once

// Secrets from several stores: reads ask the overriding store first (the environment, for CI) and
// then the primary one (the system keychain); writes and removals go to the primary store.

#include "secrets/secret_store.h"

#include <memory>

namespace tidemark::secrets {

class ChainedSecretStore final : public SecretStore
{
public:
    ChainedSecretStore(std::unique_ptr<SecretStore> overrides,
                       std::unique_ptr<SecretStore> primary);

    Expected<std::optional<QString>> read(const QString &key,
                                          const Cancellation *cancel = nullptr) override;
    Expected<void> write(const QString &key, const QString &secret) override;
    Expected<void> remove(const QString &key) override;

private:
    std::unique_ptr<SecretStore> m_overrides;
    std::unique_ptr<SecretStore> m_primary;
};

// The store the app and the CLI use: the environment variables of CLI.md, then the keychain.
std::unique_ptr<SecretStore> createDefaultSecretStore();

} // namespace tidemark::secrets
