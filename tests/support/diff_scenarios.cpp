#include "support/diff_scenarios.h"

#include <QDateTime>
#include <QTimeZone>

#include <random>

namespace tidemark::test {

namespace {

QString timestamp(int i, int micro = 0)
{
    const QDateTime base(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC);
    const QDateTime t = base.addSecs(i * 37);
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        + QStringLiteral(".%1").arg((i * 7919 + micro) % 1000000, 6, 10, QLatin1Char('0'));
}

FixtureTable baseTable(const QString &name, int rows)
{
    FixtureTable t;
    t.name = name;
    t.columns = {{QStringLiteral("id"), ColType::Int},
                 {QStringLiteral("name"), ColType::Text},
                 {QStringLiteral("amount"), ColType::Real},
                 {QStringLiteral("price"), ColType::Decimal},
                 {QStringLiteral("created"), ColType::Timestamp},
                 {QStringLiteral("active"), ColType::Bool}};
    for (int i = 1; i <= rows; ++i) {
        t.rows.push_back(
            {i, QStringLiteral("customer %1").arg(i), i % 73 == 0 ? QVariant() : QVariant(i * 1.25),
             QStringLiteral("%1.%2").arg(i % 500).arg(i % 100, 2, 10, QLatin1Char('0')),
             timestamp(i), i % 3 == 0});
    }
    return t;
}

DiffScenario basic()
{
    DiffScenario s;
    s.name = QStringLiteral("basic");
    s.a = baseTable(QStringLiteral("basic_a"), 2000);
    s.b = s.a;
    s.b.name = QStringLiteral("basic_b");
    std::vector<QVariantList> rows;
    for (QVariantList r : s.b.rows) {
        const int i = r[0].toInt();
        if (i % 97 == 0)
            continue; // only in A
        if (i % 37 == 0)
            r[1] = QString(r[1].toString() + QStringLiteral(" jr"));
        if (i % 41 == 0)
            r[2] = r[2].isNull() ? QVariant(1.0) : QVariant(r[2].toDouble() + 1.0);
        if (i % 53 == 0)
            r[3] = QStringLiteral("999.99");
        if (i % 59 == 0)
            r[4] = timestamp(i + 1);
        if (i % 61 == 0)
            r[5] = !r[5].toBool();
        if (i % 71 == 0)
            r[1] = QVariant(); // value -> NULL
        rows.push_back(r);
    }
    for (int i = 0; i < 13; ++i)
        rows.push_back({5000 + i, QStringLiteral("new %1").arg(i), 1.5, QStringLiteral("1.00"),
                        timestamp(i), false});
    s.b.rows = rows;
    s.options.key = {QStringLiteral("id")};
    return s;
}

DiffScenario keys()
{
    DiffScenario s = basic();
    s.name = QStringLiteral("null and duplicate keys");
    s.a.name = QStringLiteral("keys_a");
    s.b.name = QStringLiteral("keys_b");
    s.a.rows.resize(300);
    s.b.rows.resize(290);
    for (int i = 0; i < 3; ++i)
        s.a.rows.push_back({QVariant(), QStringLiteral("no key"), 1.0, QStringLiteral("1.00"),
                            timestamp(i), true});
    for (int i = 0; i < 2; ++i)
        s.b.rows.push_back({QVariant(), QStringLiteral("no key"), 1.0, QStringLiteral("1.00"),
                            timestamp(i), true});
    s.a.rows.push_back(s.a.rows[10]); // key 11 twice in A
    s.a.rows.push_back(s.a.rows[20]); // key 21 twice in A
    s.b.rows.push_back(s.b.rows[30]); // key 31 three times in B
    s.b.rows.push_back(s.b.rows[30]);
    return s;
}

DiffScenario tolerance(bool relative)
{
    DiffScenario s;
    s.name = relative ? QStringLiteral("relative tolerance") : QStringLiteral("absolute tolerance");
    s.a = baseTable(relative ? QStringLiteral("tol_rel_a") : QStringLiteral("tol_abs_a"), 500);
    s.b = s.a;
    s.b.name = relative ? QStringLiteral("tol_rel_b") : QStringLiteral("tol_abs_b");
    for (QVariantList &r : s.b.rows) {
        const int i = r[0].toInt();
        if (r[2].isNull())
            continue;
        const double v = r[2].toDouble();
        if (i % 10 == 0)
            r[2] = relative ? v * 1.001 : v + 0.001; // inside
        if (i % 33 == 0)
            r[2] = relative ? v * 1.5 : v + 0.5; // outside
    }
    s.options.key = {QStringLiteral("id")};
    s.options.tolerances.insert(
        QStringLiteral("amount"),
        {relative ? diff::Tolerance::Mode::Relative : diff::Tolerance::Mode::Absolute, 0.01});
    return s;
}

DiffScenario timestamps()
{
    DiffScenario s;
    s.name = QStringLiteral("timestamp precision");
    s.a = baseTable(QStringLiteral("ts_a"), 400);
    s.b = s.a;
    s.b.name = QStringLiteral("ts_b");
    for (QVariantList &r : s.b.rows) {
        const int i = r[0].toInt();
        QString t = r[4].toString();
        if (i % 7 == 0)
            t[24] = t[24] == QLatin1Char('9') ? QLatin1Char('0')
                                              : QChar(t[24].unicode() + 1); // 5th digit: below ms
        if (i % 29 == 0)
            t[20] = t[20] == QLatin1Char('9') ? QLatin1Char('0')
                                              : QChar(t[20].unicode() + 1); // 1st digit
        r[4] = t;
    }
    s.options.key = {QStringLiteral("id")};
    s.options.timestampPrecision = 3;
    return s;
}

DiffScenario unicode()
{
    DiffScenario s;
    s.name = QStringLiteral("unicode text");
    s.a.name = QStringLiteral("uni_a");
    s.a.columns = {{QStringLiteral("id"), ColType::Int}, {QStringLiteral("label"), ColType::Text}};
    const QStringList words {QStringLiteral("Zürich"),     QStringLiteral("東京"),
                             QStringLiteral("naïve café"), QStringLiteral("🌊 tide"),
                             QStringLiteral("Ελληνικά"),   QStringLiteral("plain")};
    for (int i = 1; i <= 120; ++i)
        s.a.rows.push_back({i, QString(words[i % words.size()] + QString::number(i))});
    s.b = s.a;
    s.b.name = QStringLiteral("uni_b");
    for (QVariantList &r : s.b.rows) {
        const int i = r[0].toInt();
        if (i % 9 == 0)
            r[1] = QString(r[1].toString() + QStringLiteral("\u00e9")); // é added
        if (i % 13 == 0)
            r[1] = r[1].toString().replace(QStringLiteral("🌊"), QStringLiteral("🌀"));
        if (i % 17 == 0)
            r[1] = QString(r[1].toString() + QLatin1Char(' ')); // a trailing space is a difference
        if (i % 19 == 0)
            r[1] = r[1].toString().toUpper(); // and so is case
    }
    s.options.key = {QStringLiteral("id")};
    return s;
}

DiffScenario compositeTextKey()
{
    DiffScenario s;
    s.name = QStringLiteral("composite text key");
    s.a.name = QStringLiteral("comp_a");
    s.a.columns = {{QStringLiteral("region"), ColType::Text},
                   {QStringLiteral("seq"), ColType::Int},
                   {QStringLiteral("qty"), ColType::Int}};
    const QStringList regions {QStringLiteral("north"), QStringLiteral("south"),
                               QStringLiteral("Ost"), QStringLiteral("west-1")};
    for (int i = 1; i <= 200; ++i)
        s.a.rows.push_back({regions[i % 4], i / 4, i});
    s.b = s.a;
    s.b.name = QStringLiteral("comp_b");
    for (QVariantList &r : s.b.rows) {
        if (r[2].toInt() % 17 == 0)
            r[2] = r[2].toInt() + 1;
    }
    s.b.rows.erase(s.b.rows.begin() + 5);
    s.b.rows.push_back({QStringLiteral("north"), 999, 1});
    s.b.rows.push_back({QStringLiteral("North"), 1,
                        4}); // another key than "north" (MySQL collations would fold it)
    s.b.rows.push_back({QStringLiteral("south "), 2, 8}); // and than "south" (trailing space)
    s.options.key = {QStringLiteral("region"), QStringLiteral("seq")};
    return s;
}

DiffScenario empty(bool bothEmpty)
{
    DiffScenario s;
    s.name = bothEmpty ? QStringLiteral("both empty") : QStringLiteral("A empty");
    s.a.name = bothEmpty ? QStringLiteral("empty_a") : QStringLiteral("empty1_a");
    s.a.columns = {{QStringLiteral("id"), ColType::Int}, {QStringLiteral("v"), ColType::Text}};
    s.b = s.a;
    s.b.name = bothEmpty ? QStringLiteral("empty_b") : QStringLiteral("empty1_b");
    if (!bothEmpty) {
        for (int i = 0; i < 25; ++i)
            s.b.rows.push_back({i, QStringLiteral("x")});
    }
    s.options.key = {QStringLiteral("id")};
    return s;
}

DiffScenario hostileNames()
{
    DiffScenario s;
    s.name = QStringLiteral("SQL-hostile names");
    s.a.name = QStringLiteral("Weird \"Table\"; DROP TABLE x; --");
    s.a.columns = {{QStringLiteral("Key Col"), ColType::Int},
                   {QStringLiteral("Val; \"Q\" Mixed"), ColType::Text},
                   {QStringLiteral("select"), ColType::Int}};
    for (int i = 1; i <= 150; ++i)
        s.a.rows.push_back({i, QStringLiteral("it's \"%1\"; --").arg(i), i * 2});
    s.b = s.a;
    s.b.name = QStringLiteral("other`s \"B\" table");
    for (QVariantList &r : s.b.rows) {
        if (r[0].toInt() % 10 == 0)
            r[1] = QStringLiteral("'; DELETE FROM x; --");
        if (r[0].toInt() % 15 == 0)
            r[2] = -1;
    }
    s.b.rows.pop_back();
    s.options.key = {QStringLiteral("Key Col")};
    return s;
}

DiffScenario stringOptions()
{
    DiffScenario s;
    s.name = QStringLiteral("case-insensitive, NULL equals empty");
    s.a.name = QStringLiteral("str_a");
    s.a.columns = {{QStringLiteral("id"), ColType::Int}, {QStringLiteral("v"), ColType::Text}};
    for (int i = 1; i <= 100; ++i)
        s.a.rows.push_back(
            {i, i % 5 == 0 ? QVariant() : QVariant(QStringLiteral("Value %1").arg(i))});
    s.b = s.a;
    s.b.name = QStringLiteral("str_b");
    for (QVariantList &r : s.b.rows) {
        const int i = r[0].toInt();
        if (i % 5 == 0 && i % 10 == 0)
            r[1] = QString(""); // NULL -> ''
        else if (i % 3 == 0)
            r[1] = r[1].toString().toUpper();
        else if (i % 7 == 0)
            r[1] = QStringLiteral("other");
    }
    s.options.key = {QStringLiteral("id")};
    s.options.caseInsensitiveStrings = true;
    s.options.nullEqualsEmptyString = true;
    return s;
}

DiffScenario filterAndColumns()
{
    DiffScenario s = basic();
    s.name = QStringLiteral("filter and column selection");
    s.a.name = QStringLiteral("filter_a");
    s.b.name = QStringLiteral("filter_b");
    s.options.where = QStringLiteral("id > 1000");
    s.options.excludeColumns = {QStringLiteral("price")};
    s.keep = [](const QVariantList &row) { return row[0].toLongLong() > 1000; };
    return s;
}

} // namespace

FixtureTable filtered(const FixtureTable &table,
                      const std::function<bool(const QVariantList &)> &keep)
{
    if (!keep)
        return table;
    FixtureTable out = table;
    out.rows.clear();
    for (const QVariantList &r : table.rows) {
        if (keep(r))
            out.rows.push_back(r);
    }
    return out;
}

std::vector<DiffScenario> diffScenarios()
{
    return {basic(),      keys(),         tolerance(false),   tolerance(true),
            timestamps(), unicode(),      compositeTextKey(), empty(true),
            empty(false), hostileNames(), stringOptions(),    filterAndColumns()};
}

} // namespace tidemark::test
