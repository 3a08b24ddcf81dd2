#include "diff/diff_engine.h"

#include "diff/hash_diff.h"
#include "diff/join_diff.h"
#include "warehouse/database.h"

#include <QCoreApplication>

namespace tidemark::diff {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tidemark::diff::DiffEngine", text);
}

} // namespace

Expected<DiffResult> runDiff(const DiffRequest &request, DiffControl *control)
{
    const bool sameConnection = !request.connectionB || request.connectionB->sameServerAndDatabase(request.connectionA);
    Algorithm algorithm = request.options.algorithm;
    if (algorithm == Algorithm::Auto)
        algorithm = sameConnection ? Algorithm::Join : Algorithm::Hash;
    if (algorithm == Algorithm::Join && !sameConnection) {
        return Error{tr("the join algorithm needs both tables on one connection; %1 and %2 are different "
                        "(use --algorithm hash or auto)")
                         .arg(request.connectionA.redacted(), request.connectionB->redacted())};
    }

    auto dbA = warehouse::openDatabase(request.connectionA);
    if (!dbA)
        return dbA.error();
    if (algorithm == Algorithm::Join)
        return joinDiff(**dbA, request.tableA, request.tableB, request.options, control);

    auto dbB = warehouse::openDatabase(request.connectionB ? *request.connectionB : request.connectionA);
    if (!dbB)
        return dbB.error();
    return hashDiff(**dbA, request.tableA, **dbB, request.tableB, request.options, control);
}

} // namespace tidemark::diff
