#include "command_lineage.h"

#include "cli_common.h"

#include "dbt/lineage_export.h"
#include "dbt/lineage_graph.h"
#include "dbt/manifest_loader.h"

#include <QCoreApplication>

namespace tidemark::cli {

int runLineage(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption manifest(QStringLiteral("manifest"),
                                      Tr::tr("The manifest.json (or its target/ folder)."),
                                      Tr::tr("M"));
    const QCommandLineOption select(
        QStringLiteral("select"),
        Tr::tr("Start from this node: a unique_id, or a name (sources also as "
               "source_name.table). Without it the whole graph is printed."),
        Tr::tr("UNIQUE_ID_OR_NAME"));
    const QCommandLineOption upstream(
        QStringLiteral("upstream"),
        Tr::tr("With --select: how many steps up to parents (default: all)."), Tr::tr("N"));
    const QCommandLineOption downstream(
        QStringLiteral("downstream"),
        Tr::tr("With --select: how many steps down to children (default: all)."), Tr::tr("N"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Tr::tr("Output format: json (default), dot or mermaid."),
                                    Tr::tr("FORMAT"));
    parser.addOptions({manifest, select, upstream, downstream, format});
    if (auto done = parseCommand(
            parser, arguments,
            Tr::tr("Print the lineage graph of a dbt manifest over models, seeds, snapshots, "
                   "sources and exposures.")))
        return *done;
    if (!parser.isSet(manifest))
        return fail(Tr::tr("lineage needs --manifest M (see --help)"));
    const auto fmt
        = formatOption(parser, QStringLiteral("format"),
                       {QStringLiteral("json"), QStringLiteral("dot"), QStringLiteral("mermaid")});
    if (!fmt)
        return fail(
            Tr::tr("unknown --format \"%1\": use json, dot or mermaid").arg(parser.value(format)));
    const auto up = countOption(parser, QStringLiteral("upstream"), dbt::LineageGraph::kUnlimited);
    if (!up)
        return fail(Tr::tr("--upstream takes a whole number of steps, 0 or more"));
    const auto down
        = countOption(parser, QStringLiteral("downstream"), dbt::LineageGraph::kUnlimited);
    if (!down)
        return fail(Tr::tr("--downstream takes a whole number of steps, 0 or more"));
    if (!parser.isSet(select) && (parser.isSet(upstream) || parser.isSet(downstream)))
        return fail(Tr::tr("--upstream and --downstream need --select"));

    auto loaded = dbt::loadManifest(parser.value(manifest));
    if (!loaded)
        return fail(loaded.errorMessage());
    const dbt::LineageGraph graph(*loaded);

    std::vector<dbt::LineageGraph::Index> nodes;
    if (parser.isSet(select)) {
        const std::string selector = parser.value(select).toStdString();
        const auto start = graph.select(selector);
        if (start.empty()) {
            return fail(
                Tr::tr("no model, seed, snapshot, source or exposure is named \"%1\" in %2; "
                       "pass a unique_id "
                       "such as model.my_project.orders or a node name")
                    .arg(parser.value(select), loaded->path));
        }
        nodes = graph.upstream(start, *up);
        const auto below = graph.downstream(start, *down);
        nodes.insert(nodes.end(), below.begin(), below.end());
    } else {
        nodes.resize(graph.size());
        for (dbt::LineageGraph::Index i = 0; i < graph.size(); ++i)
            nodes[i] = i;
    }
    const dbt::LineageSelection selection = dbt::selectionOf(graph, std::move(nodes));
    if (*fmt == QLatin1String("dot"))
        printOut(dbt::lineageToDot(graph, selection));
    else if (*fmt == QLatin1String("mermaid"))
        printOut(dbt::lineageToMermaid(graph, selection));
    else
        printOut(dbt::lineageToJson(graph, selection).dump(2));
    return Success;
}

} // namespace tidemark::cli
