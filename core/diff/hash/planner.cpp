// The cross-database diff, in this order, each side's statements on a thread and connection of
// its own so that both databases work at once:
//  1. counts: rows that pass the filter, rows with a NULL key part (and the integer key's range);
//  2. a single integer key is cut into a grid of cells of about 16 rows (at most 63 keys wide),
//     one scan per side returns every cell's count, sum of row hashes and the keys it holds (SQLite
//     counts them in C), and the cells that differ are the leaves (cells still large are cut
//     further as below);
//  3. other keys: the key space is cut into cells of about threshold / factor rows (quantiles of a
//     random sample of keys; text keys in byte order on both sides); a probe of a few cells tells
//     whether differences are dense; unless they are, one scan per side returns (cell, COUNT(*),
//     SUM(row hash)) for every cell; equal cells are skipped, differing cells above the threshold
//     are cut again (dense pieces are not), and the rest are the leaves;
//  4. both sides stream key and row hash of the leaves (or of everything) ordered by key; the
//     client merges them: keys on one side only are exclusive, keys whose hashes differ are
//     candidates, duplicated keys are counted and left out;
//  5. duplicated keys are counted by readKeyStats() when ranges were skipped, unless a unique
//     index or the grid's checksums ruled them out or counted them;
//  6. the candidates' rows are fetched from both sides in batches and compared column by column
//     as the join diff compares them (tolerances, case, NULL = ''), which decides updated and
//     unchanged and fills the per-column counts and the samples.
// The row hash: two PostgreSQL servers of one major version, PostgreSQL against SQLite, and SQLite
// against SQLite XOR one PostgreSQL hash per column, seeded by position (hashint8extended(),
// hash_numeric_extended(), timestamp_hash_extended() and the like of the value itself where the
// class allows, hashtextextended() of the canonical text elsewhere), which SQLite's
// tidemark_rowhash() reproduces in C (the server proves first that it hashes as Tidemark does);
// other pairs take MD5 (low 60 bits) of the canonical texts joined. Canonical texts
// (docs/VALUE_CONTRACT.md) are equal for values the value contract calls equal and different
// otherwise, so that equal checksums never hide a change.

#include "diff/hash/hash_diff.h"

#include "diff/hash/run_state.h"
#include "warehouse/postgres_text.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace tidemark::diff {

Expected<DiffResult> hashDiff(warehouse::Database &dbA, const warehouse::TableName &tableA,
                              warehouse::Database &dbB, const warehouse::TableName &tableB,
                              const DiffOptions &options, DiffControl *control)
{
    hashdiff::HashDiffRun run(dbA, tableA, dbB, tableB, options, control);
    return run.run();
}

