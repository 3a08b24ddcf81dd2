// Sampling: the sample size, the intervals, and a sampled diff on real PostgreSQL whose estimates
// bracket the true answer.

#include "diff/diff_engine.h"
#include "diff/sampling.h"
#include "support/db_server.h"

#include <QTest>

using namespace tidemark;

class TestSampling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleSizeFormula()
    {
        diff::Sampling s;
        s.enabled = true;
        s.tolerance = 0.00001;
        s.confidence = 99;
        // ln(0.01) / ln(0.99999) = 460,514.7
        QCOMPARE(diff::sampleSize(s), qint64(460515));
        s.tolerance = 0.001;
        s.confidence = 95;
        QCOMPARE(diff::sampleSize(s), qint64(2995));
        s.threshold = 1000000;
        QVERIFY(!diff::sampleFraction(s, 999999));
        QVERIFY(qAbs(*diff::sampleFraction(s, 10000000) - 2995.0 / 1e7) < 1e-12);
        s.enabled = false;
        QVERIFY(!diff::sampleFraction(s, 10000000));
    }

    void wilson()
    {
        // 50 of 100 at 95%: the textbook interval 0.4038 .. 0.5962.
        const auto [lo, hi] = diff::wilsonInterval(50, 100, 95);
        QVERIFY(qAbs(lo - 0.4038) < 1e-3);
        QVERIFY(qAbs(hi - 0.5962) < 1e-3);
        const auto [zlo, zhi] = diff::wilsonInterval(0, 1000, 99);
        QCOMPARE(zlo, 0.0);
        QVERIFY(zhi > 0 && zhi < 0.01);
    }

    void sampledDiffOnPostgres()
    {
        QString error;
        auto pg = test::DbServer::start(test::DbServer::Kind::PostgreSQL, &error);
        QVERIFY2(pg, qPrintable(error));
        QVERIFY2(
            pg->exec({QStringLiteral("CREATE TABLE sa AS SELECT g AS id, g % 97 AS v, md5(g::text) "
                                     "AS t FROM generate_series(1, 200000) g"),
                      QStringLiteral("CREATE TABLE sb AS SELECT id, CASE WHEN id % 50 = 0 THEN v + "
                                     "1 ELSE v END AS v, t FROM sa WHERE id % 1000 <> 7")},
                     &error),
            qPrintable(error));
        // True answer: 4,000 updated (every 50th), 200 only in A.
        diff::DiffRequest request;
        request.connectionA = *warehouse::parseConnectionUrl(pg->url());
        request.tableA = {{QStringLiteral("sa")}};
        request.tableB = {{QStringLiteral("sb")}};
        request.options.key = {QStringLiteral("id")};
        request.options.sampling.enabled = true;
        request.options.sampling.tolerance = 0.0002;
        request.options.sampling.confidence = 99;
        request.options.sampling.threshold = 10000;
        auto r = diff::runDiff(request);
        QVERIFY2(r, qPrintable(r ? QString() : r.errorMessage()));
        const nlohmann::json &s = r->sampling;
        QVERIFY(s.is_object());
        const double fraction = s["sample_fraction"].get<double>();
        QVERIFY(fraction > 0.1 && fraction < 0.2); // 23,025 of 200,000
        // The sample is about that share of each table, and the same keys on both sides.
        QVERIFY(qAbs(double(r->rows.a) - fraction * 200000) < 5 * std::sqrt(fraction * 200000));
        QCOMPARE(r->rows.b + r->rows.exclusiveA, r->rows.a);
        QCOMPARE(r->rows.exclusiveB, 0);
        const qint64 estimate = s["updated"]["estimate"].get<qint64>();
        QVERIFY2(s["updated"]["interval"]["min"].get<qint64>() <= 4000
                     && s["updated"]["interval"]["max"].get<qint64>() >= 4000,
                 s.dump().c_str());
        QVERIFY(qAbs(estimate - 4000) < 800);
        QCOMPARE(s["table_rows"]["a"].get<qint64>(), 200000);
        QCOMPARE(s["columns"].size(), size_t(2));

        // Below the threshold nothing is sampled.
        request.options.sampling.threshold = 1000000;
        auto full = diff::runDiff(request);
        QVERIFY(full);
        QVERIFY(full->sampling.is_null());
        QCOMPARE(full->rows.updated, 4000); // every 50th id; none ends in 7
        QCOMPARE(full->rows.exclusiveA, 200);
    }
};

QTEST_GUILESS_MAIN(TestSampling)
#include "tst_sampling.moc"
