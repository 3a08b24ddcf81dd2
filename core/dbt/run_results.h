#pragma once

// dbt's run_results.json: the status of each node in the run that produced the artifacts.

#include "common/expected.h"

#include <QString>

#include <string>
#include <unordered_map>

namespace tidemark::dbt {

struct NodeRunResult
{
    std::string status; // success, error, skipped, pass, fail, warn, ...
    double executionTime = 0;
    std::string message;
};

struct RunResults
{
    QString path;
    int schemaVersion = 0;
    std::string dbtVersion;
    std::string generatedAt;
    double elapsedTime = 0;
    std::unordered_map<std::string, NodeRunResult> results;
};

// `path` names the file or a folder holding run_results.json.
Expected<RunResults> loadRunResults(const QString &path);

} // namespace tidemark::dbt