namespace hashdiff {

namespace {

using warehouse::Database;
using warehouse::TypeClass;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("tidemark::diff::hashdiff::HashDiffRun", text,
                                       disambiguation, n);
}

bool isUnsigned(const warehouse::ColumnInfo &c)
{
    return c.type.contains(QLatin1String("unsigned"), Qt::CaseInsensitive);
}

// PostgreSQL's major version (0 for other databases, or when it cannot be read).
int postgresMajorVersion(Database &db)
{
    if (db.spec().driver != warehouse::Driver::PostgreSQL)
        return 0;
    int version = 0;
    (void)db.query(QStringLiteral("SHOW server_version_num"), {},
                   [&version](const warehouse::Row &row) {
                       version = row.value(0).toInt() / 10000;
                       return false;
                   });
    return version;
}

// Whether the server's hash functions are the ones Tidemark computes for SQLite rows
// (warehouse::postgres): hashtextextended() proved on texts of every length of a tail and a block
// or two, separators and UTF-8 among them, and the hashes of integers, doubles and timestamps. A
// big-endian server hashes otherwise.
bool hashesLikeTidemark(Database &db)
{
    namespace pg = warehouse::postgres;
    QVariantList probes;
    QStringList columns;
    std::vector<quint64> expected;
    const QString base = QStringLiteral("tidemark") + QChar(0x1f)
        + QStringLiteral("2020-01-01 00:00:05.5") + QChar(0x1e)
        + QStringLiteral("-1.25e-05 Gr\u00fc\u00dfe \u2713 ");
    for (int length = 0; length <= 40; ++length) {
        probes << base.left(length);
        columns
            << QStringLiteral("hashtextextended(CAST(? AS TEXT) COLLATE \"C\", %1)").arg(length);
        const QByteArray text = base.left(length).toUtf8();
        expected.push_back(
            pg::hashBytesExtended(text.constData(), size_t(text.size()), quint64(length)));
    }
    columns << QStringLiteral("hashint8extended(CAST(-5000000000 AS BIGINT), 3)")
            << QStringLiteral("hashint4extended(1, 4)")
            << QStringLiteral("hashfloat8extended(CAST(-1.25e-05 AS DOUBLE PRECISION), 5)")
            << QStringLiteral("timestamp_hash_extended(TIMESTAMP '1999-12-31 23:59:58.5', 6)");
    expected.push_back(pg::hashInt8Extended(-5000000000LL, 3));
    expected.push_back(pg::hashUint32Extended(1, 4));
    expected.push_back(pg::hashFloat8Extended(-1.25e-05, 5));
    expected.push_back(
        pg::hashInt8Extended(*pg::timestampMicroseconds("1999-12-31 23:59:58.500000"), 6));
    bool alike = false;
    auto read = db.query(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")), probes,
                         [&](const warehouse::Row &row) {
                             alike = size_t(row.size()) == expected.size();
                             for (int i = 0; alike && i < row.size(); ++i)
                                 alike = quint64(row.value(i).toLongLong()) == expected[size_t(i)];
                             return false;
                         });
    return read && alike;
}

// Largest sample of keys taken to place the boundaries of ranges of text and composite keys.
constexpr qint64 kMaxSample = 200000;
// Bound text values per statement (SQLite allows 32766).
constexpr int kMaxParameters = 30000;
// Cells whose checksums probe the density of differences before the first full checksums.
constexpr size_t kProbes = 64;
// Levels of bisection at most; what is still unresolved then is streamed.
constexpr int kMaxLevels = 24;

} // namespace

HashDiffRun::HashDiffRun(Database &dbA, const warehouse::TableName &tableA, Database &dbB,
                         const warehouse::TableName &tableB, const DiffOptions &options,
                         DiffControl *control)
    : m_dbA(dbA)
    , m_dbB(dbB)
    , m_tableA(tableA)
    , m_tableB(tableB)
    , m_options(options)
    , m_ctl(control ? control : &m_localControl)
{
}

Error HashDiffRun::stopped() const
{
    if (m_deadline && m_deadline->expired())
        return Error {tr("the diff took longer than its time limit of %n second(s) and was stopped",
                         nullptr, m_options.timeLimitSeconds)};
    return Error {tr("the diff was cancelled")};
}

Expected<void> HashDiffRun::onBothSides(const SideTask &task)
{
    std::optional<Error> errors[2];
    std::future<void> done[2];
    // Threaded sides first, so that an inline side does not hold the other one back.
    const int first = m_workers[0]->threaded() ? 0 : 1;
    for (const int side : {first, 1 - first}) {
        done[side] = m_workers[side]->post([this, &task, &errors, side](Database &db) {
            if (m_ctl->isCancelled())
                return;
            QElapsedTimer busy;
            busy.start();
            auto ok = task(db, side);
            m_busyMs[side] += busy.elapsed();
            if (!ok)
                errors[side] = ok.error();
        });
    }
    done[0].wait();
    done[1].wait();
    if (m_ctl->isCancelled())
        return stopped();
    for (const auto &error : errors) {
        if (error)
            return *error;
    }
    return {};
}

