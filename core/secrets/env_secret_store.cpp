#include "secrets/env_secret_store.h"
#include "common/translation.h"

#include <QCoreApplication>

namespace tidemark::secrets {

namespace {

Error readOnly(const QString &key, const char *action)
{
    const std::optional<SecretKind> kind = secretKindOfKey(key);
    const QString variable = kind
        ? environmentVariable(*kind)
        : QStringLiteral("TIDEMARK_DBT_CLOUD_TOKEN, TIDEMARK_GIT_TOKEN or TIDEMARK_PASSWORD");
    return Error {
        Tr::tr("cannot %1 %2: secrets from environment variables are read-only; change %3 in the "
               "environment, or use the system keychain")
            .arg(Tr::tr(action), describeSecret(key), variable)};
}

} // namespace

Expected<std::optional<QString>> EnvSecretStore::read(const QString &key, const Cancellation *)
{
    const std::optional<SecretKind> kind = secretKindOfKey(key);
    if (!kind)
        return std::optional<QString>();
    const QString value = qEnvironmentVariable(environmentVariable(*kind).toLatin1().constData());
    if (value.isEmpty())
        return std::optional<QString>();
    return std::optional<QString>(value);
}

Expected<void> EnvSecretStore::write(const QString &key, const QString &)
{
    return readOnly(key, QT_TRANSLATE_NOOP("tidemark::secrets", "save"));
}

Expected<void> EnvSecretStore::remove(const QString &key)
{
    return readOnly(key, QT_TRANSLATE_NOOP("tidemark::secrets", "remove"));
}

} // namespace tidemark::secrets
