#pragma once

// What one run of the pull-request pipeline found, as a value: the gates' outcome, the plan, one
// outcome per selected model, and the check; the comment, the CLI's JSON and the store use it.

#include "dbt/change_plan.h"
#include "diff/diff_result.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tidemark::ci {

struct GateOutcome
{
    bool passed = true; // false: CI does not run for this PR
    QString reason; // why not (or a note when it runs)
    QStringList changedFiles;
    QStringList ignoredFiles;

    nlohmann::json toJson() const;
};

struct ModelOutcome
{
    enum class State { Diffed, Failed, Skipped, Waiting };

    std::string uniqueId;
    std::string name;
    State state = State::Skipped;
    QString note; // the error, or why it was skipped or is waiting
    std::optional<diff::DiffResult> result;

    bool hasPrimaryKeyIssues() const;
    nlohmann::json toJson() const;
};

enum class CheckState { Success, Failure, Pending, Skipped };
const char *toString(CheckState state);

struct PipelineResult
{
    QString integration;
    int prNumber = 0;
    QString headSha;
    QString baseBranch;
    QString prodSource; // where production's manifest came from (run id, or a folder)
    QString prSource;
    // The manifests as files, when they are on this machine (local artifacts, or kept from dbt
    // Cloud in PipelineRequest::manifestCacheDir); the desktop app draws the lineage from them.
    QString prodManifestPath;
    QString prManifestPath;
    GateOutcome gates;
    std::optional<dbt::ChangePlan> plan;
    std::vector<ModelOutcome> models;
    CheckState check = CheckState::Skipped;
    QString checkDescription;
    // What the results store could not keep (the diffs themselves are in this result): the desktop
    // app shows them, the CLI prints them to stderr. Not part of the JSON.
    QStringList storeProblems;

    nlohmann::json toJson() const;
};

// The hidden marker that lets later runs find and update their own comment.
inline constexpr const char *kCommentMarker = "<!-- tidemark:pull-request-summary -->";

// The Markdown comment for the pull request.
QString pullRequestComment(const PipelineResult &result);

} // namespace tidemark::ci