Expected<void> HashDiffRun::plan(const TablePair &pair)
{
    std::vector<KeyColumn> keys[2];
    for (const ColumnPair &k : pair.keys) {
        const bool integer = k.comparison.as() == TypeClass::Integer
            && k.a.typeClass == TypeClass::Integer && k.b.typeClass == TypeClass::Integer
            && !isUnsigned(k.a) && !isUnsigned(k.b);
        // Doubles as doubles (their text differs between databases at the extremes of notation).
        const bool floating = !integer && k.comparison.as() == TypeClass::Float;
        const KeyKind kind = integer ? KeyKind::Integer : floating ? KeyKind::Float : KeyKind::Text;
        keys[0].push_back({k.a.name, k.comparison.a, kind});
        keys[1].push_back({k.b.name, k.comparison.b, kind});
    }
    // Two PostgreSQL servers of one major version hash rows alike with their own text hash, and
    // print equal values of one type alike (our own connections fix the output formats). Against
    // SQLite, the PostgreSQL side hashes each column with its type's own hash function (PostgreSQL
    // 12 or later), which Tidemark reproduces for the SQLite side.
    RowHashFunction hash = RowHashFunction::Md5;
    const warehouse::Driver drivers[2] = {m_dbA.spec().driver, m_dbB.spec().driver};
    const int majorA = postgresMajorVersion(m_dbA);
    const int majorB = postgresMajorVersion(m_dbB);
    int postgresSide = -1; // PostgreSQL against SQLite
    if (majorA >= 12 && drivers[1] == warehouse::Driver::SQLite)
        postgresSide = 0;
    else if (majorB >= 12 && drivers[0] == warehouse::Driver::SQLite)
        postgresSide = 1;
    // Two PostgreSQL servers of one major version (11 or later): every column hashed by its type's
    // own hash function on both sides (no text), XORed per row.
    const bool samePostgres = majorA >= 11 && majorA == majorB;
    if (samePostgres)
        hash = RowHashFunction::PostgresColumns;
    else if (drivers[0] == warehouse::Driver::SQLite && drivers[1] == warehouse::Driver::SQLite)
        hash = RowHashFunction::PostgresColumns;
    else if (postgresSide >= 0 && hashesLikeTidemark(postgresSide == 0 ? m_dbA : m_dbB))
        hash = RowHashFunction::PostgresColumns;
    else
        postgresSide = -1;

    std::vector<ValueColumn> values[2];
    for (const ColumnPair &c : pair.compared) {
        const ColumnComparison &cmp = c.comparison;
        const TypeClass as = cmp.as();
        // Hashed as PostgreSQL hashes its own type's value, without text: between two PostgreSQL
        // servers every class the database compares as itself (numbers of a kind, dates, whole
        // timestamps, booleans, UUIDs, text); PostgreSQL against SQLite the classes Tidemark
        // reproduces in C (integers, doubles, booleans, whole timestamps).
        bool numericHash = false;
        if (samePostgres) {
            numericHash
                = cmp.native && !cmp.tolerance && as != TypeClass::Other && as != TypeClass::Binary;
        } else if (hash == RowHashFunction::PostgresColumns) {
            const TypeClass source = postgresSide == 0 ? cmp.a.source
                : postgresSide == 1                    ? cmp.b.source
                                                       : as;
            const bool number = source == TypeClass::Integer || source == TypeClass::Decimal
                || source == TypeClass::Float;
            numericHash = (as == TypeClass::Integer && source == TypeClass::Integer)
                || (as == TypeClass::Float && number)
                || (as == TypeClass::Boolean && source == TypeClass::Boolean)
                || (as == TypeClass::Timestamp && source == TypeClass::Timestamp
                    && cmp.a.precision == 6);
        }
        for (int side = 0; side < 2; ++side) {
            ValueColumn v;
            v.name = side == 0 ? c.a.name : c.b.name;
            v.form = side == 0 ? cmp.a : cmp.b;
            v.foldCase = cmp.foldCase;
            v.nullAsEmpty = cmp.nullAsEmpty;
            v.numericHash = numericHash;
            v.mayBeOdd = mayHoldOddValues(v.form, drivers[side]);
            values[side].push_back(std::move(v));
        }
    }
    m_sql[0] = std::make_unique<SideSql>(m_dbA.dialect(), m_tableA, std::move(keys[0]),
                                         std::move(values[0]), m_options.where, hash);
    m_sql[1] = std::make_unique<SideSql>(m_dbB.dialect(), m_tableB, std::move(keys[1]),
                                         std::move(values[1]), m_options.where, hash);
    m_rowHash = hash;
    m_codec = m_sql[0]->codec();
    m_different.assign(pair.compared.size(), 0);
    return {};
}

