// One model's result as tabs, over results of real diffs on generated SQLite tables whose answers
// are known (support/diff_scenarios.h): the Overview's counts, the Columns model (schema changes,
// sorting on raw values), duplicated keys, marked cells in the samples, the profiles, the
// downstream signal, and the exports. Screenshots of every tab land in the build directory.

#include "dbt/change_plan.h"
#include "diff/diff_engine.h"
#include "export/result_export.h"
#include "results/model_result_widget.h"
#include "results/profiles_panel.h"
#include "results/result_models.h"
#include "support/diff_scenarios.h"
#include "support/test_support.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;
using ui::results::ColumnsModel;

namespace {

QString screenshotDir()
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}

QString n(qint64 value)
{
    return QLocale().toString(value);
}

// The schema-change pair: A has `legacy` (only in prod), B has `extra` (only in PR), and `amount`
// changes type from REAL to TEXT.
std::pair<test::FixtureTable, test::FixtureTable> schemaTables()
{
    test::FixtureTable a;
    a.name = QStringLiteral("schema_a");
    a.columns = {{QStringLiteral("id"), test::ColType::Int},
                 {QStringLiteral("name"), test::ColType::Text},
                 {QStringLiteral("amount"), test::ColType::Real},
                 {QStringLiteral("legacy"), test::ColType::Text}};
    test::FixtureTable b;
    b.name = QStringLiteral("schema_b");
    b.columns = {{QStringLiteral("id"), test::ColType::Int},
                 {QStringLiteral("name"), test::ColType::Text},
                 {QStringLiteral("amount"), test::ColType::Text},
                 {QStringLiteral("extra"), test::ColType::Int}};
    for (int i = 1; i <= 200; ++i) {
        a.rows.push_back({i, QStringLiteral("n%1").arg(i), i * 1.5, QStringLiteral("old")});
        b.rows.push_back(
            {i, i % 10 == 0 ? QStringLiteral("changed %1").arg(i) : QStringLiteral("n%1").arg(i),
             QString::number(i * 1.5), i});
    }
    return {a, b};
}

} // namespace

