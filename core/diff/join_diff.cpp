#include "diff/join_diff.h"
#include "common/translation.h"

#include "diff/comparison_sql.h"
#include "diff/deadline.h"
#include "diff/table_pair.h"
#include "diff/value_json.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace tidemark::diff {

namespace {

using warehouse::Database;
using warehouse::Dialect;

// One side of the join: a marker column, the keys as k0.., the compared columns as c0.., filtered,
// and without the keys that occur more than once on that side.
QString sideSql(const Dialect &d, const TablePair &pair, bool sideA, const DiffOptions &options,
                bool excludeDuplicates)
{
    const warehouse::TableName &table = sideA ? pair.tableA : pair.tableB;
    QStringList cols {QStringLiteral("1 AS ")
                      + d.quote(sideA ? QStringLiteral("t_a") : QStringLiteral("t_b"))};
    QStringList keys; // as they group and compare (byte for byte)
    QStringList keyNames;
    for (size_t i = 0; i < pair.keys.size(); ++i) {
        const warehouse::ColumnInfo &column = sideA ? pair.keys[i].a : pair.keys[i].b;
        const QString name = d.quote(column.name);
        keys << exactKey(d, column);
        keyNames << name;
        cols << sideKeyColumn(d, pair.keys[i], sideA, QStringLiteral("s")) + QStringLiteral(" AS ")
                + d.quote(QStringLiteral("k%1").arg(i));
    }
    for (size_t i = 0; i < pair.compared.size(); ++i) {
        const QString name = d.quote(sideA ? pair.compared[i].a.name : pair.compared[i].b.name);
        cols << name + QStringLiteral(" AS ") + d.quote(QStringLiteral("c%1").arg(i));
    }
    QString sql = QStringLiteral("SELECT %1 FROM %2 s")
                      .arg(cols.join(QStringLiteral(", ")), d.table(table));
    QStringList conditions;
    if (!options.where.trimmed().isEmpty())
        conditions << QLatin1Char('(') + options.where + QLatin1Char(')');
    if (excludeDuplicates) {
        QStringList notNull;
        QStringList grouped;
        QStringList match;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const warehouse::ColumnInfo &column
                = sideA ? pair.keys[size_t(i)].a : pair.keys[size_t(i)].b;
            const QString alias = d.quote(QStringLiteral("d%1").arg(i));
            notNull << keyNames.at(i) + QStringLiteral(" IS NOT NULL");
            grouped << keys.at(i) + QStringLiteral(" AS ") + alias;
            match << QStringLiteral("dup.%1 = %2")
                         .arg(alias, exactKey(d, column, QStringLiteral("s")));
        }
        conditions << QStringLiteral("NOT EXISTS (SELECT 1 FROM (SELECT %6 FROM %2 WHERE %3%4 "
                                     "GROUP BY %1 HAVING COUNT(*) > 1) dup WHERE %5)")
                          .arg(keys.join(QStringLiteral(", ")), d.table(table),
                               notNull.join(QStringLiteral(" AND ")),
                               options.where.trimmed().isEmpty()
                                   ? QString()
                                   : QStringLiteral(" AND (") + options.where + QLatin1Char(')'),
                               match.join(QStringLiteral(" AND ")),
                               grouped.join(QStringLiteral(", ")));
    }
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return sql + sideSubqueryEnd(d, pair);
}