Expected<void> HashDiffRun::readCounts()
{
    return onBothSides([this](Database &db, int side) -> Expected<void> {
        const BoundSql sql = m_sql[side]->counts();
        return db.query(sql.sql, sql.values, [&](const warehouse::Row &row) {
            m_stats[side].rows = row.value(0).toLongLong();
            m_stats[side].nullRows = row.value(1).toLongLong();
            if (!row.isNull(2))
                m_keyMin[side] = row.value(2).toLongLong();
            if (!row.isNull(3))
                m_keyMax[side] = row.value(3).toLongLong();
            if (m_sql[side]->countsOddValues())
                readOddValues(side, row, 4);
            return false;
        });
    });
}

void HashDiffRun::readOddValues(int side, const warehouse::Row &row, int first)
{
    m_oddValues[side].clear();
    int at = first;
    for (const ValueColumn &c : m_sql[side]->values()) {
        if (!c.mayBeOdd)
            continue;
        const qint64 odd = at < row.size() ? row.value(at).toLongLong() : 0;
        ++at;
        if (odd > 0)
            m_oddValues[side].push_back({c.name, odd, c.form.as});
    }
    m_oddCounted[side] = true;
}

Expected<void> HashDiffRun::readOddValuesOfSides()
{
    return onBothSides([this](Database &db, int side) -> Expected<void> {
        if (m_oddCounted[side])
            return {};
        const BoundSql sql = m_sql[side]->oddCounts();
        if (sql.sql.isEmpty())
            return {};
        return db.query(sql.sql, sql.values, [&](const warehouse::Row &row) {
            readOddValues(side, row, 0);
            return false;
        });
    });
}

Expected<void> HashDiffRun::readDuplicates()
{
    return onBothSides([this](Database &db, int side) -> Expected<void> {
        if (m_duplicatesKnown[side])
            return {};
        if (m_uniqueKeys[side]) { // a unique index rules duplicates out
            m_stats[side].duplicateKeys = 0;
            m_stats[side].duplicateRows = 0;
            return {};
        }
        std::vector<warehouse::ColumnInfo> keys;
        for (const ColumnPair &k : m_pair.keys)
            keys.push_back(side == 0 ? k.a : k.b);
        auto stats = readKeyStats(db, side == 0 ? m_tableA : m_tableB, keys, m_options);
        if (!stats)
            return stats.error();
        m_stats[side].duplicateKeys = stats->duplicateKeys;
        m_stats[side].duplicateRows = stats->duplicateRows;
        return {};
    });
}

Expected<void> HashDiffRun::readProfilesOfBothSides()
{
    return onBothSides([this](Database &db, int side) -> Expected<void> {
        std::vector<warehouse::ColumnInfo> columns;
        for (const ColumnPair &k : m_pair.keys)
            columns.push_back(side == 0 ? k.a : k.b);
        for (const ColumnPair &c : m_pair.compared)
            columns.push_back(side == 0 ? c.a : c.b);
        auto profiles = readProfiles(db, side == 0 ? m_tableA : m_tableB, columns, m_options);
        if (!profiles)
            return profiles.error();
        (side == 0 ? m_result.profilesA : m_result.profilesB) = std::move(*profiles);
        return {};
    });
}

int HashDiffRun::maxCells() const
{
    // Boundaries per statement: integers are written into the SQL, text is bound.
    int textParts = 0;
    for (const KeyKind kind : m_codec.kinds())
        textParts += kind != KeyKind::Integer ? 1 : 0;
    if (textParts == 0)
        return 8192;
    return std::min(8192, kMaxParameters / textParts);
}

int HashDiffRun::pieces(const KeyRange &range, bool root) const
{
    // Cells of about threshold / factor rows: in one scan, the ranges that cutting in `factor`
    // again and again would reach one cut below the threshold, without the scans of the levels
    // above. Differing cells at or below the threshold are compared row by row.
    const qint64 factor = std::max(2, m_options.bisectionFactor);
    const qint64 threshold = std::max<qint64>(1, m_options.bisectionThreshold);
    const double want = std::ceil(double(range.rows()) * double(factor) / double(threshold));
    const double low = root ? double(factor) : 2.0;
    return int(std::clamp(want, low, double(maxCells())));
}

