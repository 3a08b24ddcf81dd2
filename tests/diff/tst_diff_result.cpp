// The diff result as a value: Datafold's Match Score formula and the JSON round trip.

#include "diff/diff_result.h"

#include <QTest>

using namespace tidemark::diff;

class TestDiffResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchScoreExamples()
    {
        // Datafold's examples: 100x10 tables with 4 differing values give 99.6%.
        DiffResult r;
        r.key = {QStringLiteral("id")};
        for (int i = 0; i < 9; ++i)
            r.columns.push_back({QStringLiteral("c%1").arg(i), i == 0 ? 4 : 0, 100, {}});
        r.rows = {100, 100, 0, 0, 4, 96};
        QVERIFY(qAbs(matchScore(r) - 99.6) < 1e-9);
        // One extra column of 100 rows: 2000 / 2100.
        r.columns[0].different = 0;
        r.schema.onlyB = {QStringLiteral("extra")};
        QVERIFY(qAbs(matchScore(r) - 100.0 * 2000.0 / 2100.0) < 1e-9);
        // Two empty tables score 0.
        DiffResult empty;
        empty.key = {QStringLiteral("id")};
        QCOMPARE(matchScore(empty), 0.0);
        QCOMPARE(matchPercent(0, 0), 100.0);
        QCOMPARE(matchPercent(200, 50), 75.0);
    }

    void jsonRoundTrip()
    {
        DiffResult r;
        r.algorithm = QStringLiteral("hash");
        r.key = {QStringLiteral("a"), QStringLiteral("b")};
        r.rows = {10, 12, 1, 3, 2, 7};
        r.primaryKey = {1, 0, 0, 2, 0, 4};
        r.schema.onlyA = {QStringLiteral("x")};
        r.schema.typeChanged
            = {{QStringLiteral("q"), QStringLiteral("int"), QStringLiteral("bigint")}};
        r.columns = {{QStringLiteral("v"), 2, 77.7, QStringLiteral("exact doubles")}};
        r.samples["updated"].push_back({{"key", {{"a", 1}}}, {"a", {{"v", 1}}}, {"b", {{"v", 2}}}});
        r.warnings = {QStringLiteral("w")};
        r.matchScore = matchScore(r);
        const auto json = r.toJson();
        for (const char *k : {"algorithm", "key", "rows", "primary_key", "schema", "columns",
                              "match_score", "samples"})
            QVERIFY2(json.contains(k), k);
        QCOMPARE(json["columns"][0]["compared_as"].get<std::string>(),
                 std::string("exact doubles"));
        auto back = DiffResult::fromJson(json);
        QVERIFY(back);
        QVERIFY(back->toJson() == json);
        QVERIFY(!DiffResult::fromJson(nlohmann::json::object()));
    }
};

QTEST_GUILESS_MAIN(TestDiffResult)
#include "tst_diff_result.moc"
