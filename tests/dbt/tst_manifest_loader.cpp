// Loading real manifest.json files of schema v4 to v12, and one clear error for bad input.

#include "dbt/manifest_loader.h"
#include "support/test_support.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;

namespace {

int countOf(const dbt::Manifest &m, dbt::ResourceType type)
{
    return int(std::count_if(m.nodes.begin(), m.nodes.end(),
                             [type](const dbt::Node &n) { return n.resourceType == type; }));
}

QByteArray fixtureBytes(const QString &name)
{
    QFile file(test::manifestFixture(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

} // namespace

class TestManifestLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        test::writeTextFile(path, bytes);
        return path;
    }

    static QString loadError(const QString &path)
    {
        auto loaded = dbt::loadManifest(path);
        return loaded ? QString() : loaded.errorMessage();
    }

private Q_SLOTS:
    void loadsEveryFixture_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("schema");
        QTest::addColumn<QString>("dbtVersion");
        QTest::addColumn<int>("models");
        QTest::addColumn<int>("seeds");
        QTest::addColumn<int>("snapshots");
        QTest::addColumn<int>("tests");
        QTest::addColumn<int>("sources");
        QTest::addColumn<int>("exposures");
        QTest::addColumn<int>("macros");
        // The counts of ../shared/fixtures/manifests/PROVENANCE.md.
        QTest::newRow("v4 jaffle_shop") << "01_jaffle_shop_v4_dbt1.0.0.json" << 4 << "1.0.0" << 5
                                        << 3 << 0 << 20 << 0 << 0 << 188;
        QTest::newRow("v11 jaffle_shop") << "02_jaffle_shop_v11_dbt1.7.0.json" << 11 << "1.7.0"
                                         << 35 << 3 << 0 << 20 << 0 << 0 << 1105;
        QTest::newRow("v12 jaffle_shop") << "03_jaffle_shop_v12_dbt1.12.0.json" << 12 << "1.12.0"
                                         << 13 << 6 << 0 << 27 << 6 << 0 << 672;
        QTest::newRow("v12 recce base") << "04_recce_jaffle_base_v12.json" << 12 << "1.8.1" << 7
                                        << 0 << 0 << 25 << 3 << 0 << 699;
        QTest::newRow("v12 recce pr") << "05_recce_jaffle_pr2_v12.json" << 12 << "1.8.1" << 9 << 0
                                      << 0 << 25 << 3 << 0 << 699;
        QTest::newRow("v8 tuva base") << "06_tuva_v8_base_872055bf.json" << 8 << "1.4.9" << 296
                                      << 75 << 0 << 57 << 0 << 0 << 453;
        QTest::newRow("v8 tuva pr") << "07_tuva_v8_pr_296d7b3e.json" << 8 << "1.4.9" << 296 << 75
                                    << 0 << 57 << 0 << 0 << 453;
        QTest::newRow("v12 constraints") << "08_dbtcore_defer_state_v12_constraints.json" << 12
                                         << "PREVIOUS" << 9 << 1 << 3 << 9 << 1 << 1 << 463;
    }

    void loadsEveryFixture()
    {
        QFETCH(QString, file);
        const dbt::Manifest m = test::loadOrFail(test::manifestFixture(file));
        QTEST(m.schemaVersion, "schema");
        QTEST(QString::fromStdString(m.dbtVersion), "dbtVersion");
        QTEST(countOf(m, dbt::ResourceType::Model), "models");
        QTEST(countOf(m, dbt::ResourceType::Seed), "seeds");
        QTEST(countOf(m, dbt::ResourceType::Snapshot), "snapshots");
        QTEST(int(m.tests.size()), "tests");
        QTEST(countOf(m, dbt::ResourceType::Source), "sources");
        QTEST(countOf(m, dbt::ResourceType::Exposure), "exposures");
        QTEST(int(m.macros.size()), "macros");
        for (const dbt::Node &node : m.nodes) {
            QVERIFY(!node.uniqueId.empty());
            QVERIFY2(m.find(node.uniqueId) == &node, node.uniqueId.c_str());
        }
    }