Expected<std::unique_ptr<RangeSplitter>> HashDiffRun::makeSplitter(qint64 rootPieces)
{
    if (m_codec.singleInteger()) {
        qint64 min = std::numeric_limits<qint64>::max();
        qint64 max = std::numeric_limits<qint64>::min();
        for (int side = 0; side < 2; ++side) {
            if (m_keyMin[side])
                min = std::min(min, *m_keyMin[side]);
            if (m_keyMax[side])
                max = std::max(max, *m_keyMax[side]);
        }
        if (min > max)
            min = max = 0;
        return std::unique_ptr<RangeSplitter>(std::make_unique<IntegerSplitter>(min, max));
    }

    const qint64 rows = std::max<qint64>(
        1, std::max(m_stats[0].rows - m_stats[0].nullRows, m_stats[1].rows - m_stats[1].nullRows));
    const qint64 factor = std::max(2, m_options.bisectionFactor);
    const qint64 threshold = std::max<qint64>(1, m_options.bisectionThreshold);
    const qint64 target
        = std::min(kMaxSample, std::max(8 * rootPieces, 4 * rows * factor / threshold));
    const double fraction = std::min(1.0, double(target) / double(rows));
    std::vector<QByteArray> keys[2];
    auto read = onBothSides([&](Database &db, int side) -> Expected<void> {
        const BoundSql sql = m_sql[side]->sample(fraction);
        QByteArray key;
        return db.query(sql.sql, sql.values, [&](const warehouse::Row &row) {
            if (m_sql[side]->codec().encode(row, 0, &key))
                keys[side].push_back(key);
            return keys[side].size() < size_t(2 * kMaxSample);
        });
    });
    if (!read)
        return read.error();
    std::vector<QByteArray> sample = std::move(keys[0]);
    sample.insert(sample.end(), keys[1].begin(), keys[1].end());
    std::sort(sample.begin(), sample.end());
    sample.erase(std::unique(sample.begin(), sample.end()), sample.end());
    m_counters.rowsSampled = qint64(sample.size());
    return std::unique_ptr<RangeSplitter>(std::make_unique<SampleSplitter>(std::move(sample)));
}

Expected<void> HashDiffRun::checksums(const std::vector<KeyRange> &ranges,
                                      std::vector<std::pair<qint64, quint64>> *a,
                                      std::vector<std::pair<qint64, quint64>> *b)
{
    a->assign(ranges.size(), {0, 0});
    b->assign(ranges.size(), {0, 0});
    std::vector<std::pair<qint64, quint64>> *out[2] = {a, b};
    const size_t limit = size_t(maxCells());
    for (size_t begin = 0; begin < ranges.size();) {
        // As many ranges as fit in one statement's boundaries (neighbours share theirs).
        size_t end = begin;
        size_t bounds = 0;
        while (end < ranges.size()) {
            const KeyRange &r = ranges[end];
            const size_t more
                = (r.lo && (end == begin || ranges[end - 1].hi != r.lo) ? 1 : 0) + (r.hi ? 1 : 0);
            if (end > begin && bounds + more > limit)
                break;
            bounds += more;
            ++end;
        }
        const Cells cells = cellsOf(ranges, begin, end, -1);
        auto read = onBothSides([&](Database &db, int side) -> Expected<void> {
            const BoundSql sql = m_sql[side]->checksums(cells);
            return db.query(sql.sql, sql.values, [&](const warehouse::Row &row) {
                const qint64 label = row.value(0).toLongLong();
                if (label >= 0 && label < qint64(ranges.size()))
                    (*out[side])[size_t(label)]
                        = {row.value(1).toLongLong(), parseHashSum(row.value(2))};
                return true;
            });
        });
        if (!read)
            return read;
        begin = end;
    }
    return {};
}