// SELECT list: t_a, t_b, a.k.., b.k.., f.., a.c.., b.c.. (each with its own alias: MySQL refuses a
// derived table with two columns of one name).
QStringList selectList(const Dialect &d, const TablePair &pair, const DiffOptions &options,
                       bool bOnly)
{
    auto as = [&d](const QString &expr, const QString &alias) -> QString {
        return expr + QStringLiteral(" AS ") + d.quote(alias);
    };
    QStringList out;
    out << as(bOnly ? QStringLiteral("NULL")
                    : QStringLiteral("a.") + d.quote(QStringLiteral("t_a")),
              QStringLiteral("t_a"));
    out << as(QStringLiteral("b.") + d.quote(QStringLiteral("t_b")), QStringLiteral("t_b"));
    for (size_t i = 0; i < pair.keys.size(); ++i)
        out << as(bOnly ? QStringLiteral("NULL")
                        : QStringLiteral("a.") + d.quote(QStringLiteral("k%1").arg(i)),
                  QStringLiteral("ak%1").arg(i));
    for (size_t i = 0; i < pair.keys.size(); ++i)
        out << as(QStringLiteral("b.") + d.quote(QStringLiteral("k%1").arg(i)),
                  QStringLiteral("bk%1").arg(i));
    for (size_t i = 0; i < pair.compared.size(); ++i) {
        if (bOnly) {
            out << as(QStringLiteral("0"), QStringLiteral("f%1").arg(i));
            continue;
        }
        const QString c = d.quote(QStringLiteral("c%1").arg(i));
        out << as(QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END")
                      .arg(valuesDiffer(d, pair.compared[i], QStringLiteral("a.") + c,
                                        QStringLiteral("b.") + c, options)),
                  QStringLiteral("f%1").arg(i));
    }
    for (size_t i = 0; i < pair.compared.size(); ++i)
        out << as(bOnly ? QStringLiteral("NULL")
                        : QStringLiteral("a.") + d.quote(QStringLiteral("c%1").arg(i)),
                  QStringLiteral("ac%1").arg(i));
    for (size_t i = 0; i < pair.compared.size(); ++i)
        out << as(QStringLiteral("b.") + d.quote(QStringLiteral("c%1").arg(i)),
                  QStringLiteral("bc%1").arg(i));
    return out;
}

QString differingRowsSql(const Dialect &d, const TablePair &pair, const DiffOptions &options,
                         bool dupA, bool dupB)
{
    const QString sideA = sideSql(d, pair, true, options, dupA);
    const QString sideB = sideSql(d, pair, false, options, dupB);
    const QString on = keyJoinCondition(d, pair);
    // A row differs when any column does: the tests joined with OR (cheaper than summing the
    // flags, which would evaluate every test into a number for each of the millions of rows).
    QStringList differs;
    for (size_t i = 0; i < pair.compared.size(); ++i) {
        differs << valuesDiffer(
            d, pair.compared[i], QStringLiteral("j.") + d.quote(QStringLiteral("ac%1").arg(i)),
            QStringLiteral("j.") + d.quote(QStringLiteral("bc%1").arg(i)), options);
    }
    const QString changed = differs.isEmpty()
        ? QString()
        : QStringLiteral(" OR ") + differs.join(QStringLiteral(" OR "));
    const QString ta = QStringLiteral("j.") + d.quote(QStringLiteral("t_a"));
    const QString tb = QStringLiteral("j.") + d.quote(QStringLiteral("t_b"));
    if (d.supportsFullOuterJoin()) {
        return QStringLiteral("SELECT j.* FROM (SELECT %1 FROM (%2) a FULL OUTER JOIN (%3) b ON "
                              "%4) j WHERE %5 IS NULL OR %6 IS NULL%7")
            .arg(selectList(d, pair, options, false).join(QStringLiteral(", ")), sideA, sideB, on,
                 ta, tb, changed);
    }
    // Without FULL OUTER JOIN: A left-joined to B, then the rows of B that A lacks.
    return QStringLiteral(
               "SELECT j.* FROM (SELECT %1 FROM (%2) a LEFT JOIN (%3) b ON %4) j WHERE %5 IS "
               "NULL%6 "
               "UNION ALL SELECT %7 FROM (%3) b LEFT JOIN (%2) a ON %4 WHERE a.%8 IS NULL")
        .arg(selectList(d, pair, options, false).join(QStringLiteral(", ")), sideA, sideB, on, tb,
             changed, selectList(d, pair, options, true).join(QStringLiteral(", ")),
             d.quote(QStringLiteral("t_a")));
}

