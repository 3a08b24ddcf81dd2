#include "diff/hash/planner.h"

#include "warehouse/postgres_text.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tidemark::diff::hashdiff {

namespace {

using warehouse::Database;
using warehouse::TypeClass;

bool isUnsigned(const warehouse::ColumnInfo &c)
{
    return c.type.contains(QLatin1String("unsigned"), Qt::CaseInsensitive);
}

// PostgreSQL's major version (0 for other databases, or when it cannot be read).
int postgresMajorVersion(Database &db)
{
    if (db.dialect().driver() != warehouse::Driver::PostgreSQL)
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
// Rows per cell of the grid that single integer keys are cut into first: the cells whose checksums
// differ are compared row by row, so small cells stream little around each difference; their
// checksums are a row each from PostgreSQL and MySQL (a blob from SQLite).
constexpr qint64 kRowsPerGridCell = 16;
constexpr qint64 kMaxGridCells = qint64(1) << 21;

} // namespace

Planner::Planner(RunState &state)
    : m_state(state)
{
}

Expected<void> Planner::plan(const TablePair &pair)
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
    const warehouse::Driver drivers[2]
        = {m_state.dbA.dialect().driver(), m_state.dbB.dialect().driver()};
    const int majorA = postgresMajorVersion(m_state.dbA);
    const int majorB = postgresMajorVersion(m_state.dbB);
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
    else if (postgresSide >= 0 && hashesLikeTidemark(postgresSide == 0 ? m_state.dbA : m_state.dbB))
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
    m_state.sql[0]
        = std::make_unique<SideSql>(m_state.dbA.dialect(), m_state.tableA, std::move(keys[0]),
                                    std::move(values[0]), m_state.options.where, hash);
    m_state.sql[1]
        = std::make_unique<SideSql>(m_state.dbB.dialect(), m_state.tableB, std::move(keys[1]),
                                    std::move(values[1]), m_state.options.where, hash);
    m_state.rowHash = hash;
    m_state.codec = m_state.sql[0]->codec();
    m_state.different.assign(pair.compared.size(), 0);
    return {};
}

Expected<void> Planner::readCounts()
{
    return m_state.onBothSides([this](Database &db, int side) -> Expected<void> {
        const BoundSql sql = m_state.sql[side]->counts();
        return db.query(sql.sql, sql.values, [&](const warehouse::Row &row) {
            m_state.stats[side].rows = row.value(0).toLongLong();
            m_state.stats[side].nullRows = row.value(1).toLongLong();
            if (!row.isNull(2))
                m_state.keyMin[side] = row.value(2).toLongLong();
            if (!row.isNull(3))
                m_state.keyMax[side] = row.value(3).toLongLong();
            if (m_state.sql[side]->countsOddValues())
                readOddValues(side, row, 4);
            return false;
        });
    });
}

Expected<void> Planner::readUniqueKeys()
{
    return m_state.onBothSides([this](Database &db, int side) -> Expected<void> {
        QStringList keys;
        for (const ColumnPair &k : m_state.pair.keys)
            keys << (side == 0 ? k.a.name : k.b.name);
        m_state.uniqueKeys[side]
            = keysAreUnique(db, side == 0 ? m_state.tableA : m_state.tableB, keys);
        return {};
    });
}

void Planner::readOddValues(int side, const warehouse::Row &row, int first)
{
    m_state.oddValues[side].clear();
    int at = first;
    for (const ValueColumn &c : m_state.sql[side]->values()) {
        if (!c.mayBeOdd)
            continue;
        const qint64 odd = at < row.size() ? row.value(at).toLongLong() : 0;
        ++at;
        if (odd > 0)
            m_state.oddValues[side].push_back({c.name, odd, c.form.as});
    }
    m_state.oddCounted[side] = true;
}

Expected<void> Planner::readOddValuesOfSides()
{
    return m_state.onBothSides([this](Database &db, int side) -> Expected<void> {
        if (m_state.oddCounted[side])
            return {};
        const BoundSql sql = m_state.sql[side]->oddCounts();
        if (sql.sql.isEmpty())
            return {};
        return db.query(sql.sql, sql.values, [&](const warehouse::Row &row) {
            readOddValues(side, row, 0);
            return false;
        });
    });
}

Expected<void> Planner::readDuplicates()
{
    return m_state.onBothSides([this](Database &db, int side) -> Expected<void> {
        if (m_state.duplicatesKnown[side])
            return {};
        if (m_state.uniqueKeys[side]) { // a unique index rules duplicates out
            m_state.stats[side].duplicateKeys = 0;
            m_state.stats[side].duplicateRows = 0;
            return {};
        }
        std::vector<warehouse::ColumnInfo> keys;
        for (const ColumnPair &k : m_state.pair.keys)
            keys.push_back(side == 0 ? k.a : k.b);
        auto stats
            = readKeyStats(db, side == 0 ? m_state.tableA : m_state.tableB, keys, m_state.options);
        if (!stats)
            return stats.error();
        m_state.stats[side].duplicateKeys = stats->duplicateKeys;
        m_state.stats[side].duplicateRows = stats->duplicateRows;
        return {};
    });
}

