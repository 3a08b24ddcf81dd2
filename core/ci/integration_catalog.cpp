#include "ci/integration_catalog.h"
#include "common/translation.h"

#include "secrets/secret_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace tidemark::ci {

namespace {

// The three secret keys of an integration named `name`.
QStringList secretKeys(const QString &name)
{
    Integration i;
    i.name = name;
    return {i.dbtCloudTokenKey(), i.gitTokenKey(), i.warehousePasswordKey()};
}

Expected<void> copySecrets(secrets::SecretStore &store, const QString &from, const QString &to,
                           bool move)
{
    const QStringList source = secretKeys(from);
    const QStringList target = secretKeys(to);
    for (qsizetype k = 0; k < source.size(); ++k) {
        auto secret = store.read(source[k]);
        if (!secret)
            return Error {secret.errorMessage()};
        if (!*secret)
            continue;
        if (auto written = store.write(target[k], **secret); !written)
            return written;
        if (move) {
            if (auto removed = store.remove(source[k]); !removed)
                return removed;
        }
    }
    return {};
}

} // namespace

QString CatalogEntry::displayName() const
{
    return integration ? integration->name : QFileInfo(path).completeBaseName();
}

IntegrationCatalog::IntegrationCatalog(QString directory)
    : m_directory(std::move(directory))
{
}

QString IntegrationCatalog::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/integrations");
}

std::vector<CatalogEntry> IntegrationCatalog::list() const
{
    std::vector<CatalogEntry> entries;
    const QDir dir(m_directory);
    const QFileInfoList files = dir.entryInfoList(
        {QStringLiteral("*.json")}, QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name);
    for (const QFileInfo &file : files) {
        CatalogEntry entry;
        entry.path = file.absoluteFilePath();
        auto loaded = loadIntegration(entry.path);
        if (loaded)
            entry.integration = std::move(loaded).value();
        else
            entry.error = loaded.errorMessage();
        entries.push_back(std::move(entry));
    }
    std::stable_sort(
        entries.begin(), entries.end(), [](const CatalogEntry &a, const CatalogEntry &b) {
            const int byName
                = QString::compare(a.displayName(), b.displayName(), Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : a.path < b.path;
        });
    return entries;
}

Expected<Integration> IntegrationCatalog::load(const QString &path) const
{
    return loadIntegration(path);
}

bool IntegrationCatalog::nameTaken(const QString &name, const QString &exceptPath) const
{
    const QString wanted = name.trimmed();
    const QString except
        = exceptPath.isEmpty() ? QString() : QFileInfo(exceptPath).absoluteFilePath();
    for (const CatalogEntry &entry : list()) {
        if (entry.integration && entry.path != except
            && QString::compare(entry.integration->name.trimmed(), wanted, Qt::CaseInsensitive)
                == 0)
            return true;
    }
    return false;
}

QString IntegrationCatalog::uniqueName(const QString &base) const
{
    if (!nameTaken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (!nameTaken(candidate))
            return candidate;
    }
}

QString IntegrationCatalog::freeFileName(const QString &name) const
{
    static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9_]+"));
    QString slug = name.toLower().replace(notAllowed, QStringLiteral("-"));
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    slug.truncate(60);
    if (slug.isEmpty())
        slug = QStringLiteral("integration");
    const QDir dir(m_directory);
    QString candidate = slug + QStringLiteral(".json");
    for (int n = 2; dir.exists(candidate); ++n)
        candidate = QStringLiteral("%1-%2.json").arg(slug).arg(n);
    return dir.absoluteFilePath(candidate);
}

Expected<void> IntegrationCatalog::checkName(const Integration &integration,
                                             const QString &exceptPath) const
{
    if (integration.name.trimmed().isEmpty())
        return Error {Tr::tr("the integration needs a name")};
    if (nameTaken(integration.name, exceptPath))
        return Error {Tr::tr("another integration is already named \"%1\"; pick another name")
                          .arg(integration.name)};
    return {};
}

Expected<QString> IntegrationCatalog::create(const Integration &integration) const
{
    if (auto ok = checkName(integration, {}); !ok)
        return Error {ok.errorMessage()};
    if (!QDir().mkpath(m_directory))
        return Error {Tr::tr("cannot create the folder %1").arg(m_directory)};
    const QString path = freeFileName(integration.name);
    if (auto saved = saveIntegration(integration, path); !saved)
        return Error {saved.errorMessage()};
    return path;
}

Expected<void> IntegrationCatalog::save(const Integration &integration, const QString &path,
                                        secrets::SecretStore *secrets) const
{
    if (auto ok = checkName(integration, path); !ok)
        return ok;
    QString oldName;
    if (QFileInfo::exists(path)) {
        if (auto old = loadIntegration(path))
            oldName = old->name;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error {Tr::tr("cannot create the folder %1").arg(QFileInfo(path).absolutePath())};
    // Secrets first: a failure leaves the file as it was, under the name the secrets belong to.
    if (secrets && !oldName.isEmpty() && oldName != integration.name) {
        if (auto moved = copySecrets(*secrets, oldName, integration.name, true); !moved)
            return moved;
    }
    return saveIntegration(integration, path);
}

Expected<QString> IntegrationCatalog::duplicate(const QString &path,
                                                secrets::SecretStore *secrets) const
{
    auto original = loadIntegration(path);
    if (!original)
        return Error {original.errorMessage()};
    Integration copy = *original;
    copy.name = Tr::tr("%1 (copy)").arg(original->name);
    for (int n = 2; nameTaken(copy.name); ++n)
        copy.name = Tr::tr("%1 (copy %2)").arg(original->name).arg(n);
    auto created = create(copy);
    if (!created)
        return created;
    if (secrets) {
        if (auto copied = copySecrets(*secrets, original->name, copy.name, false); !copied)
            return Error {copied.errorMessage()};
    }
    return created;
}

Expected<void> IntegrationCatalog::remove(const QString &path, secrets::SecretStore *secrets) const
{
    QString name;
    if (auto loaded = loadIntegration(path))
        name = loaded->name;
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Error {Tr::tr("cannot delete %1").arg(path)};
    if (secrets && !name.isEmpty()) {
        for (const QString &key : secretKeys(name)) {
            if (auto removed = secrets->remove(key); !removed)
                return removed;
        }
    }
    return {};
}

} // namespace tidemark::ci