    void readsNodeFields()
    {
        // v4: raw_sql, refs as lists, test_metadata without attached_node.
        const dbt::Manifest v4 = test::loadOrFail(
            test::manifestFixture(QStringLiteral("01_jaffle_shop_v4_dbt1.0.0.json")));
        const dbt::Node *orders = v4.find("model.jaffle_shop.orders");
        QVERIFY(orders);
        QVERIFY(orders->hasBody);
        QCOMPARE(orders->name, std::string("orders"));
        QCOMPARE(orders->materialized, std::string("table"));
        QCOMPARE(orders->relation(), std::string("your-gcp-project.jaffle_shop.orders"));
        QVERIFY(!orders->columns.empty());
        QVERIFY(std::find(orders->dependsOnNodes.begin(), orders->dependsOnNodes.end(),
                          "model.jaffle_shop.stg_orders")
                != orders->dependsOnNodes.end());
        const auto unique
            = std::find_if(v4.tests.begin(), v4.tests.end(), [](const dbt::TestInfo &t) {
                  return t.testName == "unique" && t.attachedNode == "model.jaffle_shop.orders";
              });
        QVERIFY(unique != v4.tests.end());
        QCOMPARE(unique->columnName, std::string("order_id"));

        // v12 with dbt 1.12: model-level constraints, the primary_key field, exposures and sources.
        const dbt::Manifest v12 = test::loadOrFail(
            test::manifestFixture(QStringLiteral("08_dbtcore_defer_state_v12_constraints.json")));
        const dbt::Node *configured = v12.find("model.test.model_with_lots_of_schema_configs");
        QVERIFY(configured);
        QCOMPARE(configured->constraintPrimaryKey, std::vector<std::string> {"id"});
        QCOMPARE(configured->dbtPrimaryKey, std::vector<std::string> {"id"});
        const dbt::Node *exposure = v12.find("exposure.test.weekly_jaffle_metrics");
        QVERIFY(exposure);
        QCOMPARE(exposure->resourceType, dbt::ResourceType::Exposure);
        QVERIFY(!exposure->dependsOnNodes.empty());
        const auto source
            = std::find_if(v12.nodes.begin(), v12.nodes.end(), [](const dbt::Node &n) {
                  return n.resourceType == dbt::ResourceType::Source;
              });
        QVERIFY(source != v12.nodes.end());
        QVERIFY(!source->sourceName.empty());
        QVERIFY(!source->alias.empty());
    }

