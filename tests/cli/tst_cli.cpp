// tidemark-cli as scripts meet it: the real binary, its JSON, its exit codes and its errors.

#include "support/test_support.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    nlohmann::json json() const { return nlohmann::json::parse(out.begin(), out.end()); }
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TIDEMARK_CLI_PATH), arguments);
    if (!process.waitForFinished(120000))
        qFatal("tidemark-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QString fixture(const char *name)
{
    return test::manifestFixture(QString::fromLatin1(name));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void verifyOneLineError(const Run &run, const char *expected)
    {
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith("tidemark-cli: "), run.err.constData());
        QVERIFY2(run.err.count('\n') == 1 && run.err.endsWith('\n'), run.err.constData());
        QVERIFY2(run.err.contains(expected), run.err.constData());
    }

private Q_SLOTS:
    void changesJson()
    {
        const Run run = cli({QStringLiteral("changes"), QStringLiteral("--base"),
                             fixture("04_recce_jaffle_base_v12.json"), QStringLiteral("--pr"),
                             fixture("05_recce_jaffle_pr2_v12.json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const nlohmann::json j = run.json();
        QVERIFY(j["new"]
                == nlohmann::json({"model.jaffle_shop.int_customer_orders",
                                   "model.jaffle_shop.int_customer_payments"}));
        QVERIFY(j["removed"] == nlohmann::json::array());
        QVERIFY(j["modified"]
                == nlohmann::json(
                    {{{"unique_id", "model.jaffle_shop.customers"}, {"reasons", {"body"}}}}));
        QVERIFY(j["impacted"]
                == nlohmann::json({"model.jaffle_shop.customer_order_pattern",
                                   "model.jaffle_shop.customer_segments"}));
        QCOMPARE(j["models"].size(), size_t(5));
        const auto &customers
            = *std::find_if(j["models"].begin(), j["models"].end(), [](const auto &m) {
                  return m["unique_id"] == "model.jaffle_shop.customers";
              });
        QVERIFY(customers["status"] == "modified");
        QVERIFY(customers["prod_relation"] == "jaffle_shop.prod.customers");
        QVERIFY(customers["pr_relation"] == "jaffle_shop.dev.customers");
        QVERIFY(customers["primary_key"]["columns"] == nlohmann::json({"customer_id"}));
        QVERIFY(customers["primary_key"]["rule"] == "uniqueness_test");
        QVERIFY(customers["config"]["never_diff"] == false);
        QVERIFY(customers["selected"] == true);
        const auto &added = *std::find_if(j["models"].begin(), j["models"].end(),
                                          [](const auto &m) { return m["status"] == "new"; });
        QVERIFY(added["prod_relation"].is_null());
    }

    void changesTuvaAndSlim()
    {
        const Run run = cli({QStringLiteral("changes"), QStringLiteral("--base"),
                             fixture("06_tuva_v8_base_872055bf.json"), QStringLiteral("--pr"),
                             fixture("07_tuva_v8_pr_296d7b3e.json"), QStringLiteral("--slim")});
        QCOMPARE(run.exitCode, 0);
        const nlohmann::json j = run.json();
        QCOMPARE(j["modified"].size(), size_t(21));
        size_t selected = 0;
        for (const auto &m : j["models"]) {
            if (m["selected"] == true)
                ++selected;
            else
                QVERIFY(m["status"] == "impacted"
                        && m["why_not_selected"].get<std::string>().find("Slim Diff")
                            != std::string::npos);
        }
        QCOMPARE(selected, size_t(21));
        QVERIFY(j["models"].size() > selected);
    }

    void changesText()
    {
        const Run run = cli({QStringLiteral("changes"), QStringLiteral("--base"),
                             fixture("04_recce_jaffle_base_v12.json"), QStringLiteral("--pr"),
                             fixture("05_recce_jaffle_pr2_v12.json"), QStringLiteral("--format"),
                             QStringLiteral("text")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Modified (1)\n  model.jaffle_shop.customers  [body]"));
        QVERIFY(run.out.contains("New (2)"));
    }

    void primaryKeyTagAndRunResults()
    {
        // A PR target/ folder with run_results.json and a model keyed by a custom tag.
        nlohmann::json pr = test::readJsonFile(fixture("05_recce_jaffle_pr2_v12.json"));
        pr["nodes"]["model.jaffle_shop.customers"]["meta"] = {{"pk", {"first_name", "last_name"}}};
        const QString target = m_dir.filePath(QStringLiteral("target"));
        QVERIFY(QDir().mkpath(target));
        test::writeJsonFile(target + QStringLiteral("/manifest.json"), pr);
        test::writeJsonFile(
            target + QStringLiteral("/run_results.json"),
            {{"metadata",
              {{"dbt_schema_version", "https://schemas.getdbt.com/dbt/run-results/v6.json"}}},
             {"results", {{{"unique_id", "model.jaffle_shop.customers"}, {"status", "success"}}}}});
        const Run run = cli({QStringLiteral("changes"), QStringLiteral("--base"),
                             fixture("04_recce_jaffle_base_v12.json"), QStringLiteral("--pr"),
                             target, QStringLiteral("--primary-key-tag"), QStringLiteral("pk")});
        QCOMPARE(run.exitCode, 0);
        const nlohmann::json j = run.json();
        const auto &customers
            = *std::find_if(j["models"].begin(), j["models"].end(), [](const auto &m) {
                  return m["unique_id"] == "model.jaffle_shop.customers";
              });
        QVERIFY(customers["primary_key"]["columns"] == nlohmann::json({"first_name", "last_name"}));
        QVERIFY(customers["primary_key"]["rule"] == "model_meta");
        QVERIFY(customers["pr_run_status"] == "success");
    }

    void changesErrors()
    {
        verifyOneLineError(cli({QStringLiteral("changes"), QStringLiteral("--base"),
                                fixture("04_recce_jaffle_base_v12.json")}),
                           "--pr");
        verifyOneLineError(cli({QStringLiteral("changes"), QStringLiteral("--base"),
                                fixture("04_recce_jaffle_base_v12.json"), QStringLiteral("--pr"),
                                fixture("05_recce_jaffle_pr2_v12.json"), QStringLiteral("--format"),
                                QStringLiteral("xml")}),
                           "unknown --format");
        verifyOneLineError(cli({QStringLiteral("changes"), QStringLiteral("--bogus")}),
                           "Unknown option");
        const QString truncated = m_dir.filePath(QStringLiteral("truncated.json"));
        QFile full(fixture("04_recce_jaffle_base_v12.json"));
        QVERIFY(full.open(QIODevice::ReadOnly));
        test::writeTextFile(truncated, full.read(300000));
        verifyOneLineError(
            cli({QStringLiteral("changes"), QStringLiteral("--base"),
                 fixture("04_recce_jaffle_base_v12.json"), QStringLiteral("--pr"), truncated}),
            "truncated");
        verifyOneLineError(cli({QStringLiteral("frobnicate")}), "unknown command");
        verifyOneLineError(cli({}), "no command");
    }

    void lineageFormats()
    {
        const Run json = cli({QStringLiteral("lineage"), QStringLiteral("--manifest"),
                              fixture("04_recce_jaffle_base_v12.json")});
        QCOMPARE(json.exitCode, 0);
        const nlohmann::json j = json.json();
        QCOMPARE(j["nodes"].size(), size_t(7 + 3)); // models and sources
        for (const auto &node : j["nodes"]) {
            QVERIFY(node.contains("unique_id") && node.contains("resource_type")
                    && node.contains("name"));
            QVERIFY(node["resource_type"] != "test");
        }
        for (const auto &edge : j["edges"])
            QVERIFY(edge.is_array() && edge.size() == 2);

        const Run sel
            = cli({QStringLiteral("lineage"), QStringLiteral("--manifest"),
                   fixture("05_recce_jaffle_pr2_v12.json"), QStringLiteral("--select"),
                   QStringLiteral("customers"), QStringLiteral("--upstream"), QStringLiteral("1"),
                   QStringLiteral("--downstream"), QStringLiteral("0")});
        QCOMPARE(sel.exitCode, 0);
        const nlohmann::json s = sel.json();
        QCOMPARE(s["nodes"].size(), size_t(4));
        QCOMPARE(s["edges"].size(), size_t(3));

        const Run dot = cli({QStringLiteral("lineage"), QStringLiteral("--manifest"),
                             fixture("05_recce_jaffle_pr2_v12.json"), QStringLiteral("--format"),
                             QStringLiteral("dot")});
        QCOMPARE(dot.exitCode, 0);
        QVERIFY(dot.out.startsWith("digraph lineage {"));
        const Run mermaid = cli({QStringLiteral("lineage"), QStringLiteral("--manifest"),
                                 fixture("05_recce_jaffle_pr2_v12.json"),
                                 QStringLiteral("--format"), QStringLiteral("mermaid")});
        QCOMPARE(mermaid.exitCode, 0);
        QVERIFY(mermaid.out.startsWith("graph LR\n"));
    }

    void lineageErrors()
    {
        verifyOneLineError(cli({QStringLiteral("lineage"), QStringLiteral("--manifest"),
                                fixture("05_recce_jaffle_pr2_v12.json"), QStringLiteral("--select"),
                                QStringLiteral("nope")}),
                           "no model, seed, snapshot, source or exposure is named \"nope\"");
        verifyOneLineError(
            cli({QStringLiteral("lineage"), QStringLiteral("--manifest"),
                 fixture("05_recce_jaffle_pr2_v12.json"), QStringLiteral("--select"),
                 QStringLiteral("customers"), QStringLiteral("--upstream"), QStringLiteral("-1")}),
            "--upstream");
        verifyOneLineError(cli({QStringLiteral("lineage")}), "--manifest");
        verifyOneLineError(cli({QStringLiteral("lineage"), QStringLiteral("--manifest"),
                                m_dir.filePath(QStringLiteral("missing.json"))}),
                           "Cannot open");
    }

    void help()
    {
        for (const QStringList &args :
             {QStringList {QStringLiteral("--help")},
              QStringList {QStringLiteral("changes"), QStringLiteral("--help")},
              QStringList {QStringLiteral("lineage"), QStringLiteral("--help")}}) {
            const Run run = cli(args);
            QCOMPARE(run.exitCode, 0);
            QVERIFY(run.out.contains("--") || run.out.contains("Commands"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
