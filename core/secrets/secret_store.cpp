#include "secrets/secret_store.h"
#include "common/translation.h"

#include <QCoreApplication>

namespace tidemark::secrets {

namespace {

struct KindName
{
    SecretKind kind;
    const char *keySuffix;
    const char *variable;
};

constexpr KindName kKinds[] = {
    {SecretKind::DbtCloudToken, "dbt_cloud_token", "TIDEMARK_DBT_CLOUD_TOKEN"},
    {SecretKind::GitToken, "git_token", "TIDEMARK_GIT_TOKEN"},
    {SecretKind::WarehousePassword, "warehouse_password", "TIDEMARK_PASSWORD"},
};

const KindName &kindName(SecretKind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return k;
    }
    return kKinds[0];
}

} // namespace

QString secretKey(const QString &integration, SecretKind kind)
{
    return QStringLiteral("integration/%1/%2")
        .arg(integration, QLatin1String(kindName(kind).keySuffix));
}

std::optional<SecretKind> secretKindOfKey(const QString &key)
{
    const QString last = key.section(QLatin1Char('/'), -1);
    for (const KindName &k : kKinds) {
        if (last == QLatin1String(k.keySuffix))
            return k.kind;
    }
    return std::nullopt;
}

QString environmentVariable(SecretKind kind)
{
    return QLatin1String(kindName(kind).variable);
}

QString describeSecret(const QString &key)
{
    const std::optional<SecretKind> kind = secretKindOfKey(key);
    const QLatin1String prefix("integration/");
    if (!kind || !key.startsWith(prefix) || key.count(QLatin1Char('/')) < 2)
        return Tr::tr("the secret \"%1\"").arg(key);
    const QString integration = key.mid(prefix.size()).section(QLatin1Char('/'), 0, -2);
    switch (*kind) {
    case SecretKind::DbtCloudToken:
        return Tr::tr("the dbt Cloud token of integration \"%1\"").arg(integration);
    case SecretKind::GitToken:
        return Tr::tr("the code host token of integration \"%1\"").arg(integration);
    case SecretKind::WarehousePassword:
        return Tr::tr("the warehouse password of integration \"%1\"").arg(integration);
    }
    return Tr::tr("the secret \"%1\"").arg(key);
}

} // namespace tidemark::secrets
