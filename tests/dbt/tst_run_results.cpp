// run_results.json: the status of each node of the run.

#include "dbt/run_results.h"
#include "support/test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;

class TestRunResults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void readsStatuses()
    {
        const nlohmann::json doc
            = {{"metadata",
                {{"dbt_schema_version", "https://schemas.getdbt.com/dbt/run-results/v6.json"},
                 {"dbt_version", "1.8.1"},
                 {"generated_at", "2024-11-05T08:00:00Z"}}},
               {"results",
                {{{"status", "success"},
                  {"timing", nlohmann::json::array()},
                  {"thread_id", "Thread-1"},
                  {"execution_time", 1.25},
                  {"adapter_response", nlohmann::json::object()},
                  {"message", "SELECT 100"},
                  {"failures", nullptr},
                  {"unique_id", "model.p.a"}},
                 {{"status", "error"},
                  {"execution_time", 0.5},
                  {"message", nullptr},
                  {"unique_id", "model.p.b"}}}},
               {"elapsed_time", 3.5},
               {"args", nlohmann::json::object()}};
        test::writeJsonFile(m_dir.filePath(QStringLiteral("run_results.json")), doc);
        auto loaded = dbt::loadRunResults(m_dir.path());
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.errorMessage()));
        QCOMPARE(loaded->schemaVersion, 6);
        QCOMPARE(loaded->elapsedTime, 3.5);
        QCOMPARE(loaded->results.size(), size_t(2));
        QCOMPARE(loaded->results.at("model.p.a").status, std::string("success"));
        QCOMPARE(loaded->results.at("model.p.a").executionTime, 1.25);
        QCOMPARE(loaded->results.at("model.p.a").message, std::string("SELECT 100"));
        QCOMPARE(loaded->results.at("model.p.b").status, std::string("error"));
    }

    void refusesAManifest()
    {
        auto loaded = dbt::loadRunResults(
            test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json")));
        QVERIFY(!loaded);
        QVERIFY2(loaded.errorMessage().contains(QLatin1String("is not a run_results.json")),
                 qPrintable(loaded.errorMessage()));
    }

    void truncated()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        test::writeTextFile(path,
                            "{\"metadata\": {\"dbt_schema_version\": "
                            "\"https://schemas.getdbt.com/dbt/run-results/v6.json\"}, \"results\": "
                            "[{\"unique_id\": \"a");
        auto loaded = dbt::loadRunResults(path);
        QVERIFY(!loaded);
        QVERIFY2(loaded.errorMessage().startsWith(path), qPrintable(loaded.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestRunResults)
#include "tst_run_results.moc"