    void acceptsTargetFolder()
    {
        QTemporaryDir target;
        QVERIFY(QFile::copy(test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json")),
                            target.filePath(QStringLiteral("manifest.json"))));
        auto loaded = dbt::loadManifest(target.path());
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.errorMessage()));
        QCOMPARE(loaded->nodes.size(),
                 test::loadOrFail(target.filePath(QStringLiteral("manifest.json"))).nodes.size());
    }

    void keepsParentMapWhenAsked()
    {
        dbt::ManifestLoadOptions options;
        options.keepParentMap = true;
        auto loaded = dbt::loadManifest(
            test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json")), options);
        QVERIFY(loaded);
        QVERIFY(loaded->parentMap.count("model.jaffle_shop.customers"));
        auto plain = dbt::loadManifest(
            test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json")));
        QVERIFY(plain->parentMap.empty());
    }

    void truncatedFileGivesOneClearError_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::newRow("1%") << 0.01;
        QTest::newRow("half") << 0.5;
        QTest::newRow("99%") << 0.99;
        QTest::newRow("last byte missing") << -1.0;
    }

    void truncatedFileGivesOneClearError()
    {
        QFETCH(double, fraction);
        const QByteArray full = fixtureBytes(QStringLiteral("04_recce_jaffle_base_v12.json"));
        const qsizetype cut
            = fraction < 0 ? full.size() - 1 : qsizetype(double(full.size()) * fraction);
        const QString path = write(QStringLiteral("truncated.json"), full.left(cut));
        const QString error = loadError(path);
        QVERIFY2(!error.isEmpty(), "a truncated file must not load");
        QVERIFY2(error.startsWith(path), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("truncated")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    }

    void wrongTypeNamesPlaceAndExpectation()
    {
        nlohmann::json m = test::readJsonFile(
            test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json")));
        m["nodes"]["model.jaffle_shop.orders"]["depends_on"] = "model.jaffle_shop.stg_orders";
        const QString path = m_dir.filePath(QStringLiteral("wrong_type.json"));
        test::writeJsonFile(path, m);
        const QString error = loadError(path);
        QVERIFY2(error.startsWith(path + QStringLiteral(": line ")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("depends_on: expected an object, found a string")),
                 qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("model.jaffle_shop.orders")), qPrintable(error));

        // The line named is the line of the offending value.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        const qsizetype at = error.indexOf(QLatin1String("line ")) + 5;
        const int line = error.mid(at, error.indexOf(QLatin1Char(','), at) - at).toInt();
        QVERIFY(line > 0 && line <= lines.size());
        QVERIFY2(lines.at(line - 1).contains("\"depends_on\": \"model.jaffle_shop.stg_orders\""),
                 lines.at(line - 1).constData());
    }

    void wrongTypeInList()
    {
        nlohmann::json m = test::readJsonFile(
            test::manifestFixture(QStringLiteral("01_jaffle_shop_v4_dbt1.0.0.json")));
        m["nodes"]["model.jaffle_shop.customers"]["fqn"] = {"jaffle_shop", 42};
        const QString path = m_dir.filePath(QStringLiteral("wrong_list.json"));
        test::writeJsonFile(path, m);
        const QString error = loadError(path);
        QVERIFY2(error.contains(QLatin1String("fqn: expected a string, found a number")),
                 qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("model.jaffle_shop.customers")), qPrintable(error));
    }

    void otherBadInputs_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty file") << QByteArray() << "the file is empty";
        QTest::newRow("white space only") << QByteArray("  \n ") << "the file is empty";
        QTest::newRow("not json") << QByteArray("hello world") << "not valid JSON";
        QTest::newRow("top-level array") << QByteArray("[1, 2, 3]") << "expected a JSON object";
        QTest::newRow("no metadata")
            << QByteArray("{\"nodes\": {}}") << "this is not a dbt manifest.json";
        QTest::newRow("catalog.json") << QByteArray(
            "{\"metadata\": {\"dbt_schema_version\": "
            "\"https://schemas.getdbt.com/dbt/catalog/v1.json\", \"dbt_version\": \"1.8.1\"}, "
            "\"nodes\": {\"model.a.b\": {\"metadata\": {\"type\": \"BASE TABLE\"}, \"columns\": "
            "{}, \"stats\": {}, \"unique_id\": \"model.a.b\"}}, \"sources\": {}, \"errors\": null}")
                                      << "is catalog.json";
        QTest::newRow("run_results.json") << QByteArray(
            "{\"metadata\": {\"dbt_schema_version\": "
            "\"https://schemas.getdbt.com/dbt/run-results/v6.json\"}, \"results\": []}")
                                          << "is run-results.json";
        QTest::newRow("schema v3")
            << QByteArray("{\"metadata\": {\"dbt_schema_version\": "
                          "\"https://schemas.getdbt.com/dbt/manifest/v3.json\"}, \"nodes\": {}}")
            << "Tidemark reads v4 (dbt 1.0) to v12";
        QTest::newRow("no nodes") << QByteArray(
            "{\"metadata\": {\"dbt_schema_version\": "
            "\"https://schemas.getdbt.com/dbt/manifest/v12.json\"}}")
                                  << "no \"nodes\" section";
        QTest::newRow("invalid utf-8")
            << QByteArray("{\"metadata\": {\"dbt_schema_version\": \"\xff\xfe\"}}")
            << "not valid UTF-8";
    }

    void otherBadInputs()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = write(QStringLiteral("bad.json"), content);
        const QString error = loadError(path);
        QVERIFY2(!error.isEmpty(), "bad input must not load");
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void missingFile()
    {
        const QString error = loadError(m_dir.filePath(QStringLiteral("nope/manifest.json")));
        QVERIFY2(error.startsWith(QLatin1String("Cannot open")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("nope/manifest.json")), qPrintable(error));
    }

    void toleratesUnknownFields()
    {
        nlohmann::json m = test::readJsonFile(
            test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json")));
        m["some_future_section"] = {{"a", {1, 2, {{"b", nullptr}}}}};
        m["metadata"]["dbt_schema_version"] = "https://schemas.getdbt.com/dbt/manifest/v13.json";
        m["nodes"]["model.jaffle_shop.orders"]["future_field"] = {{"x", "y"}};
        const QString path = m_dir.filePath(QStringLiteral("future.json"));
        test::writeJsonFile(path, m);
        const dbt::Manifest loaded = test::loadOrFail(path);
        QCOMPARE(loaded.schemaVersion, 13);
        QVERIFY(loaded.find("model.jaffle_shop.orders"));
    }

    void unescapesStrings()
    {
        nlohmann::json m = test::readJsonFile(
            test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json")));
        m["nodes"]["model.jaffle_shop.orders"]["description"]
            = "caf\u00e9 \"quoted\" \\ tab\t \U0001F30A";
        const QString path = m_dir.filePath(QStringLiteral("escapes.json"));
        // ensure_ascii: every non-ASCII character is written as \uXXXX (with a surrogate pair for
        // the wave).
        test::writeTextFile(path, QByteArray::fromStdString(m.dump(-1, ' ', true)));
        const dbt::Manifest loaded = test::loadOrFail(path);
        QCOMPARE(loaded.find("model.jaffle_shop.orders")->description,
                 std::string("caf\u00e9 \"quoted\" \\ tab\t \U0001F30A"));
    }
};

QTEST_GUILESS_MAIN(TestManifestLoader)
#include "tst_manifest_loader.moc"
