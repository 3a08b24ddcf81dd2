#pragma once

// Shared helpers for Tidemark's tests: where the shared fixtures are, loading them, and writing
// altered copies of real manifests to exercise one change at a time.

#include "dbt/manifest.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QTemporaryDir>

namespace tidemark::test {

QString fixturesDir();
QString manifestFixture(const QString &fileName); // e.g. "04_recce_jaffle_base_v12.json"
QString sourceDir();

nlohmann::json readJsonFile(const QString &path);
void writeJsonFile(const QString &path, const nlohmann::json &json);
void writeTextFile(const QString &path, const QByteArray &bytes);

// Loads a manifest and fails the current test (with the loader's message) if it cannot.
dbt::Manifest loadOrFail(const QString &path);

// Rewrites a schema v12 manifest into the shapes of an older schema version (v4 or v8): raw_sql
// for v4, refs as lists, no contract/access/versions/constraints, the metadata version changed.
nlohmann::json downgradeManifest(nlohmann::json manifest, int version);

} // namespace tidemark::test
