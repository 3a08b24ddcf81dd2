#include "diff/table_pair.h"

#include <QCoreApplication>

#include <algorithm>

namespace tidemark::diff {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tidemark::diff", text);
}

const warehouse::ColumnInfo *findColumn(const std::vector<warehouse::ColumnInfo> &columns, const QString &name)
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
    return std::any_of(list.begin(), list.end(), [&name](const QString &s) { return s.compare(name, Qt::CaseInsensitive) == 0; });
}

} // namespace

bool ColumnPair::mixedTypes() const
{
    return a.typeClass != b.typeClass;
}

Expected<TablePair> prepareTables(warehouse::Database &dbA, const warehouse::TableName &tableA,
                                  warehouse::Database &dbB, const warehouse::TableName &tableB,
                                  const DiffOptions &options)
{
    if (options.key.isEmpty())
        return Error{tr("no key columns: name the primary key with -k COLUMN[,COLUMN...]")};
    auto columnsA = dbA.columns(tableA);
    if (!columnsA)
        return columnsA.error();
    auto columnsB = dbB.columns(tableB);
    if (!columnsB)
        return columnsB.error();

    TablePair pair;
    pair.tableA = tableA;
    pair.tableB = tableB;
    pair.schema.columnsA = int(columnsA->size());
    pair.schema.columnsB = int(columnsB->size());

    for (const QString &k : options.key) {
        const auto *a = findColumn(*columnsA, k);
        if (!a)
            return Error{tr("key column \"%1\" is not a column of %2 (its columns: %3)").arg(k, tableA.display(), listOf(*columnsA))};
        const auto *b = findColumn(*columnsB, k);
        if (!b)
            return Error{tr("key column \"%1\" is not a column of %2 (its columns: %3)").arg(k, tableB.display(), listOf(*columnsB))};
        pair.keys.push_back({*a, *b, std::nullopt});
    }
    for (const QString &c : options.includeColumns) {
        if (!findColumn(*columnsA, c))
            return Error{tr("column \"%1\" (from --columns) is not a column of %2").arg(c, tableA.display())};
        if (!findColumn(*columnsB, c))
            return Error{tr("column \"%1\" (from --columns) is not a column of %2").arg(c, tableB.display())};
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
        if (containsCi(options.excludeColumns, a.name) || (options.ignoreColumn && options.ignoreColumn(a.name)))
            continue;
        ColumnPair column{a, *b, std::nullopt};
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
            return Error{tr("--tolerance names column \"%1\", which %2 does not have").arg(it.key(), tableA.display())};
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

    std::sort(pair.compared.begin(), pair.compared.end(), [](const ColumnPair &x, const ColumnPair &y) {
        return x.a.name.compare(y.a.name, Qt::CaseInsensitive) < 0;
    });
    return pair;
}

} // namespace tidemark::diff