Expected<std::vector<KeyRange>> HashDiffRun::bisect()
{
    KeyRange root;
    root.rowsA = m_stats[0].rows - m_stats[0].nullRows;
    root.rowsB = m_stats[1].rows - m_stats[1].nullRows;
    if (root.rows() == 0)
        return std::vector<KeyRange> {};
    const qint64 threshold = std::max<qint64>(1, m_options.bisectionThreshold);
    if (root.rows() <= threshold)
        return std::vector<KeyRange> {root};

    m_ctl->report(0.2, tr("Placing the boundaries of key ranges"));
    QElapsedTimer clock;
    clock.start();
    auto splitter = makeSplitter(pieces(root, true));
    if (!splitter)
        return splitter.error();
    m_timings["boundaries"] = clock.elapsed();

    std::vector<KeyRange> pending {root};
    std::vector<KeyRange> leaves;
    if (const std::optional<Grid> grid = gridOf(root)) {
        ++m_counters.levels;
        m_ctl->report(0.33,
                      tr("Comparing checksums of key ranges (level %1)").arg(m_counters.levels));
        if (auto compared = compareGrid(*grid, &pending, &leaves); !compared)
            return compared.error();
    }
    while (!pending.empty()) {
        ++m_counters.levels;
        m_ctl->report(std::min(0.5, 0.25 + 0.08 * m_counters.levels),
                      tr("Comparing checksums of key ranges (level %1)").arg(m_counters.levels));
        // How many pieces each range is cut into, at most two statements' worth per level.
        std::vector<int> want;
        qint64 total = 0;
        for (const KeyRange &p : pending) {
            want.push_back(pieces(p, m_counters.levels == 1));
            total += want.back();
        }
        const qint64 budget = 2 * qint64(maxCells());
        std::vector<KeyRange> children;
        for (size_t i = 0; i < pending.size(); ++i) {
            const KeyRange &parent = pending[i];
            int n = want[i];
            if (total > budget)
                n = int(std::max<qint64>(2, qint64(n) * budget / total));
            const std::vector<QByteArray> bounds = (*splitter)->split(parent, n);
            if (bounds.empty()) {
                leaves.push_back(parent); // cannot be cut further
                continue;
            }
            KeyRange child;
            child.lo = parent.lo;
            for (const QByteArray &b : bounds) {
                child.hi = b;
                children.push_back(child);
                child.lo = b;
            }
            child.hi = parent.hi;
            children.push_back(child);
        }
        if (children.empty())
            break;
        if (m_counters.levels == 1 && pending.size() == 1 && children.size() >= 4 * kProbes) {
            // Before hashing every row for the first checksums, probe the density of differences
            // on a few cells spread over the key space: when most of them differ, nearly every
            // cell would, and all rows are streamed at once instead of hashed twice.
            std::vector<KeyRange> probes;
            const size_t step = children.size() / kProbes;
            for (size_t i = 0; i < kProbes; ++i)
                probes.push_back(children[i * step + step / 2]);
            std::vector<std::pair<qint64, quint64>> probeA;
            std::vector<std::pair<qint64, quint64>> probeB;
            if (auto read = checksums(probes, &probeA, &probeB); !read)
                return read.error();
            qint64 differ = 0;
            for (size_t i = 0; i < kProbes; ++i)
                differ += probeA[i] != probeB[i] ? 1 : 0;
            m_counters.probed = qint64(kProbes);
            m_counters.probedDiffering = differ;
            if (2 * differ > qint64(kProbes)) {
                leaves.push_back(pending.front());
                break;
            }
        }
        std::vector<std::pair<qint64, quint64>> sumsA;
        std::vector<std::pair<qint64, quint64>> sumsB;
        if (auto read = checksums(children, &sumsA, &sumsB); !read)
            return read.error();
        std::vector<KeyRange> differing;
        qint64 nonEmpty = 0;
        for (size_t i = 0; i < children.size(); ++i) {
            KeyRange &c = children[i];
            c.rowsA = sumsA[i].first;
            c.rowsB = sumsB[i].first;
            nonEmpty += c.rows() > 0 ? 1 : 0;
            if (sumsA[i] == sumsB[i]) {
                ++m_counters.rangesSkipped;
                m_counters.rowsSkipped += c.rowsA;
            } else {
                differing.push_back(c);
            }
        }
        m_counters.rangesCompared += qint64(children.size());
        // Dense differences: when nearly every piece of ranges that differed differs again, cutting
        // once more would only read the rows twice; stream them. (Not judged on the first cut, nor
        // on a handful of pieces: keys bunched in a few pieces of a wide range say nothing.)
        const qint64 enough = std::max(4, m_options.bisectionFactor);
        const bool dense = m_counters.levels >= 2 && nonEmpty >= enough
            && double(differing.size()) >= 0.9 * double(nonEmpty);
        pending.clear();
        for (KeyRange &d : differing) {
            if (dense || d.rows() <= threshold || m_counters.levels >= kMaxLevels)
                leaves.push_back(std::move(d));
            else
                pending.push_back(std::move(d));
        }
    }
    std::sort(leaves.begin(), leaves.end(), [](const KeyRange &x, const KeyRange &y) {
        if (!x.lo || !y.lo)
            return !x.lo && y.lo;
        return *x.lo < *y.lo;
    });
    return leaves;
}

