// Exporting a diff result: the JSON file is the CLI's JSON and reads back into the same result; the
// CSV tables follow RFC 4180 (checked by parsing them back), keep NULL apart from the empty string,
// guard text against formula injection and never alter numbers.

#include "export/result_export.h"
#include "support/test_support.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;
using exporting::CsvTable;

namespace {

// A strict RFC 4180 reader: returns the records, each a list of fields; a quoted field is marked by
// `quoted` so that NULL (empty, unquoted) and "" (empty, quoted) can be told apart.
struct Field
{
    QString text;
    bool quoted = false;
};
using Record = QList<Field>;

QList<Record> parseCsv(const QByteArray &bytes, bool *ok)
{
    *ok = true;
    QList<Record> records;
    Record record;
    QByteArray field;
    bool quoted = false;
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    auto endField = [&] {
        record << Field {QString::fromUtf8(field), quoted};
        field.clear();
        quoted = false;
    };
    while (i < n) {
        const char c = bytes[i];
        if (field.isEmpty() && !quoted && c == '"') {
            quoted = true;
            ++i;
            while (true) {
                if (i >= n) {
                    *ok = false;
                    return records;
                }
                if (bytes[i] == '"') {
                    if (i + 1 < n && bytes[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += bytes[i++];
            }
            if (i < n && bytes[i] != ',' && bytes[i] != '\r') {
                *ok = false; // text after a closing quote
                return records;
            }
            continue;
        }
        if (c == ',') {
            endField();
            ++i;
        } else if (c == '\r') {
            if (i + 1 >= n || bytes[i + 1] != '\n') {
                *ok = false; // a bare CR outside quotes
                return records;
            }
            endField();
            records << record;
            record.clear();
            i += 2;
        } else if (c == '\n' || c == '"') {
            *ok = false; // bare LF or a quote inside an unquoted field
            return records;
        } else {
            field += c;
            ++i;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        *ok = false; // the last record lacks its CRLF
    return records;
}

QList<Record> parseOrFail(const QByteArray &bytes)
{
    bool ok = false;
    const QList<Record> records = parseCsv(bytes, &ok);
    if (!ok)
        qWarning("not RFC 4180: %s", bytes.constData());
    return ok ? records : QList<Record>();
}

QString hostile(int i)
{
    static const QStringList values {
        QStringLiteral("plain"),
        QStringLiteral("comma, inside"),
        QStringLiteral("a \"quoted\" word"),
        QStringLiteral("two\nlines"),
        QStringLiteral("cr\r\nlf"),
        QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")"),
        QStringLiteral("+1+2"),
        QStringLiteral("-2+3"),
        QStringLiteral("@SUM(A1)"),
        QStringLiteral("\tTAB"),
        QStringLiteral("Zürich 東京 🌊"),
        QStringLiteral(" leading space"),
        QStringLiteral("'already quoted"),
    };
    return values.at(i % values.size());
}

// A result with everything an export must carry, including hostile text in every text field.
diff::DiffResult sampleResult()
{
    diff::DiffResult r;
    r.algorithm = QStringLiteral("join");
    r.key = {QStringLiteral("id"), QStringLiteral("Region, \"R\"")};
    r.tableA = QStringLiteral("prod.orders");
    r.tableB = QStringLiteral("=pr.orders");
    r.rows = {1000, 1005, 10, 15, 40, 950};
    r.primaryKey = {1, 0, 2, 3, 4, 7};
    r.schema.onlyA = {QStringLiteral("legacy")};
    r.schema.onlyB = {QStringLiteral("new, col")};
    r.schema.typeChanged
        = {{QStringLiteral("amount"), QStringLiteral("integer"), QStringLiteral("numeric(10,2)")}};
    r.schema.orderChanged = true;
    r.schema.columnsA = 5;
    r.schema.columnsB = 5;
    r.columns = {{QStringLiteral("amount"), 12, 100.0 * 978 / 990, {}},
                 {QStringLiteral("note"), 0, 100.0, {}}};
    r.matchScore = 97.123456789;
    r.samples
        = {{"exclusive_a",
            nlohmann::json::array(
                {{{"id", 1}, {"Region, \"R\"", "north"}, {"amount", -5}, {"note", "=1+1"}}})},
           {"exclusive_b",
            nlohmann::json::array(
                {{{"id", 2}, {"Region, \"R\"", "south"}, {"amount", nullptr}, {"note", ""}}})},
           {"updated",
            nlohmann::json::array(
                {{{"key", {{"id", 3}, {"Region, \"R\"", "west"}}},
                  {"a",
                   {{"id", 3}, {"Region, \"R\"", "west"}, {"amount", 1.5}, {"note", "two\nlines"}}},
                  {"b",
                   {{"id", 3}, {"Region, \"R\"", "west"}, {"amount", 2.5}, {"note", "two\nlines"}}},
                  {"different_columns", {"amount"}}}})}};
    r.profilesA = {{QStringLiteral("amount"), 1000, 10, 300, 1, 99.5, 42.25}};
    r.profilesB = {{QStringLiteral("amount"), 1005, 0, 301, -3, "@max", nullptr}};
    r.complete = false;
    r.warnings = {QStringLiteral("stopped after downloading 50 row(s), \"limit\"")};
    r.rowsDownloaded = 50;
    r.durationMs = 1234;
    return r;
}

QHash<QString, QString> summaryMap(const QList<Record> &records)
{
    QHash<QString, QString> out;
    for (const Record &r : records) {
        if (r.size() == 2)
            out.insert(r[0].text, r[1].text);
    }
    return out;
}

} // namespace

class TestResultExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("isText");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QStringLiteral("abc") << true << QByteArray("abc");
        QTest::newRow("empty text") << QString() << true << QByteArray("\"\"");
        QTest::newRow("empty non-text (NULL)") << QString() << false << QByteArray();
        QTest::newRow("comma") << QStringLiteral("a,b") << true << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << true
                               << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << true << QByteArray("\"a\nb\"");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << true << QByteArray("\"a\r\nb\"");
        QTest::newRow("formula =") << QStringLiteral("=1+1") << true << QByteArray("'=1+1");
        QTest::newRow("formula +") << QStringLiteral("+1") << true << QByteArray("'+1");
        QTest::newRow("formula -") << QStringLiteral("-1+2") << true << QByteArray("'-1+2");
        QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << true << QByteArray("'@SUM(A1)");
        QTest::newRow("formula tab") << QStringLiteral("\t=x") << true << QByteArray("'\t=x");
        QTest::newRow("formula cr") << QStringLiteral("\r=x") << true << QByteArray("\"'\r=x\"");
        QTest::newRow("formula and comma")
            << QStringLiteral("=A1,B1") << true << QByteArray("\"'=A1,B1\"");
        QTest::newRow("negative number untouched")
            << QStringLiteral("-5") << false << QByteArray("-5");
        QTest::newRow("utf-8") << QStringLiteral("Zürich 東京") << true
                               << QStringLiteral("Zürich 東京").toUtf8();
    }

    void field()
    {
        QFETCH(QString, value);
        QFETCH(bool, isText);
        QFETCH(QByteArray, expected);
        QCOMPARE(exporting::csvField(value, isText), expected);
    }

    void jsonFields_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("null") << QStringLiteral("null") << QByteArray();
        QTest::newRow("empty string") << QStringLiteral("\"\"") << QByteArray("\"\"");
        QTest::newRow("negative integer") << QStringLiteral("-42") << QByteArray("-42");
        QTest::newRow("negative float") << QStringLiteral("-1.5") << QByteArray("-1.5");
        QTest::newRow("bool") << QStringLiteral("true") << QByteArray("true");
        QTest::newRow("string formula") << QStringLiteral("\"-1\"") << QByteArray("'-1");
        QTest::newRow("big integer")
            << QStringLiteral("9007199254740993") << QByteArray("9007199254740993");
    }

    void jsonFields()
    {
        QFETCH(QString, json);
        QFETCH(QByteArray, expected);
        QCOMPARE(exporting::csvField(nlohmann::json::parse(json.toStdString())), expected);
    }

    // Every hostile string survives a trip through a CSV writer and a strict RFC 4180 reader
    // (apart from the apostrophe that guards formulas).
    void hostileRoundTrip_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < 13; ++i)
            QTest::newRow(qPrintable(QStringLiteral("hostile %1").arg(i))) << i;
    }

    void hostileRoundTrip()
    {
        QFETCH(int, index);
        const QString value = hostile(index);
        const QByteArray csv
            = exporting::csvField(value) + ',' + exporting::csvField(QStringLiteral("x")) + "\r\n";
        const QList<Record> records = parseOrFail(csv);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].size(), 2);
        QString back = records[0][0].text;
        const QChar first = value.front();
        const bool guarded = first == QLatin1Char('=') || first == QLatin1Char('+')
            || first == QLatin1Char('-') || first == QLatin1Char('@') || first == QLatin1Char('\t')
            || first == QLatin1Char('\r');
        if (guarded) {
            QVERIFY(back.startsWith(QLatin1Char('\'')));
            back.remove(0, 1);
        }
        QCOMPARE(back, value);
    }

    void tables_data()
    {
        QTest::addColumn<int>("table");
        QTest::addColumn<QString>("header");
        QTest::newRow("summary") << int(CsvTable::Summary) << QStringLiteral("metric,value");
        QTest::newRow("columns")
            << int(CsvTable::Columns)
            << QStringLiteral(
                   "column,type_prod,type_pr,status,role,different,match_pct,compared_as");
        QTest::newRow("samples")
            << int(CsvTable::Samples)
            << QStringLiteral("kind,id,\"Region, \"\"R\"\"\",amount (prod),amount (PR),note (prod),"
                              "note (PR),different_columns");
        QTest::newRow("profiles") << int(
            CsvTable::Profiles) << QStringLiteral("side,column,count,nulls,distinct,min,max,mean");
    }

    // Each table parses as RFC 4180 with one header and the same number of fields on every line.
    void tables()
    {
        QFETCH(int, table);
        QFETCH(QString, header);
        const QByteArray csv = exporting::toCsv(sampleResult(), CsvTable(table));
        QVERIFY(csv.startsWith(QByteArray(header.toUtf8() + "\r\n")));
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
        const QList<Record> records = parseOrFail(csv);
        QVERIFY(records.size() > 1);
        for (const Record &r : records)
            QCOMPARE(r.size(), records[0].size());
        QVERIFY(
            exporting::csvTableFromString(QString::fromLatin1(exporting::toString(CsvTable(table))))
            == CsvTable(table));
    }

    void summaryContent()
    {
        const diff::DiffResult r = sampleResult();
        const QList<Record> records = parseOrFail(exporting::summaryCsv(r));
        const auto m = summaryMap(records);
        QCOMPARE(m.value(QStringLiteral("rows.a")), QStringLiteral("1000"));
        QCOMPARE(m.value(QStringLiteral("rows.b")), QStringLiteral("1005"));
        QCOMPARE(m.value(QStringLiteral("rows.exclusive_a")), QStringLiteral("10"));
        QCOMPARE(m.value(QStringLiteral("rows.exclusive_b")), QStringLiteral("15"));
        QCOMPARE(m.value(QStringLiteral("rows.updated")), QStringLiteral("40"));
        QCOMPARE(m.value(QStringLiteral("rows.unchanged")), QStringLiteral("950"));
        QCOMPARE(m.value(QStringLiteral("primary_key.duplicate_b")), QStringLiteral("3"));
        QCOMPARE(m.value(QStringLiteral("table_b")), QStringLiteral("'=pr.orders")); // guarded
        QCOMPARE(m.value(QStringLiteral("key")), QStringLiteral("id; Region, \"R\""));
        QCOMPARE(m.value(QStringLiteral("schema.type_changed")),
                 QStringLiteral("amount: integer -> numeric(10,2)"));
        QCOMPARE(m.value(QStringLiteral("complete")), QStringLiteral("false"));
        QCOMPARE(m.value(QStringLiteral("match_score")).toDouble(),
                 r.matchScore); // shortest exact form
        QCOMPARE(m.value(QStringLiteral("warning")), r.warnings.first());
    }

    void columnsContent()
    {
        const QList<Record> records = parseOrFail(exporting::columnsCsv(sampleResult()));
        QHash<QString, Record> byName;
        QStringList order;
        for (qsizetype i = 1; i < records.size(); ++i) {
            byName.insert(records[i][0].text, records[i]);
            order << records[i][0].text;
        }
        // Key columns first, then the others by name.
        QCOMPARE(order,
                 (QStringList {QStringLiteral("id"), QStringLiteral("Region, \"R\""),
                               QStringLiteral("amount"), QStringLiteral("legacy"),
                               QStringLiteral("new, col"), QStringLiteral("note")}));
        QCOMPARE(byName[QStringLiteral("id")][3].text, QStringLiteral("unchanged"));
        QCOMPARE(byName[QStringLiteral("id")][4].text, QStringLiteral("key"));
        QCOMPARE(byName[QStringLiteral("id")][5].quoted, false); // not compared: NULL
        QCOMPARE(byName[QStringLiteral("amount")][1].text, QStringLiteral("integer"));
        QCOMPARE(byName[QStringLiteral("amount")][2].text, QStringLiteral("numeric(10,2)"));
        QCOMPARE(byName[QStringLiteral("amount")][3].text, QStringLiteral("type_changed"));
        QCOMPARE(byName[QStringLiteral("amount")][5].text, QStringLiteral("12"));
        QVERIFY(qAbs(byName[QStringLiteral("amount")][6].text.toDouble() - 100.0 * 978 / 990)
                < 1e-12);
        QCOMPARE(byName[QStringLiteral("legacy")][3].text, QStringLiteral("only_prod"));
        QCOMPARE(byName[QStringLiteral("legacy")][4].text, QStringLiteral("not_compared"));
        QCOMPARE(byName[QStringLiteral("new, col")][3].text, QStringLiteral("only_pr"));
        QCOMPARE(byName[QStringLiteral("note")][6].text,
                 QStringLiteral("100.0")); // JSON's shortest exact form
    }

    void samplesContent()
    {
        const QList<Record> records = parseOrFail(exporting::samplesCsv(sampleResult()));
        QCOMPARE(records.size(), 4);
        const Record &onlyA = records[1];
        QCOMPARE(onlyA[0].text, QStringLiteral("exclusive_a"));
        QCOMPARE(onlyA[1].text, QStringLiteral("1"));
        QCOMPARE(onlyA[2].text, QStringLiteral("north"));
        QCOMPARE(onlyA[3].text, QStringLiteral("-5")); // a number: never guarded
        QCOMPARE(onlyA[4].text, QString()); // no PR side
        QCOMPARE(onlyA[4].quoted, false);
        QCOMPARE(onlyA[5].text, QStringLiteral("'=1+1")); // text: guarded
        const Record &onlyB = records[2];
        QCOMPARE(onlyB[0].text, QStringLiteral("exclusive_b"));
        QCOMPARE(onlyB[4].quoted, false); // NULL amount
        QCOMPARE(onlyB[6].text, QString()); // empty string note...
        QCOMPARE(onlyB[6].quoted, true); // ...written as ""
        const Record &updated = records[3];
        QCOMPARE(updated[0].text, QStringLiteral("updated"));
        QCOMPARE(updated[3].text, QStringLiteral("1.5"));
        QCOMPARE(updated[4].text, QStringLiteral("2.5"));
        QCOMPARE(updated[5].text, QStringLiteral("two\nlines"));
        QCOMPARE(updated[7].text, QStringLiteral("amount"));
    }

    void profilesContent()
    {
        const QList<Record> records = parseOrFail(exporting::profilesCsv(sampleResult()));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[1][0].text, QStringLiteral("prod"));
        QCOMPARE(records[1][2].text, QStringLiteral("1000"));
        QCOMPARE(records[1][7].text, QStringLiteral("42.25"));
        QCOMPARE(records[2][0].text, QStringLiteral("PR"));
        QCOMPARE(records[2][5].text, QStringLiteral("-3"));
        QCOMPARE(records[2][6].text, QStringLiteral("'@max"));
        QCOMPARE(records[2][7].quoted, false); // NULL mean
    }

    // Malformed samples (a result read from someone's file) export without throwing.
    void malformedSamples()
    {
        diff::DiffResult r = sampleResult();
        r.samples = nlohmann::json::array({1, 2});
        QVERIFY(exporting::samplesCsv(r).startsWith("kind,"));
        r.samples = {{"updated", nlohmann::json::array({42, "x"})}, {"exclusive_a", "nope"}};
        const QList<Record> records = parseOrFail(exporting::samplesCsv(r));
        QCOMPARE(records.size(), 3);
    }

    void jsonRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("result.json"));
        const diff::DiffResult r = sampleResult();
        QVERIFY(exporting::writeJson(r, path));
        const nlohmann::json j = test::readJsonFile(path);
        QVERIFY(j == r.toJson());
        auto back = diff::DiffResult::fromJson(j);
        QVERIFY(back);
        QVERIFY(back->toJson() == r.toJson());
    }

    void writeCsvFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("columns.csv"));
        QVERIFY(exporting::writeCsv(sampleResult(), CsvTable::Columns, path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), exporting::columnsCsv(sampleResult()));
    }

    void writeFailureNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/dir/result.json"));
        const auto written = exporting::writeJson(sampleResult(), path);
        QVERIFY(!written);
        QVERIFY2(written.errorMessage().contains(QStringLiteral("result.json")),
                 qPrintable(written.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestResultExport)
#include "tst_result_export.moc"
