#pragma once

// A secret store in memory, for tests that must not touch a keychain.

#include "secrets/secret_store.h"

#include <QHash>
#include <QMap>
#include <QMutex>

namespace tidemark::test {

class MemorySecretStore final : public secrets::SecretStore
{
public:
    Expected<std::optional<QString>> read(const QString &key,
                                          const Cancellation * = nullptr) override
    {
        const QMutexLocker lock(&m_mutex);
        if (!m_values.contains(key))
            return std::optional<QString>();
        return std::optional<QString>(m_values.value(key));
    }
    Expected<void> write(const QString &key, const QString &secret) override
    {
        const QMutexLocker lock(&m_mutex);
        m_values.insert(key, secret);
        return {};
    }
    Expected<void> remove(const QString &key) override
    {
        const QMutexLocker lock(&m_mutex);
        m_values.remove(key);
        return {};
    }
    // Everything it holds, sorted by key.
    QMap<QString, QString> values() const
    {
        const QMutexLocker lock(&m_mutex);
        QMap<QString, QString> out;
        for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
            out.insert(it.key(), it.value());
        return out;
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_values;
};

} // namespace tidemark::test
