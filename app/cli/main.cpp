// tidemark-cli: the headless face of Tidemark's core. The command contract is docs in CLI.md.

#include "cli_common.h"
#include "command_changes.h"
#include "command_ci.h"
#include "command_diff.h"
#include "command_lineage.h"

#include <QCoreApplication>

#include <functional>
#include <map>

namespace {

QString usage()
{
    return tidemark::cli::Tr::tr(
        "Usage: tidemark-cli COMMAND [options]\n"
        "\n"
        "Review the data a dbt pull request changes.\n"
        "\n"
        "Commands:\n"
        "  changes   compare two manifests: new, removed, modified and impacted models, keys, "
        "plan\n"
        "  lineage   print the lineage graph of a manifest (json, dot or mermaid)\n"
        "  diff      diff two tables in the warehouse (same connection) or across two connections\n"
        "  ci        run the pull-request pipeline with an integration file (post the comment, set "
        "the check)\n"
        "\n"
        "Run 'tidemark-cli COMMAND --help' for a command's options.\n"
        "Exit codes: 0 success, 1 the check failed (ci), 2 usage or runtime error.");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tidemark-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tidemark"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIDEMARK_VERSION));

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        tidemark::cli::fail(tidemark::cli::Tr::tr("no command given (see --help)"));
        return tidemark::cli::Failure;
    }
    const QString command = args.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        tidemark::cli::printOut(usage());
        return tidemark::cli::Success;
    }
    if (command == QLatin1String("--version")) {
        tidemark::cli::printOut(
            QStringLiteral("tidemark-cli %1").arg(QCoreApplication::applicationVersion()));
        return tidemark::cli::Success;
    }
    const std::map<QString, std::function<int(const QStringList &)>> commands = {
        {QStringLiteral("changes"), tidemark::cli::runChanges},
        {QStringLiteral("lineage"), tidemark::cli::runLineage},
        {QStringLiteral("diff"), tidemark::cli::runDiff},
        {QStringLiteral("ci"), tidemark::cli::runCi},
    };
    const auto it = commands.find(command);
    if (it == commands.end()) {
        return tidemark::cli::fail(
            tidemark::cli::Tr::tr(
                "unknown command \"%1\": use changes, lineage, diff or ci (see --help)")
                .arg(command));
    }
    QStringList commandArgs = args.mid(2);
    commandArgs.prepend(QStringLiteral("tidemark-cli %1").arg(command));
    return it->second(commandArgs);
}