void HashDiffRun::finish()
{
    DiffResult &r = m_result;
    const qint64 matchedA
        = r.rows.a - r.primaryKey.nullA - r.primaryKey.duplicateRowsA - r.rows.exclusiveA;
    const qint64 matchedB
        = r.rows.b - r.primaryKey.nullB - r.primaryKey.duplicateRowsB - r.rows.exclusiveB;
    r.rows.unchanged = std::max<qint64>(0, matchedA - r.rows.updated);
    if (m_limited) {
        r.complete = false;
        r.warnings << tr("stopped after downloading %n row(s) (--limit-download): the counts of "
                         "exclusive and updated "
                         "rows are lower bounds",
                         nullptr, int(m_options.limitDownload));
    } else if (matchedA != matchedB) {
        r.warnings << tr("the two sides disagree on the number of matched rows (%1 against %2); "
                         "the tables changed "
                         "while they were compared")
                          .arg(matchedA)
                          .arg(matchedB);
    }
    const qint64 matched = r.rows.updated + r.rows.unchanged;
    for (size_t i = 0; i < m_pair.compared.size(); ++i) {
        r.columns.push_back({m_pair.compared[i].a.name, m_different[i],
                             matchPercent(matched, m_different[i]),
                             m_pair.compared[i].comparison.description});
    }
    for (int side = 0; side < 2; ++side) {
        for (const OddValues &odd : m_oddValues[side])
            r.warnings << oddValuesWarning(odd.column, (side == 0 ? m_tableA : m_tableB).display(),
                                           odd.count, odd.as);
    }
    r.rowsDownloaded = m_counters.rowsStreamed + m_counters.rowsFetched;
    r.hashStats
        = {{"levels", m_counters.levels},
           {"ranges_compared", m_counters.rangesCompared},
           {"ranges_skipped", m_counters.rangesSkipped},
           {"rows_skipped", m_counters.rowsSkipped},
           {"ranges_streamed", m_counters.rangesStreamed},
           {"rows_streamed", m_counters.rowsStreamed},
           {"rows_sampled", m_counters.rowsSampled},
           {"probed", m_counters.probed},
           {"probed_differing", m_counters.probedDiffering},
           {"candidates", m_counters.candidates},
           {"rows_fetched", m_counters.rowsFetched},
           {"unique_keys", {{"a", m_uniqueKeys[0]}, {"b", m_uniqueKeys[1]}}},
           {"row_hash", m_rowHash == RowHashFunction::PostgresColumns ? "postgres-columns" : "md5"},
           {"timings_ms", m_timings},
           {"busy_ms", {{"a", m_busyMs[0].load()}, {"b", m_busyMs[1].load()}}},
           {"parallel",
            m_workers[0] && m_workers[1] && m_workers[0]->threaded() && m_workers[1]->threaded()}};
    r.matchScore = matchScore(r);
    r.durationMs = m_clock.elapsed();
}

