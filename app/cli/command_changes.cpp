#include "command_changes.h"

#include "cli_common.h"

#include "dbt/change_plan.h"
#include "dbt/manifest_loader.h"
#include "dbt/run_results.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tidemark::cli {

namespace {

std::string joined(const std::vector<std::string> &items, const char *separator = ", ")
{
    std::string out;
    for (const std::string &item : items) {
        if (!out.empty())
            out += separator;
        out += item;
    }
    return out;
}

std::string textReport(const dbt::ChangePlan &plan)
{
    std::string out;
    auto side = [](const char *label, const dbt::ManifestSummary &s) {
        return std::string(label) + s.path + " (manifest v" + std::to_string(s.schemaVersion)
            + ", dbt " + s.dbtVersion + ")\n";
    };
    out += side("Production: ", plan.base);
    out += side("Pull request: ", plan.pr);
    auto list = [&out](const char *title, const std::vector<std::string> &items) {
        out += "\n" + std::string(title) + " (" + std::to_string(items.size()) + ")\n";
        for (const std::string &uid : items)
            out += "  " + uid + "\n";
    };
    list("New", plan.added);
    list("Removed", plan.removed);
    out += "\nModified (" + std::to_string(plan.modified.size()) + ")\n";
    for (const dbt::ModifiedNode &m : plan.modified) {
        std::vector<std::string> names;
        for (dbt::ModificationReason r : m.reasons)
            names.emplace_back(dbt::toString(r));
        out += "  " + m.uniqueId + "  [" + joined(names) + "]\n";
    }
    list("Impacted downstream", plan.impacted);
    if (!plan.impactedExposures.empty())
        list("Impacted exposures", plan.impactedExposures);
    out += "\nModels\n";
    for (const dbt::PlannedModel &m : plan.models) {
        out += "  " + std::string(dbt::toString(m.status)) + "  " + m.uniqueId + "\n";
        out += "      prod: " + (m.prodRelation ? *m.prodRelation : std::string("(none)"))
            + "   pr: " + m.prRelation + "\n";
        out += "      key: "
            + (m.primaryKey.columns.empty() ? std::string("(none)") : joined(m.primaryKey.columns))
            + " (" + dbt::toString(m.primaryKey.rule) + ")\n";
        out += m.selected ? std::string("      selected for diff\n")
                          : "      not selected: " + m.whyNotSelected + "\n";
    }
    return out;
}

} // namespace

int runChanges(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption base(QStringLiteral("base"),
                                  Tr::tr("Production manifest.json (or its target/ folder)."),
                                  Tr::tr("BASE_MANIFEST"));
    const QCommandLineOption pr(QStringLiteral("pr"),
                                Tr::tr("Pull request manifest.json (or its target/ folder)."),
                                Tr::tr("PR_MANIFEST"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Tr::tr("Output format: json (default) or text."),
                                    Tr::tr("FORMAT"));
    const QCommandLineOption slim(
        QStringLiteral("slim"),
        Tr::tr("Slim Diff: select only new and modified models; downstream models are "
               "listed but not selected."));
    const QCommandLineOption tag(
        QStringLiteral("primary-key-tag"),
        Tr::tr("The meta key or tag that marks primary keys (default: primary-key)."),
        Tr::tr("TAG"), QString::fromLatin1(dbt::kDefaultPrimaryKeyTag));
    parser.addOptions({base, pr, format, slim, tag});
    if (auto done = parseCommand(
            parser, arguments,
            Tr::tr("Compare two dbt manifests with dbt's state:modified semantics and print "
                   "which models changed, what lies downstream, and what to diff.")))
        return *done;
    if (!parser.isSet(base) || !parser.isSet(pr))
        return fail(Tr::tr("changes needs --base BASE_MANIFEST and --pr PR_MANIFEST (see --help)"));
    const auto fmt = formatOption(parser, QStringLiteral("format"),
                                  {QStringLiteral("json"), QStringLiteral("text")});
    if (!fmt)
        return fail(Tr::tr("unknown --format \"%1\": use json or text").arg(parser.value(format)));
    if (parser.value(tag).trimmed().isEmpty())
        return fail(Tr::tr("--primary-key-tag must not be empty"));

    auto baseManifest = dbt::loadManifest(parser.value(base));
    if (!baseManifest)
        return fail(baseManifest.errorMessage());
    auto prManifest = dbt::loadManifest(parser.value(pr));
    if (!prManifest)
        return fail(prManifest.errorMessage());

    // run_results.json beside the PR manifest, when the PR job wrote one.
    std::optional<dbt::RunResults> prRun;
    const QString runResultsPath
        = QFileInfo(prManifest->path).dir().filePath(QStringLiteral("run_results.json"));
    if (QFileInfo::exists(runResultsPath)) {
        auto loaded = dbt::loadRunResults(runResultsPath);
        if (!loaded)
            return fail(loaded.errorMessage());
        prRun = std::move(*loaded);
    }

    dbt::ChangePlanOptions options;
    options.slimDiff = parser.isSet(slim);
    options.primaryKeyTag = parser.value(tag).trimmed().toStdString();
    const dbt::ChangePlan plan
        = dbt::planChanges(*baseManifest, *prManifest, options, prRun ? &*prRun : nullptr);
    if (*fmt == QLatin1String("text"))
        printOut(textReport(plan));
    else
        printOut(plan.toJson().dump(2));
    return Success;
}

} // namespace tidemark::cli
