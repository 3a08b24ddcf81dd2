#pragma once

// The integrations the desktop app keeps: one JSON file each (ci/integration.h) in one folder,
// by default <AppConfigLocation>/integrations. Secrets are keyed by the integration's name, so the
// catalog keeps names unique and moves an integration's secrets when it is renamed; the file name
// chosen at creation stays the same across renames.

#include "ci/integration.h"
#include "common/expected.h"

#include <QString>

#include <optional>
#include <vector>

namespace tidemark::secrets {
class SecretStore;
}

namespace tidemark::ci {

// One file of the catalog: the integration, or why it could not be loaded.
struct CatalogEntry
{
    QString path;
    std::optional<Integration> integration;
    QString error; // set when integration is empty

    // The integration's name, or the file's base name when it did not load.
    QString displayName() const;
};

class IntegrationCatalog final
{
public:
    explicit IntegrationCatalog(QString directory = defaultDirectory());

    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // Every *.json file of the folder, sorted by name (case-insensitively); files that fail to
    // load are listed with their error. A folder that does not exist yet is an empty catalog.
    std::vector<CatalogEntry> list() const;
    Expected<Integration> load(const QString &path) const;

    // Whether another file than `exceptPath` holds an integration of this name (case-insensitive).
    bool nameTaken(const QString &name, const QString &exceptPath = {}) const;
    // `base`, or "base (2)", "base (3)", ... whichever is free.
    QString uniqueName(const QString &base) const;

    // Writes a new file named after the integration ("Jaffle Shop" -> jaffle-shop.json, -2, ...).
    // Returns its path.
    Expected<QString> create(const Integration &integration) const;
    // Replaces the file at `path` (atomically). When the name changed and `secrets` is given, the
    // secrets move from the old name's keys to the new name's.
    Expected<void> save(const Integration &integration, const QString &path,
                        secrets::SecretStore *secrets = nullptr) const;
    // A copy named "<name> (copy)" (or "(copy 2)", ...), with copies of its secrets when `secrets`
    // is given. Returns the new file's path.
    Expected<QString> duplicate(const QString &path, secrets::SecretStore *secrets = nullptr) const;
    // Deletes the file and, when `secrets` is given, the integration's secrets.
    Expected<void> remove(const QString &path, secrets::SecretStore *secrets = nullptr) const;

private:
    Expected<void> checkName(const Integration &integration, const QString &exceptPath) const;
    QString freeFileName(const QString &name) const;

    QString m_directory;
};

} // namespace tidemark::ci