// Key statistics of one side. On PostgreSQL, with a one-column key, one pass counts the rows, the
// NULL keys and the distinct keys (a sort of one column: several times cheaper than grouping a
// million keys); the grouping query that counts the duplicates runs only when there are some.
// `onDuplicates` is called as soon as the side is known to have duplicated keys.
Expected<KeyStats> sideKeyStats(Database &db, const warehouse::TableName &table,
                                const std::vector<warehouse::ColumnInfo> &keys,
                                const DiffOptions &options,
                                const std::function<void()> &onDuplicates = {})
{
    const Dialect &d = db.dialect();
    if (keys.size() == 1 && d.driver() == warehouse::Driver::PostgreSQL) {
        const QString sql
            = QStringLiteral("SELECT COUNT(*), COUNT(%1), COUNT(DISTINCT %2) FROM %3%4")
                  .arg(d.quote(keys.front().name), exactKey(d, keys.front()), d.table(table),
                       whereClause(options));
        KeyStats stats;
        qint64 keyed = 0;
        qint64 distinct = 0;
        auto read = db.query(sql, {}, [&](const warehouse::Row &row) {
            stats.rows = row.value(0).toLongLong();
            keyed = row.value(1).toLongLong();
            distinct = row.value(2).toLongLong();
            return false;
        });
        if (!read)
            return read.error();
        if (distinct == keyed) {
            stats.nullRows = stats.rows - keyed;
            return stats;
        }
        if (onDuplicates)
            onDuplicates();
    }
    auto stats = readKeyStats(db, table, keys, options);
    if (stats && stats->duplicateKeys > 0 && onDuplicates)
        onDuplicates();
    return stats;
}

// The key statistics of both sides, read one after the other on a second connection, on another
// thread, while the diff's connection compares the rows (the statistics cost less than the join,
// so they are done before it is, and they keep only one more core busy). The connection is
// attached to the diff's control, so cancelling the diff stops it too.
class BackgroundKeyStats final
{
public:
    struct Side
    {
        warehouse::TableName table;
        std::vector<warehouse::ColumnInfo> keys;
    };

    BackgroundKeyStats(const warehouse::ConnectionSpec &spec, std::vector<Side> sides,
                       const DiffOptions &options, DiffControl *control,
                       std::function<void()> onDuplicates)
        : m_control(control)
        , m_results(sides.size())
    {
        m_thread = std::thread(
            [this, spec, sides = std::move(sides), options,
             onDuplicates = std::move(onDuplicates)] { run(spec, sides, options, onDuplicates); });
    }
    ~BackgroundKeyStats()
    {
        {
            std::lock_guard lock(m_mutex);
            m_abandoned = true;
        }
        waitUntilDone();
    }
    BackgroundKeyStats(const BackgroundKeyStats &) = delete;
    BackgroundKeyStats &operator=(const BackgroundKeyStats &) = delete;

    // The statistics of side `i`, or nothing when they were not read (no second connection, or an
    // earlier side failed): the caller then reads them on its own connection.
    std::optional<Expected<KeyStats>> result(size_t i)
    {
        waitUntilDone();
        return m_results.at(i);
    }

private:
    bool stopRequested() const { return m_abandoned || m_control->isCancelled(); }

    // Waits for the thread; while the diff is cancelled or this object abandoned, repeats the
    // cancellation until the statement has stopped (one that reaches the server just before the
    // statement starts would otherwise be lost).
    void waitUntilDone()
    {
        {
            std::unique_lock lock(m_mutex);
            while (!m_done) {
                if (stopRequested() && m_db)
                    m_db->cancel();
                m_wake.wait_for(lock, std::chrono::milliseconds(100));
            }
        }
        if (m_thread.joinable())
            m_thread.join();
    }

    void run(const warehouse::ConnectionSpec &spec, const std::vector<Side> &sides,
             const DiffOptions &options, const std::function<void()> &onDuplicates)
    {
        std::vector<std::optional<Expected<KeyStats>>> results(sides.size());
        auto opened = warehouse::openDatabase(spec);
        if (opened) {
            const std::unique_ptr<Database> db = std::move(*opened);
            {
                std::lock_guard lock(m_mutex);
                m_db = db.get();
            }
            const AttachedDatabase attached(m_control, db.get());
            for (size_t i = 0; i < sides.size(); ++i) {
                bool stop = false;
                {
                    std::lock_guard lock(m_mutex);
                    stop = stopRequested();
                }
                if (stop) {
                    results[i] = Error {Tr::tr("the diff was cancelled")};
                    break;
                }
                results[i]
                    = sideKeyStats(*db, sides[i].table, sides[i].keys, options, onDuplicates);
                if (!*results[i])
                    break;
            }
            std::lock_guard lock(m_mutex);
            m_db = nullptr;
        }
        std::lock_guard lock(m_mutex);
        m_results = std::move(results);
        m_done = true;
        m_wake.notify_all();
    }