Expected<void> Planner::readProfilesOfBothSides()
{
    return m_state.onBothSides([this](Database &db, int side) -> Expected<void> {
        std::vector<warehouse::ColumnInfo> columns;
        for (const ColumnPair &k : m_state.pair.keys)
            columns.push_back(side == 0 ? k.a : k.b);
        for (const ColumnPair &c : m_state.pair.compared)
            columns.push_back(side == 0 ? c.a : c.b);
        auto profiles = readProfiles(db, side == 0 ? m_state.tableA : m_state.tableB, columns,
                                     m_state.options);
        if (!profiles)
            return profiles.error();
        (side == 0 ? m_state.result.profilesA : m_state.result.profilesB) = std::move(*profiles);
        return {};
    });
}

int Planner::pieces(const KeyRange &range, bool root) const
{
    // Cells of about threshold / factor rows: in one scan, the ranges that cutting in `factor`
    // again and again would reach one cut below the threshold, without the scans of the levels
    // above. Differing cells at or below the threshold are compared row by row.
    const qint64 factor = std::max(2, m_state.options.bisectionFactor);
    const qint64 threshold = std::max<qint64>(1, m_state.options.bisectionThreshold);
    const double want = std::ceil(double(range.rows()) * double(factor) / double(threshold));
    const double low = root ? double(factor) : 2.0;
    return int(std::clamp(want, low, double(m_state.maxCells())));
}

Expected<std::unique_ptr<RangeSplitter>> Planner::makeSplitter(qint64 rootPieces)
{
    if (m_state.codec.singleInteger()) {
        qint64 min = std::numeric_limits<qint64>::max();
        qint64 max = std::numeric_limits<qint64>::min();
        for (int side = 0; side < 2; ++side) {
            if (m_state.keyMin[side])
                min = std::min(min, *m_state.keyMin[side]);
            if (m_state.keyMax[side])
                max = std::max(max, *m_state.keyMax[side]);
        }
        if (min > max)
            min = max = 0;
        return std::unique_ptr<RangeSplitter>(std::make_unique<IntegerSplitter>(min, max));
    }

    const qint64 rows
        = std::max<qint64>(1,
                           std::max(m_state.stats[0].rows - m_state.stats[0].nullRows,
                                    m_state.stats[1].rows - m_state.stats[1].nullRows));
    const qint64 factor = std::max(2, m_state.options.bisectionFactor);
    const qint64 threshold = std::max<qint64>(1, m_state.options.bisectionThreshold);
    const qint64 target
        = std::min(kMaxSample, std::max(8 * rootPieces, 4 * rows * factor / threshold));
    const double fraction = std::min(1.0, double(target) / double(rows));
    std::vector<QByteArray> keys[2];
    auto read = m_state.onBothSides([&](Database &db, int side) -> Expected<void> {
        const BoundSql sql = m_state.sql[side]->sample(fraction);
        QByteArray key;
        return db.query(sql.sql, sql.values, [&](const warehouse::Row &row) {
            if (m_state.sql[side]->codec().encode(row, 0, &key))
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
    m_state.counters.rowsSampled = qint64(sample.size());
    return std::unique_ptr<RangeSplitter>(std::make_unique<SampleSplitter>(std::move(sample)));
}

std::optional<Grid> Planner::gridOf(const KeyRange &root) const
{
    if (!m_state.codec.singleInteger())
        return std::nullopt;
    std::optional<qint64> min;
    std::optional<qint64> max;
    for (int side = 0; side < 2; ++side) {
        if (m_state.keyMin[side])
            min = min ? std::min(*min, *m_state.keyMin[side]) : *m_state.keyMin[side];
        if (m_state.keyMax[side])
            max = max ? std::max(*max, *m_state.keyMax[side]) : *m_state.keyMax[side];
    }
    qint64 span = 0;
    if (!min || !max || *max < *min || __builtin_sub_overflow(*max, *min, &span)
        || span == std::numeric_limits<qint64>::max())
        return std::nullopt;
    ++span;
    // Cells of at most 63 keys where that takes not too many, so that their duplicated keys show.
    const qint64 cells = std::clamp<qint64>(std::max(root.rows() / kRowsPerGridCell, span / 63 + 1),
                                            1, kMaxGridCells);
    Grid grid;
    grid.base = *min;
    grid.width = span / cells + (span % cells ? 1 : 0);
    grid.count = span / grid.width + (span % grid.width ? 1 : 0);
    return grid;
}

} // namespace tidemark::diff::hashdiff
