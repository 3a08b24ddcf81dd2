#include "values/differing_rows.h"
#include "common/translation.h"

#include "diff/comparison_sql.h"
#include "values/differing_rows_sql.h"

#include <QCoreApplication>
#include <QUuid>

namespace tidemark::values {

namespace {

using warehouse::Driver;

qint64 toCount(const QVariant &value)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok ? n : qint64(value.toDouble());
}

} // namespace

QString kindLabel(RowKind kind)
{
    switch (kind) {
    case RowKind::OnlyInA: return Tr::tr("only in production");
    case RowKind::OnlyInB: return Tr::tr("only in PR");
    case RowKind::Changed: return Tr::tr("changed");
    }
    return {};
}

Expected<std::unique_ptr<DifferingRows>> DifferingRows::open(const diff::DiffRequest &request,
                                                             DifferingRowsOptions options,
                                                             diff::DiffControl *control)
{
    if (request.connectionB && !request.connectionB->sameServerAndDatabase(request.connectionA)) {
        return Error {
            Tr::tr("the Values tab browses the rows of diffs on one connection; %1 and %2 "
                   "are different "
                   "connections, so this diff shows samples of its differing rows instead")
                .arg(request.connectionA.redacted(), request.connectionB->redacted())};
    }
    if (control)
        control->report(0.01, Tr::tr("Connecting"));
    auto opened = warehouse::openDatabase(request.connectionA);
    if (!opened)
        return opened.error();
    std::unique_ptr<warehouse::Database> db = std::move(*opened);
    if (db->dialect().driver() == Driver::ODBC) // an engine behind ODBC that Tidemark does not know
        return Error {
            Tr::tr("the Values tab browses PostgreSQL, MySQL/MariaDB and SQLite tables; this "
                   "diff shows samples instead")};
    if (control && control->isCancelled())
        return Error {Tr::tr("browsing the differing rows was cancelled")};
    const diff::AttachedDatabase attached(control, db.get());
    if (control)
        control->report(0.02, Tr::tr("Reading the tables' columns"));
    auto pair = diff::prepareTables(*db, request.tableA, *db, request.tableB, request.options);
    if (!pair)
        return pair.error();
    return std::unique_ptr<DifferingRows>(
        new DifferingRows(std::move(db), request, std::move(options), std::move(*pair)));
}