    DiffControl *m_control;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    Database *m_db = nullptr; // the thread's connection while it is open
    bool m_abandoned = false;
    bool m_done = false;
    std::vector<std::optional<Expected<KeyStats>>> m_results;
    std::thread m_thread; // last: started once the members above exist
};

} // namespace

Expected<DiffResult> joinDiff(Database &db, const warehouse::TableName &tableA,
                              const warehouse::TableName &tableB, const DiffOptions &options,
                              DiffControl *control)
{
    QElapsedTimer clock;
    clock.start();
    DiffControl localControl;
    DiffControl *ctl = control ? control : &localControl;
    const AttachedDatabase attached(ctl, &db);
    const Deadline deadline(ctl, options.timeLimitSeconds);
    auto stopped = [&]() -> Error {
        if (deadline.expired())
            return Error {
                Tr::tr("the diff took longer than its time limit of %n second(s) and was stopped",
                       nullptr, options.timeLimitSeconds)};
        return Error {Tr::tr("the diff was cancelled")};
    };

    ctl->report(0.02, Tr::tr("Reading the tables' columns"));
    auto prepared = prepareTables(db, tableA, db, tableB, options);
    if (!prepared)
        return prepared.error();
    const TablePair &pair = *prepared;
    const Dialect &d = db.dialect();

    std::vector<warehouse::ColumnInfo> keysA;
    std::vector<warehouse::ColumnInfo> keysB;
    for (const ColumnPair &k : pair.keys) {
        keysA.push_back(k.a);
        keysB.push_back(k.b);
    }
    // On PostgreSQL each side's key statistics are read on a second connection while this one
    // compares the rows, assuming no duplicated keys. A side that turns out to have some stops the
    // comparison at once (with duplicates on both sides the join could multiply rows without
    // bound), and the rows are compared again without the duplicated keys. Elsewhere the
    // statistics come first (MySQL's streamed results cannot be abandoned cheaply).
    const bool concurrent = d.driver() == warehouse::Driver::PostgreSQL;
    std::atomic<bool> duplicatesFound = false;
    auto stopComparing = [&duplicatesFound, &db] {
        duplicatesFound = true;
        db.cancel();
    };
    std::optional<BackgroundKeyStats> background;
    std::optional<Expected<KeyStats>> statsA;
    std::optional<Expected<KeyStats>> statsB;
    if (concurrent) {
        background.emplace(db.spec(),
                           std::vector<BackgroundKeyStats::Side> {{tableA, keysA}, {tableB, keysB}},
                           options, ctl, stopComparing);
    } else {
        ctl->report(0.1, Tr::tr("Counting rows and checking keys of %1").arg(tableA.display()));
        statsA = sideKeyStats(db, tableA, keysA, options);
        if (!*statsA)
            return ctl->isCancelled() ? stopped() : statsA->error();
        ctl->report(0.25, Tr::tr("Counting rows and checking keys of %1").arg(tableB.display()));
        statsB = sideKeyStats(db, tableB, keysB, options);
        if (!*statsB)
            return ctl->isCancelled() ? stopped() : statsB->error();
    }

    DiffResult result;
    result.algorithm = QStringLiteral("join");
    result.tableA = tableA.display();
    result.tableB = tableB.display();
    result.key = options.key;
    result.schema = pair.schema;

    const size_t keyCount = pair.keys.size();
    const size_t columnCount = pair.compared.size();
    std::vector<qint64> different(columnCount, 0);
    const int keyA0 = 2;
    const int keyB0 = keyA0 + int(keyCount);
    const int flag0 = keyB0 + int(keyCount);
    const int valueA0 = flag0 + int(columnCount);
    const int valueB0 = valueA0 + int(columnCount);

    auto keyJson = [&](const warehouse::Row &row, int first) {
        nlohmann::json key = nlohmann::json::object();
        for (size_t i = 0; i < keyCount; ++i)
            key[pair.keys[i].a.name.toStdString()] = valueToJson(row.value(first + int(i)));
        return key;
    };
    auto valuesJson = [&](const warehouse::Row &row, int keyFirst, int valueFirst) {
        nlohmann::json out = keyJson(row, keyFirst);
        for (size_t i = 0; i < columnCount; ++i)
            out[pair.compared[i].a.name.toStdString()]
                = valueToJson(row.value(valueFirst + int(i)));
        return out;
    };
    auto hasNullKey = [&](const warehouse::Row &row, int first) {
        for (size_t i = 0; i < keyCount; ++i) {
            if (row.isNull(first + int(i)))
                return true;
        }
        return false;
    };

    ctl->report(concurrent ? 0.1 : 0.4, Tr::tr("Comparing rows"));
    const size_t sampleSize = size_t(std::max(0, options.sampleSize));
    bool limited = false;
    auto compareRows = [&](bool duplicatesA, bool duplicatesB) {
        result.rowsDownloaded = 0;
        result.rows.exclusiveA = 0;
        result.rows.exclusiveB = 0;
        result.rows.updated = 0;
        result.samples = DiffResult().samples;
        std::fill(different.begin(), different.end(), 0);
        limited = false;
        const QString sql = differingRowsSql(d, pair, options, duplicatesA, duplicatesB);
        return db.query(sql, {}, [&](const warehouse::Row &row) {
            if (ctl->isCancelled() || duplicatesFound)
                return false;
            ++result.rowsDownloaded;
            const bool inA = !row.isNull(0);
            const bool inB = !row.isNull(1);
            if (inA && !inB) {
                if (!hasNullKey(row, keyA0)) {
                    ++result.rows.exclusiveA;
                    if (result.samples["exclusive_a"].size() < sampleSize)
                        result.samples["exclusive_a"].push_back(valuesJson(row, keyA0, valueA0));
                }
            } else if (inB && !inA) {
                if (!hasNullKey(row, keyB0)) {
                    ++result.rows.exclusiveB;
                    if (result.samples["exclusive_b"].size() < sampleSize)
                        result.samples["exclusive_b"].push_back(valuesJson(row, keyB0, valueB0));
                }
            } else if (inA && inB) {
                ++result.rows.updated;
                nlohmann::json differing = nlohmann::json::array();
                for (size_t i = 0; i < columnCount; ++i) {
                    if (row.value(flag0 + int(i)).toInt() != 0) {
                        ++different[i];
                        differing.push_back(pair.compared[i].a.name.toStdString());
                    }
                }
                if (result.samples["updated"].size() < sampleSize) {
                    result.samples["updated"].push_back({{"key", keyJson(row, keyA0)},
                                                         {"a", valuesJson(row, keyA0, valueA0)},
                                                         {"b", valuesJson(row, keyB0, valueB0)},
                                                         {"different_columns", differing}});
                }
            }
            if (options.limitDownload > 0 && result.rowsDownloaded >= options.limitDownload) {
                limited = true;
                return false;
            }
            return true;
        });
    };
    auto streamed = compareRows(statsA && (*statsA)->duplicateKeys > 0,
                                statsB && (*statsB)->duplicateKeys > 0);
    if (!streamed && !duplicatesFound)
        return ctl->isCancelled() ? stopped() : streamed.error();
    if (ctl->isCancelled())
        return stopped();
    if (concurrent) {
        ctl->report(0.75, Tr::tr("Counting rows and checking keys of %1").arg(tableA.display()));
        statsA = background->result(0);
        if (!statsA) // no second connection: on this one
            statsA = sideKeyStats(db, tableA, keysA, options);
        if (!*statsA)
            return ctl->isCancelled() ? stopped() : statsA->error();
        ctl->report(0.8, Tr::tr("Counting rows and checking keys of %1").arg(tableB.display()));
        statsB = background->result(1);
        if (!statsB)
            statsB = sideKeyStats(db, tableB, keysB, options);
        if (!*statsB)
            return ctl->isCancelled() ? stopped() : statsB->error();
        if (duplicatesFound || (*statsA)->duplicateKeys > 0 || (*statsB)->duplicateKeys > 0) {
            ctl->report(0.8, Tr::tr("Comparing rows"));
            duplicatesFound = false; // the background connections are done: nothing stops this pass
            streamed = compareRows((*statsA)->duplicateKeys > 0, (*statsB)->duplicateKeys > 0);
            if (!streamed)
                return ctl->isCancelled() ? stopped() : streamed.error();
            if (ctl->isCancelled())
                return stopped();
        }
    }
    const KeyStats &keyStatsA = **statsA;
    const KeyStats &keyStatsB = **statsB;
    result.rows.a = keyStatsA.rows;
    result.rows.b = keyStatsB.rows;
    result.primaryKey = {keyStatsA.nullRows,      keyStatsB.nullRows,      keyStatsA.duplicateKeys,
                         keyStatsB.duplicateKeys, keyStatsA.duplicateRows, keyStatsB.duplicateRows};

    const qint64 matchedA = result.rows.a - result.primaryKey.nullA
        - result.primaryKey.duplicateRowsA - result.rows.exclusiveA;
    const qint64 matchedB = result.rows.b - result.primaryKey.nullB
        - result.primaryKey.duplicateRowsB - result.rows.exclusiveB;
    result.rows.unchanged = std::max<qint64>(0, matchedA - result.rows.updated);
    if (limited) {
        result.complete = false;
        result.warnings << Tr::tr(
            "stopped after downloading %n row(s) (--limit-download): the counts "
            "of exclusive and updated "
            "rows are lower bounds",
            nullptr, int(options.limitDownload));
    } else if (matchedA != matchedB) {
        result.warnings << Tr::tr(
                               "the two sides disagree on the number of matched rows (%1 against "
                               "%2); the tables changed "
                               "while they were compared")
                               .arg(matchedA)
                               .arg(matchedB);
    }
    const qint64 matched = result.rows.updated + result.rows.unchanged;
    for (size_t i = 0; i < columnCount; ++i)
        result.columns.push_back({pair.compared[i].a.name, different[i],
                                  matchPercent(matched, different[i]),
                                  pair.compared[i].comparison.description});
    // Values that are not of the class their column is compared as (SQLite text that is no
    // timestamp, a tinyint(1) holding 2): compared as text, and said.
    for (const bool sideA : {true, false}) {
        std::vector<std::pair<QString, warehouse::ValueForm>> oddColumns;
        for (const ColumnPair &c : pair.compared) {
            const warehouse::ValueForm &form = sideA ? c.comparison.a : c.comparison.b;
            if (mayHoldOddValues(form, d.driver()))
                oddColumns.emplace_back(sideA ? c.a.name : c.b.name, form);
        }
        if (oddColumns.empty())
            continue;
        auto odd = readOddCounts(db, sideA ? tableA : tableB, oddColumns, options);
        if (!odd)
            return ctl->isCancelled() ? stopped() : odd.error();
        for (size_t i = 0; i < oddColumns.size(); ++i) {
            if ((*odd)[i] > 0)
                result.warnings << oddValuesWarning(oddColumns[i].first,
                                                    (sideA ? tableA : tableB).display(), (*odd)[i],
                                                    oddColumns[i].second.as);
        }
    }

    if (options.profiles) {
        ctl->report(0.85, Tr::tr("Profiling columns"));
        std::vector<warehouse::ColumnInfo> colsA;
        std::vector<warehouse::ColumnInfo> colsB;
        for (const ColumnPair &k : pair.keys) {
            colsA.push_back(k.a);
            colsB.push_back(k.b);
        }
        for (const ColumnPair &c : pair.compared) {
            colsA.push_back(c.a);
            colsB.push_back(c.b);
        }
        auto profilesA = readProfiles(db, tableA, colsA, options);
        if (!profilesA)
            return ctl->isCancelled() ? stopped() : profilesA.error();
        auto profilesB = readProfiles(db, tableB, colsB, options);
        if (!profilesB)
            return ctl->isCancelled() ? stopped() : profilesB.error();
        result.profilesA = std::move(*profilesA);
        result.profilesB = std::move(*profilesB);
    }
    result.matchScore = matchScore(result);
    result.durationMs = clock.elapsed();
    ctl->report(1.0, Tr::tr("Done"));
    return result;
}

} // namespace tidemark::diff
