#pragma once

// Secrets in the system keychain through QtKeychain: the Secret Service (gnome-keyring, KWallet)
// on Linux, the Keychain on macOS, the Credential Manager on Windows. Service name "Tidemark".
//
// QtKeychain's jobs are asynchronous and run one at a time through a process-wide queue that is
// not thread-safe, so every job runs on one private keychain thread; the calls here block the
// calling thread (any thread) until the job has finished or the timeout has passed.

#include "secrets/secret_store.h"

#include <chrono>

namespace tidemark::secrets {

class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr const char *kServiceName = "Tidemark";

    // `timeout` bounds each call; an unlock prompt waiting for the user counts against it.
    explicit KeychainSecretStore(std::chrono::milliseconds timeout = std::chrono::minutes(2));

    Expected<std::optional<QString>> read(const QString &key,
                                          const Cancellation *cancel = nullptr) override;
    Expected<void> write(const QString &key, const QString &secret) override;
    Expected<void> remove(const QString &key) override;

private:
    std::chrono::milliseconds m_timeout;
};

} // namespace tidemark::secrets
