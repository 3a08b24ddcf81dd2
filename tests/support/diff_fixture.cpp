#include "support/diff_fixture.h"

#include <QMap>

#include <cmath>
#include <map>
#include <set>

namespace tidemark::test {

QString sqlType(warehouse::Driver driver, ColType type)
{
    using warehouse::Driver;
    switch (type) {
    case ColType::Int:
        return driver == Driver::SQLite ? QStringLiteral("INTEGER") : QStringLiteral("BIGINT");
    case ColType::Text:
        return driver == Driver::MySQL ? QStringLiteral("VARCHAR(255)") : QStringLiteral("TEXT");
    case ColType::Real:
        return driver == Driver::MySQL ? QStringLiteral("DOUBLE")
            : driver == Driver::SQLite ? QStringLiteral("REAL")
                                       : QStringLiteral("DOUBLE PRECISION");
    case ColType::Decimal:
        return driver == Driver::SQLite ? QStringLiteral("NUMERIC")
                                        : QStringLiteral("DECIMAL(12,2)");
    case ColType::Timestamp:
        return driver == Driver::MySQL ? QStringLiteral("DATETIME(6)")
            : driver == Driver::SQLite ? QStringLiteral("TIMESTAMP")
                                       : QStringLiteral("TIMESTAMP(6)");
    case ColType::Bool:
        return driver == Driver::SQLite ? QStringLiteral("BOOLEAN")
            : driver == Driver::MySQL   ? QStringLiteral("BOOLEAN")
                                        : QStringLiteral("BOOLEAN");
    }
    return QStringLiteral("TEXT");
}

Expected<void> loadTable(warehouse::Database &db, const FixtureTable &table)
{
    const warehouse::Dialect &d = db.dialect();
    const warehouse::TableName name {{table.name}};
    (void)db.execute(QStringLiteral("DROP TABLE IF EXISTS ") + d.table(name)); // absent is fine
    QStringList defs;
    for (const FixtureColumn &c : table.columns)
        defs << d.quote(c.name) + QLatin1Char(' ') + sqlType(db.spec().driver, c.type);
    if (auto created = db.execute(QStringLiteral("CREATE TABLE %1 (%2)")
                                      .arg(d.table(name), defs.join(QStringLiteral(", "))));
        !created)
        return created;
    const int width = int(table.columns.size());
    const int chunk = std::max(1, 500 / std::max(1, width));
    QStringList placeholders;
    for (int i = 0; i < width; ++i)
        placeholders << QStringLiteral("?");
    const QString rowSql
        = QLatin1Char('(') + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (db.spec().driver != warehouse::Driver::MySQL) {
        if (auto begun = db.execute(QStringLiteral("BEGIN")); !begun)
            return begun;
    }
    for (size_t start = 0; start < table.rows.size(); start += size_t(chunk)) {
        const size_t end = std::min(table.rows.size(), start + size_t(chunk));
        QStringList values;
        QVariantList binds;
        for (size_t r = start; r < end; ++r) {
            values << rowSql;
            for (int c = 0; c < width; ++c) {
                QVariant v = table.rows[r].value(c);
                if (!v.isValid())
                    v = QVariant(QMetaType(QMetaType::QString));
                binds << v;
            }
        }
        auto inserted = db.query(QStringLiteral("INSERT INTO %1 VALUES %2")
                                     .arg(d.table(name), values.join(QStringLiteral(", "))),
                                 binds, [](const warehouse::Row &) { return false; });
        if (!inserted)
            return inserted;
    }
    if (db.spec().driver != warehouse::Driver::MySQL)
        return db.execute(QStringLiteral("COMMIT"));
    return {};
}

namespace {

int columnIndex(const FixtureTable &t, const QString &name)
{
    for (size_t i = 0; i < t.columns.size(); ++i) {
        if (t.columns[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

QString timestampText(const QVariant &v, int precision)
{
    QString s = v.toString();
    s.replace(QLatin1Char('T'), QLatin1Char(' '));
    if (s.size() == 19)
        s += QStringLiteral(".000000");
    while (s.size() < 26)
        s += QLatin1Char('0');
    return precision < 0 ? s : s.left(precision == 0 ? 19 : 20 + precision);
}

bool sameValue(const QVariant &a, const QVariant &b, ColType type, const QString &column,
               const diff::DiffOptions &o)
{
    QVariant x = a;
    QVariant y = b;
    if (type == ColType::Text && o.nullEqualsEmptyString) {
        if (x.isNull())
            x = QString();
        if (y.isNull())
            y = QString();
        x = x.toString();
        y = y.toString();
    }
    const bool nx = !x.isValid() || x.isNull();
    const bool ny = !y.isValid() || y.isNull();
    if (nx || ny)
        return nx && ny;
    switch (type) {
    case ColType::Real:
    case ColType::Decimal: {
        const double dx = x.toDouble();
        const double dy = y.toDouble();
        if (const auto t = o.tolerances.find(column.toLower()); t != o.tolerances.end()) {
            const double bound
                = t->mode == diff::Tolerance::Mode::Absolute ? t->value : t->value * std::abs(dy);
            return std::abs(dx - dy) <= bound;
        }
        return dx == dy;
    }
    case ColType::Timestamp:
        return timestampText(x, o.timestampPrecision) == timestampText(y, o.timestampPrecision);
    case ColType::Text:
        if (o.caseInsensitiveStrings)
            return x.toString().toLower() == y.toString().toLower();
        return x.toString() == y.toString();
    case ColType::Bool: return x.toBool() == y.toBool();
    case ColType::Int: return x.toLongLong() == y.toLongLong();
    }
    return false;
}

struct Side
{
    qint64 rows = 0;
    qint64 nullRows = 0;
    std::map<QString, std::vector<size_t>> byKey;
};

Side index(const FixtureTable &t, const QList<int> &keyColumns)
{
    Side side;
    for (size_t r = 0; r < t.rows.size(); ++r) {
        ++side.rows;
        QStringList parts;
        bool hasNull = false;
        for (int k : keyColumns) {
            const QVariant v = t.rows[r].value(k);
            if (!v.isValid() || v.isNull())
                hasNull = true;
            parts << v.toString();
        }
        if (hasNull) {
            ++side.nullRows;
            continue;
        }
        side.byKey[parts.join(QChar(0x1f))].push_back(r);
    }
    return side;
}

} // namespace

ExpectedDiff referenceDiff(const FixtureTable &a, const FixtureTable &b,
                           const diff::DiffOptions &options)
{
    QList<int> keysA;
    QList<int> keysB;
    for (const QString &k : options.key) {
        keysA << columnIndex(a, k);
        keysB << columnIndex(b, k);
    }
    const Side sa = index(a, keysA);
    const Side sb = index(b, keysB);
    ExpectedDiff e;
    e.rows.a = sa.rows;
    e.rows.b = sb.rows;
    e.keys.nullA = sa.nullRows;
    e.keys.nullB = sb.nullRows;
    for (const auto &[key, rows] : sa.byKey) {
        if (rows.size() > 1) {
            ++e.keys.duplicateA;
            e.keys.duplicateRowsA += qint64(rows.size());
        }
    }
    for (const auto &[key, rows] : sb.byKey) {
        if (rows.size() > 1) {
            ++e.keys.duplicateB;
            e.keys.duplicateRowsB += qint64(rows.size());
        }
    }
    // Compared columns: in both, not keys, included, not excluded.
    struct Compared
    {
        QString name;
        int ia;
        int ib;
        ColType type;
    };
    std::vector<Compared> compared;
    for (size_t i = 0; i < a.columns.size(); ++i) {
        const QString &name = a.columns[i].name;
        const int ib = columnIndex(b, name);
        auto has = [&name](const QStringList &l) {
            return std::any_of(l.begin(), l.end(), [&name](const QString &s) {
                return s.compare(name, Qt::CaseInsensitive) == 0;
            });
        };
        if (ib < 0 || has(options.key) || has(options.excludeColumns)
            || (!options.includeColumns.isEmpty() && !has(options.includeColumns)))
            continue;
        compared.push_back({name, int(i), ib, a.columns[i].type});
        e.different.insert(name, 0);
    }
    for (const auto &[key, rowsA] : sa.byKey) {
        if (rowsA.size() > 1)
            continue;
        const auto it = sb.byKey.find(key);
        if (it == sb.byKey.end() || it->second.size() > 1) {
            ++e.rows.exclusiveA;
            continue;
        }
        bool updated = false;
        for (const Compared &c : compared) {
            if (!sameValue(a.rows[rowsA.front()].value(c.ia),
                           b.rows[it->second.front()].value(c.ib), c.type, c.name, options)) {
                updated = true;
                ++e.different[c.name];
            }
        }
        if (updated)
            ++e.rows.updated;
        else
            ++e.rows.unchanged;
    }
    for (const auto &[key, rowsB] : sb.byKey) {
        if (rowsB.size() > 1)
            continue;
        const auto it = sa.byKey.find(key);
        if (it == sa.byKey.end() || it->second.size() > 1)
            ++e.rows.exclusiveB;
    }
    return e;
}

} // namespace tidemark::test
