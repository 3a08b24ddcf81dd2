#pragma once

// The results store's schema and its history: ordered migrations, each applied in its own
// immediate transaction together with the new PRAGMA user_version, so a file is always at one
// version or the next, never in between. A file newer than this build knows is refused.

#include "common/expected.h"

#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace tidemark::store {

struct Migration
{
    int version; // user_version after it
    const char *description;
    QStringList statements;
};

// Every migration, oldest first; the last one's version is the current schema version.
const std::vector<Migration> &migrations();
int currentSchemaVersion();

// Brings the store at `path` (open on `db`) up to the current version.
Expected<void> migrate(QSqlDatabase &db, const QString &path);

} // namespace tidemark::store
