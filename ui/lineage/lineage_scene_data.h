#pragma once

// What the lineage view draws, as plain values: the PR manifest's lineage (all of it, or only the
// changed nodes and their downstream) laid out by core, each node with its status from the change
// plan. Built off the GUI thread; the view turns it into graphics items.

#include "lineage/lineage_status.h"

#include "dbt/change_plan.h"
#include "dbt/manifest.h"

#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

namespace tidemark::ui {

struct LineageNodeData
{
    QString uniqueId;
    QString name; // sources as "source_name.name"
    QString subtitle; // "model · table", "source", "exposure · dashboard"
    QString toolTip; // rich text
    dbt::ResourceType resourceType = dbt::ResourceType::Model;
    LineageStatus status = LineageStatus::Unchanged;
    QRectF rect; // scene coordinates
};

struct LineageEdgeData
{
    int from = 0; // parent, index into nodes
    int to = 0; // child
    bool reversed = false; // closes a cycle
    // From the end in the lower layer to the end in the higher one: the start on the right side of
    // a box, the centres of the columns passed through, the end on the left side of a box.
    std::vector<QPointF> points;
};

struct LineageSceneData
{
    std::vector<LineageNodeData> nodes; // in layout order: by column, then top to bottom
    std::vector<LineageEdgeData> edges;
    QRectF bounds;
    int graphNodeCount = 0; // the whole lineage graph's, whatever was left out
    int statusCounts[kLineageStatusCount] = {};
    bool changedOnly = false;
    double columnWidth = 0.0; // node width, for drawing edges through columns
    qint64 layoutMs = 0;
};

struct LineageSceneOptions
{
    bool changedOnly = false; // only new, modified and impacted nodes and their downstream
    double nodeWidth = 240.0;
    double nodeHeight = 46.0;
};

// The lineage of `pr` with statuses from `plan` (a plan made against `pr`).
LineageSceneData buildLineageScene(const dbt::Manifest &pr, const dbt::ChangePlan &plan,
                                   const LineageSceneOptions &options = {});

// Lineage nodes in a manifest (what buildLineageScene lays out without a filter).
int lineageNodeCount(const dbt::Manifest &manifest);

} // namespace tidemark::ui
