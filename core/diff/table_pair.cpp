#include "diff/table_pair.h"
#include "common/translation.h"

#include <QCoreApplication>

#include <algorithm>

namespace tidemark::diff {

namespace {

const warehouse::ColumnInfo *findColumn(const std::vector<warehouse::ColumnInfo> &columns,
                                        const QString &name)
{
    for (const auto &c : columns) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

QString listOf(const std::vector<warehouse::ColumnInfo> &columns)
{
    QStringList names;
    for (const auto &c : columns)
        names << c.name;
    if (names.size() > 12)
        return names.mid(0, 12).join(QStringLiteral(", ")) + QStringLiteral(", \u2026");
    return names.join(QStringLiteral(", "));
}

bool containsCi(const QStringList &list, const QString &name)
{
    return std::any_of(list.begin(), list.end(), [&name](const QString &s) {
        return s.compare(name, Qt::CaseInsensitive) == 0;
    });
}

// What the values of loose SQLite columns (value_contract.h, isLooseSqliteType()) show, counted
// on one side: rows with a value, text values, and the values that read as each class.
struct Shown
{
    qint64 values = 0;
    qint64 text = 0;
    qint64 timestamps = 0;
    qint64 dates = 0;
    qint64 booleans = 0;
    qint64 numbers = 0;
};

Expected<std::vector<Shown>> countShown(warehouse::Database &db, const warehouse::TableName &table,
                                        const QStringList &columns, const DiffOptions &options)
{
    const warehouse::Dialect &d = db.dialect();
    QStringList parts;
    for (const QString &name : columns) {
        const QString c = d.quote(name);
        const auto reads = [&](const char *token) {
            return QStringLiteral("SUM(CASE WHEN %1 IS NOT NULL AND tidemark_isodd('%2', %1) = 0 "
                                  "THEN 1 ELSE 0 END)")
                .arg(c, QLatin1String(token));
        };
        parts << QStringLiteral("COUNT(%1)").arg(c)
              << QStringLiteral("SUM(CASE WHEN typeof(%1) = 'text' THEN 1 ELSE 0 END)").arg(c)
              << reads("p6") << reads("D") << reads("b") << reads("f");
    }
    std::vector<Shown> out(size_t(columns.size()));
    const QString where = options.where.trimmed().isEmpty()
        ? QString()
        : QStringLiteral(" WHERE (") + options.where + QLatin1Char(')');
    auto read
        = db.query(QStringLiteral("SELECT %1 FROM %2%3")
                       .arg(parts.join(QStringLiteral(", ")), d.table(table), where),
                   {}, [&](const warehouse::Row &row) {
                       for (size_t i = 0; i < out.size(); ++i) {
                           const int at = int(i) * 6;
                           out[i]
                               = {row.value(at).toLongLong(),     row.value(at + 1).toLongLong(),
                                  row.value(at + 2).toLongLong(), row.value(at + 3).toLongLong(),
                                  row.value(at + 4).toLongLong(), row.value(at + 5).toLongLong()};
                       }
                       return false;
                   });
    if (!read)
        return read.error();
    return out;
}

// The class two loose SQLite columns are compared as: the one at least nine in ten of their values
// read as (dates, timestamps, booleans written as text), numbers when all are, else text. The
// values that do not read as it are compared as text (and counted in the warnings). Two columns
// declared as text are read as dates or timestamps only when every value is one; text facing a
// bare NUMERIC column is also read as numbers when every value is one.
warehouse::TypeClass shownClass(const Shown &a, const Shown &b, bool declaredText, bool looseNumber)
{
    const qint64 values = a.values + b.values;
    const qint64 text = a.text + b.text;
    if (values == 0)
        return warehouse::TypeClass::Other;
    const auto most = [values, declaredText](qint64 n) {
        return declaredText ? n == values : 10 * n >= 9 * values;
    };
    if (text > 0 && most(a.dates + b.dates))
        return warehouse::TypeClass::Date;
    if (text > 0 && most(a.timestamps + b.timestamps))
        return warehouse::TypeClass::Timestamp;
    if (declaredText && !looseNumber)
        return warehouse::TypeClass::Text;
    if (!declaredText && text > 0 && most(a.booleans + b.booleans))
        return warehouse::TypeClass::Boolean;
    if (a.numbers + b.numbers == values)
        return warehouse::TypeClass::Float;
    return warehouse::TypeClass::Text;
}

bool declaredText(const QString &type)
{
    const QString t = type.toLower();
    return t.contains(QLatin1String("char")) || t.contains(QLatin1String("clob"))
        || t.contains(QLatin1String("text"));
}

} // namespace

Expected<TablePair> prepareTables(warehouse::Database &dbA, const warehouse::TableName &tableA,
                                  warehouse::Database &dbB, const warehouse::TableName &tableB,
                                  const DiffOptions &options)
{
    if (options.key.isEmpty())
        return Error {Tr::tr("no key columns: name the primary key with -k COLUMN[,COLUMN...]")};
    auto columnsA = dbA.columns(tableA);
    if (!columnsA)
        return columnsA.error();
    auto columnsB = dbB.columns(tableB);
    if (!columnsB)
        return columnsB.error();

    const warehouse::Driver driverA = dbA.dialect().driver(); // the engines, behind ODBC too
    const warehouse::Driver driverB = dbB.dialect().driver();
    TablePair pair;
    pair.tableA = tableA;
    pair.tableB = tableB;
    pair.schema.columnsA = int(columnsA->size());
    pair.schema.columnsB = int(columnsB->size());

    for (const QString &k : options.key) {
        const auto *a = findColumn(*columnsA, k);
        if (!a)
            return Error {Tr::tr("key column \"%1\" is not a column of %2 (its columns: %3)")
                              .arg(k, tableA.display(), listOf(*columnsA))};
        const auto *b = findColumn(*columnsB, k);
        if (!b)
            return Error {Tr::tr("key column \"%1\" is not a column of %2 (its columns: %3)")
                              .arg(k, tableB.display(), listOf(*columnsB))};
        pair.keys.push_back({*a, *b, std::nullopt, {}});
    }
    for (const QString &c : options.includeColumns) {
        if (!findColumn(*columnsA, c))
            return Error {Tr::tr("column \"%1\" (from --columns) is not a column of %2")
                              .arg(c, tableA.display())};
        if (!findColumn(*columnsB, c))
            return Error {Tr::tr("column \"%1\" (from --columns) is not a column of %2")
                              .arg(c, tableB.display())};
    }

    for (const auto &a : *columnsA) {
        const auto *b = findColumn(*columnsB, a.name);
        if (!b) {
            pair.schema.onlyA << a.name;
            continue;
        }
        if (a.type.compare(b->type, Qt::CaseInsensitive) != 0)
            pair.schema.typeChanged.push_back({a.name, a.type, b->type});
        if (containsCi(options.key, a.name))
            continue;
        if (!options.includeColumns.isEmpty() && !containsCi(options.includeColumns, a.name))
            continue;
        if (containsCi(options.excludeColumns, a.name)
            || (options.ignoreColumn && options.ignoreColumn(a.name)))
            continue;
        ColumnPair column {a, *b, std::nullopt, {}};
        if (const auto t = options.tolerances.find(a.name.toLower()); t != options.tolerances.end())
            column.tolerance = *t;
        pair.compared.push_back(std::move(column));
    }
    for (const auto &b : *columnsB) {
        if (!findColumn(*columnsA, b.name))
            pair.schema.onlyB << b.name;
    }
    for (auto it = options.tolerances.begin(); it != options.tolerances.end(); ++it) {
        if (!findColumn(*columnsA, it.key()))
            return Error {Tr::tr("--tolerance names column \"%1\", which %2 does not have")
                              .arg(it.key(), tableA.display())};
    }

    // Column order: the shared columns' relative order on each side.
    QStringList orderA;
    QStringList orderB;
    for (const auto &a : *columnsA) {
        if (findColumn(*columnsB, a.name))
            orderA << a.name.toLower();
    }
    for (const auto &b : *columnsB) {
        if (findColumn(*columnsA, b.name))
            orderB << b.name.toLower();
    }
    pair.schema.orderChanged = orderA != orderB;

    std::sort(pair.compared.begin(), pair.compared.end(),
              [](const ColumnPair &x, const ColumnPair &y) {
                  return x.a.name.compare(y.a.name, Qt::CaseInsensitive) < 0;
              });

    // SQLite against SQLite: columns whose declared types say little (none, a bare NUMERIC, text)
    // on both sides are compared as what their values show; keys too.
    if (driverA == warehouse::Driver::SQLite && driverB == warehouse::Driver::SQLite) {
        std::vector<ColumnPair *> loose;
        QStringList namesA;
        QStringList namesB;
        const auto looseType
            = [](const QString &type) { return isLooseSqliteType(type) || declaredText(type); };
        for (std::vector<ColumnPair> *columns : {&pair.keys, &pair.compared}) {
            for (ColumnPair &c : *columns) {
                if (!c.tolerance && looseType(c.a.type) && looseType(c.b.type)) {
                    loose.push_back(&c);
                    namesA << c.a.name;
                    namesB << c.b.name;
                }
            }
        }
        if (!loose.empty()) {
            auto shownA = countShown(dbA, tableA, namesA, options);
            if (!shownA)
                return shownA.error();
            auto shownB = countShown(dbB, tableB, namesB, options);
            if (!shownB)
                return shownB.error();
            for (size_t k = 0; k < loose.size(); ++k) {
                ColumnPair &c = *loose[k];
                const bool text = declaredText(c.a.type) || declaredText(c.b.type);
                const bool number = isLooseSqliteType(c.a.type) || isLooseSqliteType(c.b.type);
                const warehouse::TypeClass shown
                    = shownClass((*shownA)[k], (*shownB)[k], text, number);
                if (shown != warehouse::TypeClass::Other)
                    c.a.typeClass = c.b.typeClass = shown;
            }
        }
    }
    for (ColumnPair &k : pair.keys)
        k.comparison = compareKeys(k.a, driverA, k.b, driverB);
    for (ColumnPair &c : pair.compared)
        c.comparison = compareColumns(c.a, driverA, c.b, driverB, options, c.tolerance);
    return pair;
}

} // namespace tidemark::diff