class TestModelResultWidget : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_url;
    diff::DiffResult m_basic;
    test::ExpectedDiff m_basicExpected;
    diff::DiffResult m_keys;
    test::ExpectedDiff m_keysExpected;
    diff::DiffResult m_schema;

    diff::DiffResult diffTables(const QString &a, const QString &b, diff::DiffOptions options)
    {
        diff::DiffRequest request;
        auto spec = warehouse::parseConnectionUrl(m_url);
        request.connectionA = *spec;
        request.tableA = warehouse::TableName {{a}};
        request.tableB = warehouse::TableName {{b}};
        options.profiles = true;
        request.options = options;
        auto result = diff::runDiff(request);
        if (!result)
            qFatal("diff failed: %s", qPrintable(result.errorMessage()));
        return *result;
    }

    static void save(QWidget *w, const QString &name)
    {
        const QString path = screenshotDir() + QLatin1Char('/') + name + QStringLiteral(".png");
        QTest::qWait(50); // let the charts lay out their legends
        QVERIFY(w->grab().save(path));
    }

    template<typename T> static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("results.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        m_url = QStringLiteral("sqlite://") + path;
        auto spec = warehouse::parseConnectionUrl(m_url);
        QVERIFY(spec);
        auto db = warehouse::openDatabase(*spec);
        QVERIFY2(db, qPrintable(db ? QString() : db.errorMessage()));
        const auto scenarios = test::diffScenarios();
        const test::DiffScenario basic = scenarios.at(0);
        const test::DiffScenario keys = scenarios.at(1);
        QCOMPARE(basic.name, QStringLiteral("basic"));
        QCOMPARE(keys.name, QStringLiteral("null and duplicate keys"));
        const auto [schemaA, schemaB] = schemaTables();
        for (const test::FixtureTable *t :
             {&basic.a, &basic.b, &keys.a, &keys.b, &schemaA, &schemaB})
            QVERIFY2(test::loadTable(**db, *t), qPrintable(t->name));
        db->reset();

        m_basic = diffTables(basic.a.name, basic.b.name, basic.options);
        m_basicExpected = test::referenceDiff(basic.a, basic.b, basic.options);
        m_keys = diffTables(keys.a.name, keys.b.name, keys.options);
        m_keysExpected = test::referenceDiff(keys.a, keys.b, keys.options);
        diff::DiffOptions options;
        options.key = {QStringLiteral("id")};
        m_schema = diffTables(schemaA.name, schemaB.name, options);
    }

    void overviewShowsTheCounts()
    {
        ui::ModelResultWidget w;
        w.resize(1100, 720);
        w.show();
        w.setResult(m_basic);
        const auto &e = m_basicExpected.rows;
        QCOMPARE(child<QLabel>(&w, "countRowsA")->text(), n(e.a));
        QCOMPARE(child<QLabel>(&w, "countRowsB")->text(), n(e.b));
        QCOMPARE(child<QLabel>(&w, "countOnlyA")->text(), n(e.exclusiveA));
        QCOMPARE(child<QLabel>(&w, "countOnlyB")->text(), n(e.exclusiveB));
        QCOMPARE(child<QLabel>(&w, "countChanged")->text(), n(e.updated));
        QCOMPARE(child<QLabel>(&w, "countUnchanged")->text(), n(e.unchanged));
        QVERIFY(e.exclusiveA > 0 && e.exclusiveB > 0 && e.updated > 0);
        const double onlyA = 100.0 * double(e.exclusiveA) / double(e.a);
        QVERIFY2(
            child<QLabel>(&w, "shareOnlyA")->text().contains(QLocale().toString(onlyA, 'f', 2)),
            qPrintable(child<QLabel>(&w, "shareOnlyA")->text()));
        const QString score = child<QLabel>(&w, "matchScoreLabel")->text();
        QVERIFY2(score.contains(QLocale().toString(m_basic.matchScore, 'f', 2)), qPrintable(score));
        QVERIFY(!child<QLabel>(&w, "incompleteBanner")->isVisible());
        QVERIFY(!child<QLabel>(&w, "samplingBanner")->isVisible());
        QVERIFY(child<QLabel>(&w, "schemaSummaryLabel")
                    ->text()
                    .contains(QStringLiteral("Same columns")));
        QVERIFY(child<QLabel>(&w, "keySummaryLabel")->text().contains(QStringLiteral("unique")));
        QVERIFY(child<QLabel>(&w, "titleLabel")->text().contains(m_basic.tableA));
        save(&w, QStringLiteral("result_overview"));

        // A diff a limit stopped says so; a sampled one shows its estimates.
        diff::DiffResult incomplete = m_basic;
        incomplete.complete = false;
        incomplete.warnings << QStringLiteral("stopped after downloading 100 row(s)");
        incomplete.sampling
            = {{"enabled", true},
               {"sample_fraction", 0.1},
               {"confidence", 99.0},
               {"updated", {{"estimate", 1234}, {"interval", {{"min", 1000}, {"max", 1500}}}}}};
        ui::ModelContext context;
        context.modelName = QStringLiteral("fct_orders");
        context.status = QStringLiteral("modified");
        w.setResult(incomplete, context);
        QVERIFY(child<QLabel>(&w, "incompleteBanner")->isVisible());
        QVERIFY(child<QLabel>(&w, "samplingBanner")->isVisible());
        QVERIFY(child<QLabel>(&w, "samplingBanner")->text().contains(n(1234)));
        QVERIFY(!child<QLabel>(&w, "samplingBanner")
                     ->text()
                     .contains(QStringLiteral("only in prod"))); // not estimated
        QVERIFY(
            child<QLabel>(&w, "warningsLabel")->text().contains(QStringLiteral("stopped after")));
        QCOMPARE(child<QLabel>(&w, "titleLabel")->text(), QStringLiteral("fct_orders"));
        save(&w, QStringLiteral("result_overview_incomplete"));
    }

    void columnsShowTheSchema()
    {
        ui::ModelResultWidget w;
        w.resize(1100, 720);
        w.show();
        w.setResult(m_schema);
        w.tabs()->setCurrentIndex(ui::ModelResultWidget::ColumnsTab);
        auto *view = child<QTableView>(&w, "columnsView");
        QAbstractItemModel *model = view->model();
        QHash<QString, int> rowOf;
        for (int r = 0; r < model->rowCount(); ++r)
            rowOf.insert(model->index(r, ColumnsModel::NameColumn).data().toString(), r);
        QCOMPARE(rowOf.size(), 5); // id, name, amount, legacy, extra
        auto status = [&](const char *column) {
            return model->index(rowOf.value(QString::fromLatin1(column)), 0)
                .data(ui::results::StatusRole)
                .toString();
        };
        QCOMPARE(status("legacy"), QStringLiteral("only_prod"));
        QCOMPARE(status("extra"), QStringLiteral("only_pr"));
        QCOMPARE(status("amount"), QStringLiteral("type_changed"));
        QCOMPARE(status("name"), QStringLiteral("unchanged"));
        const int amount = rowOf.value(QStringLiteral("amount"));
        QCOMPARE(model->index(amount, ColumnsModel::TypeAColumn).data().toString(),
                 QStringLiteral("REAL"));
        QCOMPARE(model->index(amount, ColumnsModel::TypeBColumn).data().toString(),
                 QStringLiteral("TEXT"));
        QCOMPARE(model->index(rowOf.value(QStringLiteral("legacy")), ColumnsModel::StatusColumn)
                     .data()
                     .toString(),
                 QStringLiteral("only in prod"));
        // How each compared column's values were compared (SQLite's REAL against TEXT: numbers).
        QCOMPARE(model->index(amount, ColumnsModel::ComparedAsColumn).data().toString(),
                 QStringLiteral("exact doubles"));
        QVERIFY(model->index(rowOf.value(QStringLiteral("legacy")), ColumnsModel::ComparedAsColumn)
                    .data()
                    .toString()
                    .isEmpty());
        const int name = rowOf.value(QStringLiteral("name"));
        QCOMPARE(model->index(name, ColumnsModel::DifferentColumn)
                     .data(ui::results::SortRole)
                     .toLongLong(),
                 20);
        QVERIFY(model->index(name, ColumnsModel::DifferentColumn)
                    .data(ui::results::DifferingRole)
                    .toBool());
        QVERIFY(model->index(name, 0).data(Qt::BackgroundRole).isValid()); // highlighted
        QVERIFY(
            model->index(rowOf.value(QStringLiteral("id")), 0).data(Qt::BackgroundRole).isNull());
        save(&w, QStringLiteral("result_columns"));

        // Sorting is on raw values: 1,234 sorts above 999 whatever the text says.
        w.setResult(m_basic);
        view->sortByColumn(ColumnsModel::DifferentColumn, Qt::DescendingOrder);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int r = 0; r < model->rowCount(); ++r) {
            const qint64 v = model->index(r, ColumnsModel::DifferentColumn)
                                 .data(ui::results::SortRole)
                                 .toLongLong();
            QVERIFY(v <= previous);
            previous = v;
        }
        const QString top = model->index(0, ColumnsModel::NameColumn).data().toString();
        qint64 most = 0;
        for (auto it = m_basicExpected.different.begin(); it != m_basicExpected.different.end();
             ++it)
            most = std::max(most, it.value());
        QCOMPARE(m_basicExpected.different.value(top), most);
        view->sortByColumn(ColumnsModel::MatchColumn, Qt::AscendingOrder);
        QCOMPARE(model->index(model->rowCount() - 1, ColumnsModel::MatchColumn)
                         .data(ui::results::SortRole)
                         .toDouble()
                     >= 0,
                 true);
    }

    void primaryKeysShowDuplicates()
    {
        ui::ModelResultWidget w;
        w.resize(1100, 720);
        w.show();
        w.setResult(m_keys);
        w.tabs()->setCurrentIndex(ui::ModelResultWidget::PrimaryKeysTab);
        const auto &k = m_keysExpected.keys;
        QVERIFY(k.duplicateA > 0 && k.duplicateB > 0 && k.nullA > 0);
        QCOMPARE(child<QLabel>(&w, "nullKeysA")->text(), n(k.nullA));
        QCOMPARE(child<QLabel>(&w, "nullKeysB")->text(), n(k.nullB));
        QCOMPARE(child<QLabel>(&w, "duplicateKeysA")->text(), n(k.duplicateA));
        QCOMPARE(child<QLabel>(&w, "duplicateKeysB")->text(), n(k.duplicateB));
        QCOMPARE(child<QLabel>(&w, "duplicateRowsA")->text(), n(k.duplicateRowsA));
        QCOMPARE(child<QLabel>(&w, "duplicateRowsB")->text(), n(k.duplicateRowsB));
        QCOMPARE(child<QLabel>(&w, "keyColumnsLabel")->text(), QStringLiteral("id"));
        QCOMPARE(child<QLabel>(&w, "keyRuleLabel")->text(), QStringLiteral("given for this diff"));
        QVERIFY(
            child<QLabel>(&w, "keyHeadlineLabel")->text().contains(QStringLiteral("not unique")));
        QVERIFY(child<QLabel>(&w, "keySummaryLabel")->text().contains(QStringLiteral("problems")));
        QVERIFY(!child<QLabel>(&w, "keyExplanationLabel")->text().isEmpty());

        // With the plan's key: the rule that found it.
        dbt::PlannedModel planned;
        planned.name = "orders";
        planned.uniqueId = "model.shop.orders";
        planned.primaryKey.columns = {"id"};
        planned.primaryKey.rule = dbt::PrimaryKeyRule::UniquenessTest;
        planned.primaryKey.detail = "unique(id)";
        w.setResult(m_keys, ui::ModelContext::fromPlannedModel(planned));
        QVERIFY(
            child<QLabel>(&w, "keyRuleLabel")->text().contains(QStringLiteral("uniqueness test")));
        QVERIFY(child<QLabel>(&w, "keyRuleLabel")->text().contains(QStringLiteral("unique(id)")));
        save(&w, QStringLiteral("result_primary_keys"));
    }

    void valuesMarkDifferingCells()
    {
        ui::ModelResultWidget w;
        w.resize(1100, 720);
        w.show();
        w.setResult(m_basic);
        w.tabs()->setCurrentIndex(ui::ModelResultWidget::ValuesTab);
        auto *view = child<QTableView>(&w, "samplesView");
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
        QVERIFY(proxy);
        auto *model = qobject_cast<ui::results::SamplesModel *>(proxy->sourceModel());
        QVERIFY(model);
        const auto &s = m_basic.samples;
        QCOMPARE(model->rowCount(),
                 int(s["exclusive_a"].size() + s["exclusive_b"].size() + s["updated"].size()));
        QVERIFY(s["updated"].size() > 0);
        const auto columns = model->sampleColumns();
        int marked = 0;
        int updatedRows = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString kind = model->index(r, 0).data(ui::results::KindRole).toString();
            if (kind != QLatin1String("updated")) {
                for (int c = 1; c < model->columnCount(); ++c)
                    QVERIFY(!model->index(r, c).data(ui::results::DifferingRole).toBool());
                continue;
            }
            const auto &sample = s["updated"][size_t(updatedRows++)];
            QStringList differing;
            for (const auto &d : sample["different_columns"])
                differing << QString::fromStdString(d.get<std::string>());
            QVERIFY(!differing.isEmpty());
            for (int v = 0; v < columns.values.size(); ++v) {
                const bool expected = differing.contains(columns.values.at(v));
                const QModelIndex prod = model->index(r, model->valueColumn(v));
                const QModelIndex pr = model->index(r, model->valueColumn(v) + 1);
                QCOMPARE(prod.data(ui::results::DifferingRole).toBool(), expected);
                QCOMPARE(pr.data(ui::results::DifferingRole).toBool(), expected);
                if (expected) {
                    ++marked;
                    QVERIFY(prod.data(Qt::BackgroundRole).isValid());
                    // The raw values differ (or one is NULL), as the cells show.
                    QVERIFY(prod.data(ui::results::SortRole) != pr.data(ui::results::SortRole)
                            || prod.data().toString() != pr.data().toString());
                }
            }
        }
        QVERIFY(marked > 0);
        QCOMPARE(model->headerData(model->valueColumn(0), Qt::Horizontal).toString(),
                 columns.values.at(0) + QStringLiteral(" (prod)"));

        // The kind filter narrows the samples to one kind.
        auto *kind = child<QComboBox>(&w, "samplesKindCombo");
        kind->setCurrentIndex(3); // changed
        QCOMPARE(proxy->rowCount(), int(s["updated"].size()));
        save(&w, QStringLiteral("result_values"));
        kind->setCurrentIndex(0);
        QCOMPARE(proxy->rowCount(), model->rowCount());
    }

    void valuesWidgetCanBeReplaced()
    {
        ui::ModelResultWidget w;
        w.setResult(m_basic);
        QWidget *samples = w.valuesWidget();
        QCOMPARE(samples->objectName(), QStringLiteral("samplesPanel"));
        QPointer<QLabel> browser = new QLabel(QStringLiteral("full browser"));
        w.setValuesWidget(browser);
        QCOMPARE(w.valuesWidget(), browser.data());
        QVERIFY(browser->parentWidget());
        QVERIFY(samples->isHidden());
        auto *second = new QLabel(QStringLiteral("another browser"));
        w.setValuesWidget(second);
        QCOMPARE(w.valuesWidget(), second);
        QTRY_VERIFY(browser.isNull()); // the previous replacement is deleted
        w.setValuesWidget(nullptr);
        QCOMPARE(w.valuesWidget(), samples);
        QVERIFY(!samples->isHidden());
    }

    void profilesCompareTheSides()
    {
        ui::ModelResultWidget w;
        w.resize(1100, 760);
        w.show();
        w.setResult(m_basic);
        w.tabs()->setCurrentIndex(ui::ModelResultWidget::ProfilesTab);
        QVERIFY(!m_basic.profilesA.empty());
        auto *view = child<QTableView>(&w, "profilesView");
        QAbstractItemModel *model = view->model();
        QCOMPARE(model->rowCount(), int(m_basic.profilesA.size()));
        for (int r = 0; r < model->rowCount(); ++r) {
            // count: the values that are not NULL; with the NULLs, every row.
            using P = ui::results::ProfilesModel;
            const auto raw = [&](int column) {
                return model->index(r, column).data(ui::results::SortRole).toLongLong();
            };
            QCOMPARE(raw(P::CountA) + raw(P::NullsA), m_basicExpected.rows.a);
            QCOMPARE(raw(P::CountB) + raw(P::NullsB), m_basicExpected.rows.b);
            if (model->index(r, 0).data().toString() == QLatin1String("amount"))
                QCOMPARE(raw(P::NullsA), qint64(2000 / 73)); // every 73rd amount is NULL
        }
        auto *panel = child<ui::results::ProfilesPanel>(&w, "profilesPanel");
        QCOMPARE(panel->chartedColumns().size(), std::min(8, model->rowCount()));
        auto *nulls = child<QChartView>(&w, "nullsChart");
        QCOMPARE(nulls->chart()->series().size(), 1);
        QCOMPARE(nulls->chart()->legend()->markers().size(), 2); // prod and PR
        // Selecting a row charts that column alone.
        view->selectRow(2);
        QCOMPARE(panel->chartedColumns(), QStringList {model->index(2, 0).data().toString()});
        view->clearSelection();
        save(&w, QStringLiteral("result_profiles"));
    }

    void downstreamDoubleClickEmits()
    {
        ui::ModelResultWidget w;
        w.resize(1100, 720);
        w.show();
        ui::ModelContext context;
        context.modelName = QStringLiteral("orders");
        context.downstream
            = {{QStringLiteral("model.shop.fct_revenue"), QStringLiteral("fct_revenue"),
                QStringLiteral("model"), QStringLiteral("impacted")},
               {QStringLiteral("exposure.shop.weekly"), QStringLiteral("weekly"),
                QStringLiteral("exposure"), QString()}};
        w.setResult(m_basic, context);
        w.tabs()->setCurrentIndex(ui::ModelResultWidget::DownstreamTab);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *view = child<QTableView>(&w, "downstreamView");
        QCOMPARE(view->model()->rowCount(), 2);
        QSignalSpy activated(&w, &ui::ModelResultWidget::downstreamActivated);
        int row = -1;
        for (int r = 0; r < 2; ++r) {
            if (view->model()->index(r, 0).data().toString() == QLatin1String("weekly"))
                row = r;
        }
        QVERIFY(row >= 0);
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("exposure.shop.weekly"));
        save(&w, QStringLiteral("result_downstream"));

        w.setDownstream({});
        QCOMPARE(view->model()->rowCount(), 0);
    }

    void exportsJsonAndCsv()
    {
        ui::ModelResultWidget w;
        QVERIFY(
            !w.exportJson(m_dir.filePath(QStringLiteral("none.json")))); // nothing to export yet
        QVERIFY(!w.exportJsonAction()->isEnabled());
        w.setResult(m_schema);
        QVERIFY(w.exportJsonAction()->isEnabled());
        QVERIFY(w.exportCsvAction()->isEnabled());

        const QString json = m_dir.filePath(QStringLiteral("schema.json"));
        QVERIFY(w.exportJson(json));
        auto back = diff::DiffResult::fromJson(test::readJsonFile(json));
        QVERIFY(back);
        QVERIFY(back->toJson() == m_schema.toJson());

        const QString csv = m_dir.filePath(QStringLiteral("columns.csv"));
        QVERIFY(w.exportCsv(csv, exporting::CsvTable::Columns));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(bytes, exporting::columnsCsv(m_schema));
        QVERIFY(bytes.startsWith(
            "column,type_prod,type_pr,status,role,different,match_pct,compared_as\r\n"));
        QVERIFY2(bytes.contains("amount,REAL,TEXT,type_changed,"), bytes.constData());
        QVERIFY(bytes.contains("legacy,,,only_prod,not_compared,,,\r\n"));
        QVERIFY(bytes.contains("extra,,,only_pr,not_compared,,,\r\n"));
        QVERIFY(bytes.contains("name,,,unchanged,compared,20,90.0,\"text, byte for byte\"\r\n"));

        const QString summary = m_dir.filePath(QStringLiteral("summary.csv"));
        QVERIFY(w.exportCsv(summary, exporting::CsvTable::Summary));
        QFile s(summary);
        QVERIFY(s.open(QIODevice::ReadOnly));
        QVERIFY(m_schema.rows.updated >= 20);
        QVERIFY(s.readAll().contains(QByteArray(
            QByteArray("rows.updated,") + QByteArray::number(m_schema.rows.updated) + "\r\n")));

        const auto failed = w.exportCsv(m_dir.filePath(QStringLiteral("no/such/dir/x.csv")),
                                        exporting::CsvTable::Samples);
        QVERIFY(!failed);
        QVERIFY(failed.errorMessage().contains(QStringLiteral("x.csv")));
    }

    void messagesReplaceTheTabs()
    {
        ui::ModelResultWidget w;
        w.resize(800, 300);
        w.setResult(m_basic);
        QVERIFY(w.hasResult());
        w.showMessage(QStringLiteral("Skipped: the model has no primary key."));
        QVERIFY(!w.hasResult());
        auto *label = child<QLabel>(&w, "messageLabel");
        QCOMPARE(label->text(), QStringLiteral("Skipped: the model has no primary key."));
        auto *stack = qobject_cast<QStackedWidget *>(label->parentWidget());
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget(), label);
        QVERIFY(!w.exportJsonAction()->isEnabled());
        w.setResult(m_basic);
        QVERIFY(stack->currentWidget() != label);
        w.clear();
        QVERIFY(!w.hasResult());
        QCOMPARE(stack->currentWidget(), label);
    }
};

QTEST_MAIN(TestModelResultWidget)
#include "tst_model_result_widget.moc"
