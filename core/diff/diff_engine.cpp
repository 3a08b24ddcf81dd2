#include "diff/diff_engine.h"
#include "common/translation.h"

#include "diff/comparison_sql.h"
#include "diff/hash/hash_diff.h"
#include "diff/join_diff.h"
#include "diff/sampling.h"
#include "warehouse/database.h"

#include <QCoreApplication>

namespace tidemark::diff {

namespace {

Expected<qint64> countRows(warehouse::Database &db, const warehouse::TableName &table,
                           const DiffOptions &options)
{
    qint64 rows = 0;
    auto counted = db.query(QStringLiteral("SELECT COUNT(*) FROM %1%2")
                                .arg(db.dialect().table(table), whereClause(options)),
                            {}, [&rows](const warehouse::Row &row) {
                                rows = row.value(0).toLongLong();
                                return false;
                            });
    if (!counted)
        return counted.error();
    return rows;
}

// The join diff over a uniform sample of keys when the tables are large enough, else in full.
Expected<DiffResult> sampledJoinDiff(warehouse::Database &db, const DiffRequest &request,
                                     DiffControl *control)
{
    const DiffOptions &options = request.options;
    auto rowsA = countRows(db, request.tableA, options);
    if (!rowsA)
        return rowsA.error();
    auto rowsB = countRows(db, request.tableB, options);
    if (!rowsB)
        return rowsB.error();
    const auto fraction = sampleFraction(options.sampling, std::max(*rowsA, *rowsB));
    if (!fraction)
        return joinDiff(db, request.tableA, request.tableB, options, control);

    auto columns = db.columns(request.tableA);
    if (!columns)
        return columns.error();
    std::vector<warehouse::ColumnInfo> keys;
    for (const QString &k : options.key) {
        const auto it
            = std::find_if(columns->begin(), columns->end(), [&k](const warehouse::ColumnInfo &c) {
                  return c.name.compare(k, Qt::CaseInsensitive) == 0;
              });
        if (it == columns->end())
            return joinDiff(db, request.tableA, request.tableB, options,
                            control); // names the missing key
        keys.push_back(*it);
    }
    DiffOptions sampled = options;
    const QString filter = sampleFilter(db.dialect(), keys, *fraction);
    sampled.where = options.where.trimmed().isEmpty()
        ? filter
        : QStringLiteral("(%1) AND %2").arg(options.where, filter);
    auto result = joinDiff(db, request.tableA, request.tableB, sampled, control);
    if (!result)
        return result;
    describeSample(*result, options.sampling, *fraction, *rowsA, *rowsB);
    return result;
}

} // namespace

Expected<DiffResult> runDiff(const DiffRequest &request, DiffControl *control)
{
    const bool sameConnection
        = !request.connectionB || request.connectionB->sameServerAndDatabase(request.connectionA);
    Algorithm algorithm = request.options.algorithm;
    if (algorithm == Algorithm::Auto)
        algorithm = sameConnection ? Algorithm::Join : Algorithm::Hash;
    if (algorithm == Algorithm::Join && !sameConnection) {
        return Error {
            Tr::tr(
                "the join algorithm needs both tables on one connection; %1 and %2 are different "
                "(use --algorithm hash or auto)")
                .arg(request.connectionA.redacted(), request.connectionB->redacted())};
    }

    auto dbA = warehouse::openDatabase(request.connectionA);
    if (!dbA)
        return dbA.error();
    if (algorithm == Algorithm::Join) {
        if (request.options.sampling.enabled)
            return sampledJoinDiff(**dbA, request, control);
        return joinDiff(**dbA, request.tableA, request.tableB, request.options, control);
    }

    auto dbB
        = warehouse::openDatabase(request.connectionB ? *request.connectionB : request.connectionA);
    if (!dbB)
        return dbB.error();
    auto result = hashDiff(**dbA, request.tableA, **dbB, request.tableB, request.options, control);
    if (result && request.options.sampling.enabled)
        result->warnings << Tr::tr(
            "sampling applies to diffs on one connection; every row was compared");
    return result;
}

} // namespace tidemark::diff
