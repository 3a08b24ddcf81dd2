#include "secrets/chained_secret_store.h"

#include "secrets/env_secret_store.h"
#include "secrets/keychain_secret_store.h"

namespace tidemark::secrets {

ChainedSecretStore::ChainedSecretStore(std::unique_ptr<SecretStore> overrides,
                                       std::unique_ptr<SecretStore> primary)
    : m_overrides(std::move(overrides))
    , m_primary(std::move(primary))
{
}

Expected<std::optional<QString>> ChainedSecretStore::read(const QString &key,
                                                          const Cancellation *cancel)
{
    if (m_overrides) {
        Expected<std::optional<QString>> value = m_overrides->read(key, cancel);
        if (!value || value->has_value())
            return value;
    }
    return m_primary->read(key, cancel);
}

Expected<void> ChainedSecretStore::write(const QString &key, const QString &secret)
{
    return m_primary->write(key, secret);
}

Expected<void> ChainedSecretStore::remove(const QString &key)
{
    return m_primary->remove(key);
}

std::unique_ptr<SecretStore> createDefaultSecretStore()
{
    return std::make_unique<ChainedSecretStore>(std::make_unique<EnvSecretStore>(),
                                                std::make_unique<KeychainSecretStore>());
}

} // namespace tidemark::secrets
