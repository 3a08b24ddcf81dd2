#include "store/store_schema.h"
#include "common/translation.h"

#include "store/store_sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tidemark::store {

namespace {

std::vector<Migration> buildMigrations()
{
    std::vector<Migration> all;
    // 1: runs and their model diffs.
    all.push_back(
        {1,
         "runs and model diffs",
         {QStringLiteral(
              "CREATE TABLE runs ("
              " id INTEGER PRIMARY KEY AUTOINCREMENT,"
              " integration TEXT NOT NULL,"
              " provider TEXT NOT NULL DEFAULT '',"
              " repository TEXT NOT NULL DEFAULT '',"
              " pr_number INTEGER NOT NULL DEFAULT 0,"
              " head_sha TEXT NOT NULL DEFAULT '',"
              " base_sha TEXT NOT NULL DEFAULT '',"
              " run_trigger TEXT NOT NULL CHECK (run_trigger IN ('ci', 'manual', 'rerun')),"
              " state TEXT NOT NULL"
              "   CHECK (state IN ('running', 'complete', 'failed', 'cancelled')),"
              " started_at TEXT NOT NULL,"
              " finished_at TEXT,"
              " gate_outcome TEXT,"
              " plan TEXT,"
              " check_state TEXT,"
              " summary TEXT,"
              " error TEXT)"),
          QStringLiteral("CREATE TABLE model_diffs ("
                         " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                         " unique_id TEXT NOT NULL,"
                         " state TEXT NOT NULL"
                         "   CHECK (state IN ('pending', 'running', 'done', 'failed', 'skipped')),"
                         " result TEXT,"
                         " error TEXT,"
                         " started_at TEXT,"
                         " finished_at TEXT,"
                         " PRIMARY KEY (run_id, unique_id))"),
          QStringLiteral("CREATE INDEX runs_by_integration ON runs (integration, started_at)")}});
    // 2: the owner process of a run (to tell abandoned runs), the check's description, and
    // indexes for a pull request's runs and for the running ones.
    all.push_back(
        {2,
         "run owners",
         {QStringLiteral("ALTER TABLE runs ADD COLUMN owner_host TEXT"),
          QStringLiteral("ALTER TABLE runs ADD COLUMN owner_machine TEXT"),
          QStringLiteral("ALTER TABLE runs ADD COLUMN owner_pid INTEGER"),
          QStringLiteral("ALTER TABLE runs ADD COLUMN owner_process TEXT"),
          QStringLiteral("ALTER TABLE runs ADD COLUMN check_description TEXT"),
          QStringLiteral(
              "CREATE INDEX runs_by_pull_request ON runs (integration, pr_number, started_at)"),
          QStringLiteral("CREATE INDEX runs_running ON runs (state) WHERE state = 'running'")}});
    return all;
}

Expected<int> userVersion(QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sqlError(Tr::tr("cannot read the schema version of the results store %1").arg(path),
                        query.lastError(), path);
    return query.value(0).toInt();
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = buildMigrations();
    return all;
}

int currentSchemaVersion()
{
    return migrations().back().version;
}

Expected<void> migrate(QSqlDatabase &db, const QString &path)
{
    Expected<int> version = userVersion(db, path);
    if (!version)
        return version.error();
    if (*version > currentSchemaVersion()) {
        return Error {
            Tr::tr(
                "the results store %1 was written by a newer Tidemark (schema version %2; this one "
                "knows up to %3): update Tidemark, or move the file aside to start a new store")
                .arg(path)
                .arg(*version)
                .arg(currentSchemaVersion())};
    }
    for (const Migration &migration : migrations()) {
        if (*version >= migration.version)
            continue;
        const QString action = Tr::tr("cannot upgrade the results store %1 to schema version %2")
                                   .arg(path)
                                   .arg(migration.version);
        Transaction transaction(db);
        if (auto begun = transaction.begin(); !begun)
            return sqlError(action, begun.error(), path);
        // Another process may have upgraded the file while this one waited for the lock.
        version = userVersion(db, path);
        if (!version)
            return version.error();
        if (*version >= migration.version)
            continue;
        for (const QString &statement : migration.statements) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                return sqlError(action, query.lastError(), path);
        }
        QSqlQuery setVersion(db);
        if (!setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)))
            return sqlError(action, setVersion.lastError(), path);
        if (auto committed = transaction.commit(); !committed)
            return sqlError(action, committed.error(), path);
        *version = migration.version;
    }
    return {};
}

} // namespace tidemark::store