Expected<DiffResult> HashDiffRun::run()
{
    m_clock.start();
    const AttachedDatabase attachedA(m_ctl, &m_dbA);
    const AttachedDatabase attachedB(m_ctl, &m_dbB);
    const Deadline deadline(m_ctl, m_options.timeLimitSeconds);
    m_deadline = &deadline;

    for (const Database *db : {&m_dbA, &m_dbB}) {
        if (db->spec().driver == warehouse::Driver::ODBC) {
            return Error {tr("%1: cross-database diffs need PostgreSQL, MySQL/MariaDB or SQLite on "
                             "both sides, whose values "
                             "Tidemark normalises alike; diff ODBC tables on one connection "
                             "(--algorithm join)")
                              .arg(db->spec().redacted())};
        }
    }

    m_ctl->report(0.02, tr("Reading the tables' columns"));
    auto prepared = prepareTables(m_dbA, m_tableA, m_dbB, m_tableB, m_options);
    if (!prepared)
        return m_ctl->isCancelled() ? stopped() : prepared.error();
    m_pair = std::move(*prepared);

    m_ctl->report(0.05, tr("Connecting to both databases"));
    // Two PostgreSQL sides already scan at once; on a machine of few cores (the servers are
    // often on it too) parallel workers on top only make them wait for each other.
    const bool serialScans = m_dbA.spec().driver == warehouse::Driver::PostgreSQL
        && m_dbB.spec().driver == warehouse::Driver::PostgreSQL
        && std::thread::hardware_concurrency() <= 4;
    m_workers[0] = std::make_unique<SideWorker>(
        m_dbA, m_ctl, SideSql::sessionTuning(m_dbA.spec().driver, serialScans));
    m_workers[1] = std::make_unique<SideWorker>(
        m_dbB, m_ctl, SideSql::sessionTuning(m_dbB.spec().driver, serialScans));
    if (auto planned = plan(m_pair); !planned)
        return planned.error();

    m_timings["prepare"] = m_clock.elapsed();
    QElapsedTimer phase;
    phase.start();
    m_ctl->report(0.1,
                  tr("Counting rows of %1 and %2").arg(m_tableA.display(), m_tableB.display()));
    if (auto counts = readCounts(); !counts)
        return counts.error();
    auto unique = onBothSides([this](Database &db, int side) -> Expected<void> {
        QStringList keys;
        for (const ColumnPair &k : m_pair.keys)
            keys << (side == 0 ? k.a.name : k.b.name);
        m_uniqueKeys[side] = keysAreUnique(db, side == 0 ? m_tableA : m_tableB, keys);
        return {};
    });
    if (!unique)
        return unique.error();
    m_timings["counts"] = phase.restart();
    m_result.algorithm = QStringLiteral("hash");
    m_result.tableA = m_tableA.display();
    m_result.tableB = m_tableB.display();
    m_result.key = m_options.key;
    m_result.schema = m_pair.schema;
    m_result.rows.a = m_stats[0].rows;
    m_result.rows.b = m_stats[1].rows;

    if (m_options.profiles) {
        m_ctl->report(0.15, tr("Profiling columns"));
        if (auto profiles = readProfilesOfBothSides(); !profiles)
            return profiles.error();
        m_timings["profiles"] = phase.restart();
    }

    auto leaves = bisect();
    if (!leaves)
        return m_ctl->isCancelled() ? stopped() : leaves.error();
    m_timings["checksums"] = phase.restart();
    if (auto merged = streamAndMerge(std::move(*leaves)); !merged)
        return m_ctl->isCancelled() ? stopped() : merged.error();
    m_timings["stream"] = phase.restart();
    if (!m_sawAllRows) {
        // Ranges were skipped: their duplicated keys (the same on both sides) were not seen.
        m_ctl->report(0.8,
                      tr("Checking the keys of %1 and %2 for duplicates")
                          .arg(m_tableA.display(), m_tableB.display()));
        if (auto duplicates = readDuplicates(); !duplicates)
            return m_ctl->isCancelled() ? stopped() : duplicates.error();
        m_timings["key_stats"] = phase.restart();
    }
    m_result.primaryKey
        = {m_stats[0].nullRows,      m_stats[1].nullRows,      m_stats[0].duplicateKeys,
           m_stats[1].duplicateKeys, m_stats[0].duplicateRows, m_stats[1].duplicateRows};
    if (!m_limited) {
        if (auto resolved = resolveCandidates(); !resolved)
            return m_ctl->isCancelled() ? stopped() : resolved.error();
        m_timings["fetch"] = phase.restart();
    }
    if (!m_limited) {
        if (auto sampled = fetchSamples(); !sampled)
            return m_ctl->isCancelled() ? stopped() : sampled.error();
    }
    if (auto odd = readOddValuesOfSides(); !odd)
        return m_ctl->isCancelled() ? stopped() : odd.error();
    if (m_ctl->isCancelled())
        return stopped();
    finish();
    m_workers[0].reset(); // the sides' threads end and close their connections
    m_workers[1].reset();
    m_deadline = nullptr;
    m_ctl->report(1.0, tr("Done"));
    return std::move(m_result);
}

} // namespace hashdiff

} // namespace tidemark::diff
