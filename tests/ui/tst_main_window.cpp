// The desktop window under the offscreen platform: open the demo PR, filter, and a bad manifest.

#include "change_plan_model.h"
#include "main_window.h"
#include "support/test_support.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensTheDemoPullRequest()
    {
        ui::MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &ui::MainWindow::planLoaded);
        window.openDemo();
        QVERIFY(loaded.wait(10000));

        // The demo's answer, as resources/demo/expected_changes.json states it.
        const nlohmann::json expected = test::readJsonFile(test::sourceDir() + QStringLiteral("/resources/demo/expected_changes.json"));
        auto *view = window.findChild<QTableView *>(QStringLiteral("modelsView"));
        QVERIFY(view);
        const int rows = int(expected["new"].size() + expected["modified"].size() + expected["impacted"].size());
        QCOMPARE(view->model()->rowCount(), rows);

        // Sorted by status: modified first.
        QCOMPARE(view->model()->index(0, ui::ChangePlanModel::StatusColumn).data().toString(), QStringLiteral("modified"));
        auto *summary = window.findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY(summary->text().contains(QStringLiteral("%1 modified").arg(expected["modified"].size())));
        QVERIFY(summary->text().contains(QStringLiteral("1 new")));

        // Filtering narrows the rows; clearing restores them.
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QTest::keyClicks(filter, QStringLiteral("int_order_margins"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, ui::ChangePlanModel::StatusColumn).data().toString(), QStringLiteral("new"));
        QCOMPARE(view->model()->index(0, ui::ChangePlanModel::ProdColumn).data().toString(), QStringLiteral("(new)"));
        filter->clear();
        QCOMPARE(view->model()->rowCount(), rows);

        // A model's key and the rule that found it.
        for (int row = 0; row < rows; ++row) {
            const QModelIndex idx = view->model()->index(row, ui::ChangePlanModel::ModelColumn);
            if (idx.data().toString() == QLatin1String("product_sales")) {
                QCOMPARE(view->model()->index(row, ui::ChangePlanModel::KeyColumn).data().toString(),
                         QStringLiteral("product_id, sale_date (model_meta)"));
                QCOMPARE(view->model()->index(row, ui::ChangePlanModel::ReasonsColumn).data().toString(),
                         QStringLiteral("body, persisted_descriptions"));
            }
        }
    }

    void badManifestKeepsWhatIsShown()
    {
        ui::MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &ui::MainWindow::planLoaded);
        window.openDemo();
        QVERIFY(loaded.wait(10000));
        const int rows = window.planModel()->rowCount();

        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("manifest.json"));
        test::writeTextFile(bad, "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/manifest/v12.json\"}, \"nodes\": {\"model.a");
        QSignalSpy failed(&window, &ui::MainWindow::loadFailed);
        window.openManifests(QStringLiteral(":/demo/prod/manifest.json"), bad, QStringLiteral("bad"));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QLatin1String("truncated")));
        QCOMPARE(window.planModel()->rowCount(), rows);
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("loadErrorBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(bad));
        box->accept();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