DifferingRows::DifferingRows(std::unique_ptr<warehouse::Database> db, diff::DiffRequest request,
                             DifferingRowsOptions options, diff::TablePair pair)
    : m_db(std::move(db))
    , m_request(std::move(request))
    , m_options(std::move(options))
    , m_pair(std::move(pair))
{
    for (const diff::ColumnPair &k : m_pair.keys)
        m_layout.keyColumns << k.a.name;
    for (const diff::ColumnPair &c : m_pair.compared)
        m_layout.comparedColumns << c.a.name;
    m_counts.differingPerColumn.assign(m_pair.compared.size(), 0);
    const QString stem
        = QStringLiteral("tidemark_values_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const warehouse::Dialect &d = m_db->dialect();
    m_base = d.quote(stem + QStringLiteral("_rows"));
    m_keys = d.quote(stem + QStringLiteral("_keys"));
    m_view = d.quote(stem + QStringLiteral("_view"));
}

DifferingRows::~DifferingRows()
{
    dropTables();
}

void DifferingRows::cancel()
{
    m_db->cancel();
}

Expected<void> DifferingRows::run(const QString &sql)
{
    return m_db->execute(sql);
}

void DifferingRows::dropTables()
{
    for (const QString &table : {m_view, m_keys, m_base}) {
        switch (m_db->dialect().driver()) {
        case Driver::SQLite: (void)run(QStringLiteral("DROP TABLE IF EXISTS temp.") + table); break;
        case Driver::PostgreSQL:
            (void)run(QStringLiteral("DROP TABLE IF EXISTS pg_temp.") + table);
            break;
        default: (void)run(QStringLiteral("DROP TEMPORARY TABLE IF EXISTS ") + table); break;
        }
    }
    m_viewExists = false;
}

Error DifferingRows::stopped(diff::DiffControl *control, const Error &error) const
{
    if (control && control->isCancelled())
        return Error {Tr::tr("browsing the differing rows was cancelled")};
    return error;
}

Expected<void> DifferingRows::checkDuplicates(diff::DiffControl *control)
{
    if (m_options.knownKeyIssues) {
        m_duplicatesA = m_options.knownKeyIssues->duplicateA > 0;
        m_duplicatesB = m_options.knownKeyIssues->duplicateB > 0;
        return {};
    }
    std::vector<warehouse::ColumnInfo> keysA;
    std::vector<warehouse::ColumnInfo> keysB;
    for (const diff::ColumnPair &k : m_pair.keys) {
        keysA.push_back(k.a);
        keysB.push_back(k.b);
    }
    if (control)
        control->report(0.05, Tr::tr("Checking the keys of %1").arg(m_pair.tableA.display()));
    auto statsA = diff::readKeyStats(*m_db, m_pair.tableA, keysA, m_request.options);
    if (!statsA)
        return statsA.error();
    if (control)
        control->report(0.1, Tr::tr("Checking the keys of %1").arg(m_pair.tableB.display()));
    auto statsB = diff::readKeyStats(*m_db, m_pair.tableB, keysB, m_request.options);
    if (!statsB)
        return statsB.error();
    m_duplicatesA = statsA->duplicateKeys > 0;
    m_duplicatesB = statsB->duplicateKeys > 0;
    return {};
}

Expected<std::vector<DifferingRow>> DifferingRows::preview(diff::DiffControl *control)
{
    if (m_previewed)
        return fetch(0, int(std::min<qint64>(m_stored, m_options.previewRows)));
    const diff::AttachedDatabase attached(control, m_db.get());
    dropTables();
    if (auto checked = checkDuplicates(control); !checked)
        return stopped(control, checked.error());

    const warehouse::Dialect &d = m_db->dialect();
    sql::RowsQuery query;
    query.excludeDuplicatesA = m_duplicatesA;
    query.excludeDuplicatesB = m_duplicatesB;
    query.limit = std::max(1, m_options.previewRows);
    const QString select = sql::differingRows(d, m_pair, m_request.options, query);
    QStringList columns;
    for (const QString &c : sql::rowColumns(m_pair))
        columns << d.quote(c);
    const QString ord = d.quote(QStringLiteral("ord"));

    if (control)
        control->report(0.15, Tr::tr("Finding the first differing rows"));
    Expected<void> created;
    switch (m_db->dialect().driver()) {
    case Driver::SQLite:
        // Untyped columns keep every value as the tables hold it; the rowid is the ordinal.
        created = run(QStringLiteral("CREATE TEMP TABLE %1 (%2 INTEGER PRIMARY KEY, %3)")
                          .arg(m_base, ord, columns.join(QStringLiteral(", "))));
        if (created)
            created = run(QStringLiteral("INSERT INTO %1 (%2) %3")
                              .arg(m_base, columns.join(QStringLiteral(", ")), select));
        break;
    case Driver::MySQL:
        created = run(QStringLiteral("CREATE TEMPORARY TABLE %1 (PRIMARY KEY (%2)) SELECT "
                                     "ROW_NUMBER() OVER () AS %2, p.* FROM (%3) p")
                          .arg(m_base, ord, select));
        break;
    default:
        created
            = run(QStringLiteral(
                      "CREATE TEMP TABLE %1 AS SELECT ROW_NUMBER() OVER () AS %2, p.* FROM (%3) p")
                      .arg(m_base, ord, select));
        break;
    }
    if (!created)
        return stopped(control, created.error());
    qint64 stored = 0;
    auto counted = m_db->query(QStringLiteral("SELECT COUNT(*) FROM ") + m_base, {},
                               [&stored](const warehouse::Row &row) {
                                   stored = toCount(row.value(0));
                                   return false;
                               });
    if (!counted)
        return stopped(control, counted.error());
    m_stored = stored;
    m_previewed = true;
    m_filter = RowFilter();
    auto rows = fetch(0, int(m_stored));
    if (!rows)
        return stopped(control, rows.error());
    if (m_stored < query.limit) {
        // The preview found them all.
        m_complete = true;
        KindCounts counts;
        counts.differingPerColumn.assign(m_pair.compared.size(), 0);
        for (const DifferingRow &row : *rows) {
            switch (row.kind) {
            case RowKind::OnlyInA: ++counts.onlyInA; break;
            case RowKind::OnlyInB: ++counts.onlyInB; break;
            case RowKind::Changed:
                ++counts.changed;
                for (qsizetype i = 0; i < row.differs.size(); ++i)
                    counts.differingPerColumn[size_t(i)] += row.differs.at(i) ? 1 : 0;
                break;
            }
        }
        m_counts = std::move(counts);
    }
    return rows;
}

Expected<KindCounts> DifferingRows::readCounts(qint64 *maxOrdinal)
{
    const warehouse::Dialect &d = m_db->dialect();
    QStringList sums {QStringLiteral("COUNT(*)"),
                      QStringLiteral("MAX(%1)").arg(d.quote(QStringLiteral("ord")))};
    for (size_t i = 0; i < m_pair.compared.size(); ++i)
        sums << QStringLiteral("SUM(%1)").arg(d.quote(QStringLiteral("f%1").arg(i)));
    const QString kind = d.quote(QStringLiteral("kind"));
    KindCounts counts;
    counts.differingPerColumn.assign(m_pair.compared.size(), 0);
    qint64 max = 0;
    auto read = m_db->query(QStringLiteral("SELECT %1, %2 FROM %3 GROUP BY %1")
                                .arg(kind, sums.join(QStringLiteral(", ")), m_base),
                            {}, [&](const warehouse::Row &row) {
                                const qint64 n = toCount(row.value(1));
                                max = std::max(max, toCount(row.value(2)));
                                switch (RowKind(row.value(0).toInt())) {
                                case RowKind::OnlyInA: counts.onlyInA += n; break;
                                case RowKind::OnlyInB: counts.onlyInB += n; break;
                                case RowKind::Changed:
                                    counts.changed += n;
                                    for (size_t i = 0; i < m_pair.compared.size(); ++i)
                                        counts.differingPerColumn[i]
                                            += toCount(row.value(3 + int(i)));
                                    break;
                                }
                                return true;
                            });
    if (!read)
        return read.error();
    *maxOrdinal = max;
    return counts;
}

Expected<KindCounts> DifferingRows::materialize(diff::DiffControl *control)
{
    if (!m_previewed) {
        auto first = preview(control);
        if (!first)
            return first.error();
    }
    if (m_complete)
        return m_counts;
    const diff::AttachedDatabase attached(control, m_db.get());
    const warehouse::Dialect &d = m_db->dialect();
    QStringList keyColumns;
    for (size_t i = 0; i < m_pair.keys.size(); ++i)
        keyColumns << d.quote(QStringLiteral("k%1").arg(i));
    const QString keys = keyColumns.join(QStringLiteral(", "));
    const bool mysql = m_db->dialect().driver() == Driver::MySQL;
    if (auto dropped = run(mysql ? QStringLiteral("DROP TEMPORARY TABLE IF EXISTS ") + m_keys
                                 : QStringLiteral("DROP TABLE IF EXISTS ") + m_keys);
        !dropped)
        return stopped(control, dropped.error());
    if (auto created
        = run(QStringLiteral("CREATE %1 TABLE %2 %3 SELECT %4 FROM %5")
                  .arg(mysql ? QStringLiteral("TEMPORARY") : QStringLiteral("TEMP"), m_keys,
                       mysql ? QString() : QStringLiteral("AS"), keys, m_base));
        !created)
        return stopped(control, created.error());

    sql::RowsQuery query;
    query.excludeDuplicatesA = m_duplicatesA;
    query.excludeDuplicatesB = m_duplicatesB;
    query.excludeKeysTable = m_keys;
    const QString select = sql::differingRows(d, m_pair, m_request.options, query);
    QStringList columns;
    for (const QString &c : sql::rowColumns(m_pair))
        columns << d.quote(c);
    if (control)
        control->report(0.3, Tr::tr("Storing the differing rows"));
    Expected<void> inserted;
    if (m_db->dialect().driver() == Driver::SQLite) {
        inserted = run(QStringLiteral("INSERT INTO %1 (%2) %3")
                           .arg(m_base, columns.join(QStringLiteral(", ")), select));
    } else {
        inserted
            = run(QStringLiteral(
                      "INSERT INTO %1 (%2, %3) SELECT %4 + ROW_NUMBER() OVER (), p.* FROM (%5) p")
                      .arg(m_base, d.quote(QStringLiteral("ord")),
                           columns.join(QStringLiteral(", ")), QString::number(m_stored), select));
    }
    if (!inserted)
        return stopped(control, inserted.error());
    if (m_db->dialect().driver() == Driver::PostgreSQL) {
        if (control)
            control->report(0.85, Tr::tr("Indexing the differing rows"));
        if (auto indexed = run(QStringLiteral("CREATE UNIQUE INDEX ON %1 (%2)")
                                   .arg(m_base, d.quote(QStringLiteral("ord"))));
            !indexed)
            return stopped(control, indexed.error());
        if (auto analyzed = run(QStringLiteral("ANALYZE ") + m_base); !analyzed)
            return stopped(control, analyzed.error());
    }
    if (control)
        control->report(0.95, Tr::tr("Counting the differing rows"));
    qint64 maxOrdinal = 0;
    auto counts = readCounts(&maxOrdinal);
    if (!counts)
        return stopped(control, counts.error());
    if (maxOrdinal != counts->total())
        return Error {
            Tr::tr("the stored differing rows are not numbered densely (%1 rows, last number %2)")
                .arg(counts->total())
                .arg(maxOrdinal)};
    m_stored = counts->total();
    m_counts = std::move(*counts);
    m_complete = true;
    if (control)
        control->report(1.0, Tr::tr("Done"));
    return m_counts;
}

qint64 DifferingRows::rowCount() const
{
    if (!m_complete)
        return m_stored;
    return m_filter.isAll() ? m_stored : m_viewRows;
}

Expected<qint64> DifferingRows::setFilter(const RowFilter &filter, diff::DiffControl *control)
{
    if (!m_complete)
        return Error {
            Tr::tr("the differing rows are not all stored yet; filters apply once they are")};
    if (filter.differingColumn >= int(m_pair.compared.size()))
        return Error {Tr::tr("no compared column number %1").arg(filter.differingColumn)};
    if (filter == m_filter && (filter.isAll() || m_viewExists))
        return rowCount();
    const diff::AttachedDatabase attached(control, m_db.get());
    const warehouse::Dialect &d = m_db->dialect();
    const bool mysql = m_db->dialect().driver() == Driver::MySQL;
    if (m_viewExists) {
        if (auto dropped = run(mysql ? QStringLiteral("DROP TEMPORARY TABLE IF EXISTS ") + m_view
                                     : QStringLiteral("DROP TABLE IF EXISTS ") + m_view);
            !dropped)
            return stopped(control, dropped.error());
        m_viewExists = false;
    }
    m_filter = filter;
    if (filter.isAll())
        return rowCount();

    QStringList kinds;
    if (filter.onlyInA && filter.differingColumn < 0)
        kinds << QString::number(int(RowKind::OnlyInA));
    if (filter.onlyInB && filter.differingColumn < 0)
        kinds << QString::number(int(RowKind::OnlyInB));
    if (filter.changed)
        kinds << QString::number(int(RowKind::Changed));
    qint64 rows = 0;
    if (filter.onlyInA && filter.differingColumn < 0)
        rows += m_counts.onlyInA;
    if (filter.onlyInB && filter.differingColumn < 0)
        rows += m_counts.onlyInB;
    if (filter.changed)
        rows += filter.differingColumn < 0
            ? m_counts.changed
            : m_counts.differingPerColumn[size_t(filter.differingColumn)];
    QString condition = kinds.isEmpty() ? QStringLiteral("1 = 0")
                                        : d.quote(QStringLiteral("kind")) + QStringLiteral(" IN (")
            + kinds.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (filter.differingColumn >= 0)
        condition += QStringLiteral(" AND %1 = 1")
                         .arg(d.quote(QStringLiteral("f%1").arg(filter.differingColumn)));

    const QString ord = d.quote(QStringLiteral("ord"));
    const QString vord = d.quote(QStringLiteral("vord"));
    if (control)
        control->report(0.5, Tr::tr("Filtering the differing rows"));
    Expected<void> created;
    switch (m_db->dialect().driver()) {
    case Driver::SQLite:
        created = run(QStringLiteral("CREATE TEMP TABLE %1 (%2 INTEGER PRIMARY KEY, %3 INTEGER)")
                          .arg(m_view, vord, ord));
        if (created)
            created
                = run(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3 WHERE %4 ORDER BY %2")
                          .arg(m_view, ord, m_base, condition));
        break;
    case Driver::MySQL:
        created = run(QStringLiteral("CREATE TEMPORARY TABLE %1 (PRIMARY KEY (%2)) SELECT "
                                     "ROW_NUMBER() OVER (ORDER BY %3) AS %2, %3 FROM %4 WHERE %5")
                          .arg(m_view, vord, ord, m_base, condition));
        break;
    default:
        created = run(QStringLiteral("CREATE TEMP TABLE %1 AS SELECT ROW_NUMBER() OVER (ORDER BY "
                                     "%3) AS %2, %3 FROM %4 WHERE %5")
                          .arg(m_view, vord, ord, m_base, condition));
        if (created)
            created = run(QStringLiteral("CREATE UNIQUE INDEX ON %1 (%2)").arg(m_view, vord));
        if (created)
            created = run(QStringLiteral("ANALYZE ") + m_view);
        break;
    }
    if (!created) {
        (void)run(mysql ? QStringLiteral("DROP TEMPORARY TABLE IF EXISTS ") + m_view
                        : QStringLiteral("DROP TABLE IF EXISTS ") + m_view);
        m_filter = RowFilter();
        return stopped(control, created.error());
    }
    m_viewExists = true;
    m_viewRows = rows;
    if (control)
        control->report(1.0, Tr::tr("Done"));
    return rows;
}

Expected<std::vector<DifferingRow>> DifferingRows::fetch(qint64 first, int count)
{
    std::vector<DifferingRow> out;
    if (count <= 0 || first < 0 || !m_previewed)
        return out;
    const warehouse::Dialect &d = m_db->dialect();
    const QStringList names = sql::rowColumns(m_pair);
    QStringList columns;
    for (const QString &c : names)
        columns << QStringLiteral("r.") + d.quote(c);
    const QString ord = d.quote(QStringLiteral("ord"));
    QString sql;
    if (m_viewExists && !m_filter.isAll()) {
        const QString vord = d.quote(QStringLiteral("vord"));
        sql = QStringLiteral("SELECT %1 FROM %2 v JOIN %3 r ON r.%4 = v.%4 WHERE v.%5 >= ? AND "
                             "v.%5 < ? ORDER BY v.%5")
                  .arg(columns.join(QStringLiteral(", ")), m_view, m_base, ord, vord);
    } else {
        sql = QStringLiteral("SELECT %1 FROM %2 r WHERE r.%3 >= ? AND r.%3 < ? ORDER BY r.%3")
                  .arg(columns.join(QStringLiteral(", ")), m_base, ord);
    }
    const int keys = int(m_pair.keys.size());
    const int compared = int(m_pair.compared.size());
    out.reserve(size_t(count));
    auto read = m_db->query(
        sql, {QVariant(first + 1), QVariant(first + 1 + count)}, [&](const warehouse::Row &row) {
            DifferingRow r;
            r.kind = RowKind(row.value(0).toInt());
            auto value = [&row](int i) { return row.isNull(i) ? QVariant() : row.value(i); };
            for (int i = 0; i < keys; ++i)
                r.key << value(1 + i);
            for (int i = 0; i < compared; ++i)
                r.differs << (toCount(row.value(1 + keys + i)) != 0);
            for (int i = 0; i < compared; ++i)
                r.a << (r.kind == RowKind::OnlyInB ? QVariant() : value(1 + keys + compared + i));
            for (int i = 0; i < compared; ++i)
                r.b << (r.kind == RowKind::OnlyInA ? QVariant()
                                                   : value(1 + keys + 2 * compared + i));
            out.push_back(std::move(r));
            return true;
        });
    if (!read)
        return read.error();
    return out;
}

} // namespace tidemark::values
