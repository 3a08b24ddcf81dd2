#include "lineage/lineage_scene_data.h"

#include "dbt/lineage_graph.h"
#include "layout/lineage_layout.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <numeric>
#include <unordered_set>

namespace tidemark::ui {

namespace {

class SceneText final
{
    Q_DECLARE_TR_FUNCTIONS(LineageSceneData)

public:
    static QString subtitle(const dbt::Node &node)
    {
        const QString type = QString::fromStdString(
            node.resourceTypeName.empty() ? std::string(dbt::toString(node.resourceType))
                                          : node.resourceTypeName);
        const std::string &detail = node.resourceType == dbt::ResourceType::Exposure
            ? node.exposureType
            : node.materialized;
        if (detail.empty() || node.resourceType == dbt::ResourceType::Source
            || QString::fromStdString(detail) == type)
            return type;
        return tr("%1 · %2").arg(type, QString::fromStdString(detail));
    }

    static QString toolTip(const dbt::Node &node, LineageStatus status,
                           const dbt::PlannedModel *planned)
    {
        QString tip = QStringLiteral("<b>%1</b><br>%2<br>")
                          .arg(QString::fromStdString(node.name).toHtmlEscaped(),
                               QString::fromStdString(node.uniqueId).toHtmlEscaped());
        if (planned && status == LineageStatus::NotDiffed) {
            tip += tr("Status: %1, not diffed")
                       .arg(QString::fromLatin1(dbt::toString(planned->status)));
            if (!planned->whyNotSelected.empty())
                tip += QStringLiteral("<br>")
                    + QString::fromStdString(planned->whyNotSelected).toHtmlEscaped();
        } else {
            tip += tr("Status: %1").arg(LineageStatusStyle::name(status));
        }
        if (planned && !planned->reasons.empty()) {
            QStringList reasons;
            for (const auto reason : planned->reasons)
                reasons << QString::fromLatin1(dbt::toString(reason));
            tip += QStringLiteral("<br>")
                + tr("Why modified: %1").arg(reasons.join(QStringLiteral(", ")));
        }
        const std::string relation = node.relation();
        if (!relation.empty())
            tip += QStringLiteral("<br><tt>%1</tt>")
                       .arg(QString::fromStdString(relation).toHtmlEscaped());
        return tip;
    }
};

LineageStatus statusOf(const dbt::PlannedModel &m)
{
    if (!m.selected)
        return LineageStatus::NotDiffed;
    switch (m.status) {
    case dbt::ModelStatus::New: return LineageStatus::New;
    case dbt::ModelStatus::Modified: return LineageStatus::Modified;
    case dbt::ModelStatus::Impacted: return LineageStatus::Impacted;
    }
    return LineageStatus::Impacted;
}

} // namespace

int lineageNodeCount(const dbt::Manifest &manifest)
{
    return int(std::count_if(manifest.nodes.begin(), manifest.nodes.end(), [](const dbt::Node &n) {
        return dbt::isLineageNode(n.resourceType);
    }));
}

LineageSceneData buildLineageScene(const dbt::Manifest &pr, const dbt::ChangePlan &plan,
                                   const LineageSceneOptions &options)
{
    using Index = dbt::LineageGraph::Index;
    QElapsedTimer timer;
    timer.start();
    const dbt::LineageGraph graph(pr);

    // Statuses: the plan's models first, then what the plan names outside its models (sources,
    // exposures).
    const std::unordered_set<std::string> added(plan.added.begin(), plan.added.end());
    std::unordered_set<std::string> modified;
    for (const auto &m : plan.modified)
        modified.insert(m.uniqueId);
    const std::unordered_set<std::string> impactedExposures(plan.impactedExposures.begin(),
                                                            plan.impactedExposures.end());
    std::vector<LineageStatus> status(graph.size(), LineageStatus::Unchanged);
    std::vector<Index> changed;
    for (Index i = 0; i < graph.size(); ++i) {
        const std::string &uid = graph.node(i).uniqueId;
        if (const dbt::PlannedModel *m = plan.model(uid))
            status[i] = statusOf(*m);
        else if (added.count(uid))
            status[i] = LineageStatus::New;
        else if (modified.count(uid))
            status[i] = LineageStatus::Modified;
        else if (impactedExposures.count(uid))
            status[i] = LineageStatus::Impacted;
        if (added.count(uid) || modified.count(uid))
            changed.push_back(i);
    }

    std::vector<Index> subset;
    if (options.changedOnly) {
        subset = graph.downstream(changed);
    } else {
        subset.resize(graph.size());
        std::iota(subset.begin(), subset.end(), Index(0));
    }
    layout::LayoutOptions layoutOptions;
    layoutOptions.nodeWidth = options.nodeWidth;
    layoutOptions.nodeHeight = options.nodeHeight;
    const layout::LineageLayout laid
        = layout::layoutLineage(graph, std::move(subset), layoutOptions);
    const layout::LayeredLayout &l = laid.layout;

    // Nodes in reading order (column, then top to bottom), so that Tab walks the drawing.
    std::vector<uint32_t> order(laid.nodes.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&l](uint32_t a, uint32_t b) {
        return l.nodes[a].x != l.nodes[b].x ? l.nodes[a].x < l.nodes[b].x
                                            : l.nodes[a].y < l.nodes[b].y;
    });
    std::vector<int> position(laid.nodes.size());
    LineageSceneData data;
    data.graphNodeCount = int(graph.size());
    data.changedOnly = options.changedOnly;
    data.columnWidth = options.nodeWidth;
    data.bounds = QRectF(0, 0, l.width, l.height);
    data.nodes.reserve(order.size());
    for (const uint32_t k : order) {
        position[k] = int(data.nodes.size());
        const dbt::Node &node = graph.node(laid.nodes[k]);
        LineageNodeData n;
        n.uniqueId = QString::fromStdString(node.uniqueId);
        n.name = QString::fromStdString(node.resourceType == dbt::ResourceType::Source
                                                && !node.sourceName.empty()
                                            ? node.sourceName + "." + node.name
                                            : node.name);
        n.subtitle = SceneText::subtitle(node);
        n.resourceType = node.resourceType;
        n.status = status[laid.nodes[k]];
        n.toolTip = SceneText::toolTip(node, n.status, plan.model(node.uniqueId));
        n.rect = QRectF(l.nodes[k].x, l.nodes[k].y, options.nodeWidth, options.nodeHeight);
        ++data.statusCounts[int(n.status)];
        data.nodes.push_back(std::move(n));
    }
    data.edges.reserve(l.edges.size());
    for (const layout::LayoutEdge &e : l.edges) {
        LineageEdgeData edge;
        edge.from = position[e.from];
        edge.to = position[e.to];
        edge.reversed = e.reversed;
        const QRectF &low = data.nodes[size_t(e.reversed ? edge.to : edge.from)].rect;
        const QRectF &high = data.nodes[size_t(e.reversed ? edge.from : edge.to)].rect;
        edge.points.reserve(e.bends.size() + 2);
        edge.points.emplace_back(low.right(), low.center().y());
        for (const layout::Point &p : e.bends)
            edge.points.emplace_back(p.x, p.y);
        edge.points.emplace_back(high.left(), high.center().y());
        data.edges.push_back(std::move(edge));
    }
    data.layoutMs = timer.elapsed();
    return data;
}

} // namespace tidemark::ui
