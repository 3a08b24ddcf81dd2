#pragma once

// What the result tabs know about the model besides its diff result: its name, how its primary key
// was found, its status in the pull request, and what lies downstream of it. Every field is
// optional; an ad-hoc diff of two tables has none of them.

#include "review/pull_request_lineage.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tidemark::dbt {
struct PlannedModel;
}

namespace tidemark::ui {

// One model or exposure downstream of the diffed model (review::PullRequestLineage finds them).
using DownstreamEntry = review::DownstreamNode;

struct ModelContext
{
    QString modelName;
    QString uniqueId;
    QString status; // "new", "modified", "impacted", or empty
    QStringList primaryKeyColumns; // as the plan found them; empty: the result's key is shown
    QString primaryKeyRule; // the rule that found the key, as text for people
    QString primaryKeyDetail; // what matched (the test, the config), or why there is no key
    std::vector<DownstreamEntry> downstream;

    // Fills name, unique id, status and the primary key (with its rule) from the change plan.
    static ModelContext fromPlannedModel(const dbt::PlannedModel &model);
};

} // namespace tidemark::ui
