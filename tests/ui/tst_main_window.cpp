// The desktop window under the offscreen platform, driven through its widgets: the demo opens on
// its pull request with finished diffs; the models table, the lineage, the Values tab and export
// show them; one model re-runs; reopening the window shows the stored results at once.

#include "diff/diff_result.h"
#include "lineage/lineage_view.h"
#include "lineage/lineage_widget.h"
#include "main_window.h"
#include "pull_requests/model_outcomes_model.h"
#include "pull_requests/pull_request_list_page.h"
#include "pull_requests/pull_request_page.h"
#include "results/model_result_widget.h"
#include "settings/integration_list_model.h"
#include "settings/integration_list_widget.h"
#include "support/fake_code_host.h"
#include "support/fake_dbt_cloud.h"
#include "support/memory_secret_store.h"
#include "values/values_model.h"
#include "values/values_widget.h"
#include "workspace/pull_request_controller.h"

#include <QApplication>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;
using ui::MainWindow;

namespace {

constexpr int kRunTimeoutMs = 60000;

ui::AppContext contextIn(const QTemporaryDir &dir)
{
    return ui::AppContext {ci::IntegrationCatalog(dir.filePath(QStringLiteral("integrations"))),
                           std::make_shared<test::MemorySecretStore>(),
                           review::Services::defaults(),
                           dir.filePath(QStringLiteral("results.sqlite")),
                           dir.filePath(QStringLiteral("demo")),
                           dir.filePath(QStringLiteral("manifests"))};
}

bool finished(const MainWindow &window)
{
    const ui::PullRequestPage *page = window.pullRequestPage();
    return page->isVisible() && page->hasState() && !page->state().outcomes.empty()
        && !window.controller()->isRunning();
}

const ci::ModelOutcome *outcomeNamed(const review::PullRequestState &state, const std::string &name)
{
    for (const ci::ModelOutcome &o : state.outcomes) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Settings (the last session) of this test only, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TidemarkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
        QSettings().clear();
    }

    void startsOnTheWelcomePage()
    {
        QTemporaryDir dir;
        MainWindow window(contextIn(dir));
        window.show();
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("welcomeLabel"))->isVisible());
        QVERIFY(!window.pullRequestPage()->isVisible());
    }

    void demoShowsFinishedDiffs()
    {
        QTemporaryDir dir;
        MainWindow window(contextIn(dir));
        window.show();
        QSignalSpy ready(&window, &MainWindow::demoReady);
        window.openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(finished(window), kRunTimeoutMs);
        QCOMPARE(ready.count(), 1);

        // The demo is an integration file like any other.
        QCOMPARE(int(window.integrations()->model()->rowCount()), 1);
        QVERIFY(QFileInfo(window.currentIntegrationPath()).exists());

        const review::PullRequestState &state = window.pullRequestPage()->state();
        QCOMPARE(state.number, 17);
        QCOMPARE(state.checkState, QStringLiteral("success"));
        const ci::ModelOutcome *stgOrders = outcomeNamed(state, "stg_orders");
        QVERIFY(stgOrders && stgOrders->result);
        QCOMPARE(stgOrders->result->rows.updated, 1);
        QVERIFY(!stgOrders->result->profilesA.empty()); // the app's diffs profile their columns

        // The models table lists every new, modified and impacted model of the plan.
        auto *table = window.pullRequestPage()->findChild<QTableView *>(
            QStringLiteral("modelOutcomesView"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), int(state.plan->models.size()));

        // The pull-request list knows the run.
        ui::PullRequestListModel *prs = window.pullRequestList()->model();
        QTRY_COMPARE(prs->rowCount(), 1);
        QCOMPARE(prs->entry(17)->checkState, QStringLiteral("success"));
    }

    void modelTabsLineageValuesAndExport()
    {
        QTemporaryDir dir;
        MainWindow window(contextIn(dir));
        window.show();
        window.openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(finished(window), kRunTimeoutMs);
        ui::PullRequestPage *page = window.pullRequestPage();
        const ci::ModelOutcome *stgOrders = outcomeNamed(page->state(), "stg_orders");
        page->selectModel(QString::fromStdString(stgOrders->uniqueId));
        QCOMPARE(page->currentModel(), QString::fromStdString(stgOrders->uniqueId));

        // Values: the one changed row, read from the warehouse when the tab is shown.
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("resultTabs"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(ui::ModelResultWidget::ValuesTab);
        auto *values = page->findChild<ui::ValuesWidget *>();
        QVERIFY(values);
        QTRY_COMPARE_WITH_TIMEOUT(values->model()->rowCount(), 1, 20000);

        // Export: the JSON file reads back as the same result.
        const QString json = dir.filePath(QStringLiteral("stg_orders.json"));
        QVERIFY(page->resultWidget()->exportJson(json));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto read = diff::DiffResult::fromJson(nlohmann::json::parse(file.readAll().toStdString()));
        QVERIFY2(read, qPrintable(read ? QString() : read.errorMessage()));
        QVERIFY(read->toJson() == stgOrders->result->toJson());

        // Lineage: the PR manifest's graph, and activating a node selects its model.
        auto *left = page->findChild<QTabWidget *>(QStringLiteral("pullRequestTabs"));
        left->setCurrentIndex(1);
        auto *lineage = page->findChild<ui::LineageWidget *>();
        QVERIFY(lineage);
        QTRY_VERIFY_WITH_TIMEOUT(lineage->view()->nodeCount() > 10, 20000);
        const ci::ModelOutcome *customers = outcomeNamed(page->state(), "customers");
        Q_EMIT lineage->nodeActivated(QString::fromStdString(customers->uniqueId));
        QCOMPARE(page->currentModel(), QString::fromStdString(customers->uniqueId));
        QCOMPARE(left->currentIndex(), 0);
    }

    void rerunOneModelKeepsTheOthers()
    {
        QTemporaryDir dir;
        MainWindow window(contextIn(dir));
        window.show();
        window.openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(finished(window), kRunTimeoutMs);
        ui::PullRequestPage *page = window.pullRequestPage();
        const int diffedBefore = int(std::count_if(
            page->state().outcomes.begin(), page->state().outcomes.end(),
            [](const ci::ModelOutcome &o) { return o.state == ci::ModelOutcome::State::Diffed; }));
        const QString products
            = QString::fromStdString(outcomeNamed(page->state(), "stg_products")->uniqueId);
        page->selectModel(products);
        auto *rerun = page->findChild<QPushButton *>(QStringLiteral("rerunModel"));
        QVERIFY(rerun && rerun->isEnabled());
        QTest::mouseClick(rerun, Qt::LeftButton);
        QVERIFY(window.controller()->isRunning());
        QVERIFY(!rerun->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isRunning(), kRunTimeoutMs);
        const int diffedAfter = int(std::count_if(
            page->state().outcomes.begin(), page->state().outcomes.end(),
            [](const ci::ModelOutcome &o) { return o.state == ci::ModelOutcome::State::Diffed; }));
        QCOMPARE(diffedAfter, diffedBefore);
        QCOMPARE(outcomeNamed(page->state(), "stg_products")->result->rows.exclusiveB, 1);
        QCOMPARE(page->currentModel(), products);
    }

    // An integration on dbt Cloud and GitHub (local servers that speak their APIs): the open pull
    // requests are listed, opening one shows it without running, and the PR job is triggered.
    void dbtCloudIntegrationListsPullRequestsAndTriggersTheJob()
    {
        QTemporaryDir dir;
        test::FakeGitHub github;
        test::FakeCodeHost::Pull pull;
        pull.number = 42;
        pull.title = QStringLiteral("Margins by product");
        pull.headSha = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        pull.headBranch = QStringLiteral("feature/margins");
        github.addPull(pull);
        test::FakeDbtCloud cloud;
        cloud.setAccounts({{7, QStringLiteral("Coffee Co")}});
        cloud.addJob({101, QStringLiteral("CI check"), QStringLiteral("ci")});

        ui::AppContext context = contextIn(dir);
        ci::Integration integration;
        integration.name = QStringLiteral("Coffee analytics");
        integration.repository.apiUrl = github.apiUrl();
        integration.repository.owner = github.owner();
        integration.repository.name = github.name();
        integration.connectionUrl
            = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("none.db"));
        integration.dbtCloud.accessUrl = cloud.accessUrl();
        integration.dbtCloud.accountId = 7;
        integration.dbtCloud.artifactsJobId = 100;
        integration.dbtCloud.prJobId = 101;
        auto path = context.catalog.create(integration);
        QVERIFY2(path, qPrintable(path ? QString() : path.errorMessage()));
        QVERIFY(
            context.secrets->write(integration.gitTokenKey(), QString::fromLatin1(github.token())));
        QVERIFY(context.secrets->write(integration.dbtCloudTokenKey(),
                                       QStringLiteral("dbtc_fakeToken-3f9a1c77e0b24d5c")));

        MainWindow window(std::move(context));
        window.show();
        window.integrations()->refresh();
        window.integrations()->selectPath(*path);
        ui::PullRequestListModel *prs = window.pullRequestList()->model();
        QTRY_COMPARE_WITH_TIMEOUT(prs->rowCount(), 1, 20000);
        QCOMPARE(prs->entry(42)->pullRequest.title, QStringLiteral("Margins by product"));
        QCOMPARE(prs->entry(42)->checkState, QString()); // never run

        auto *table
            = window.pullRequestList()->findChild<QTableView *>(QStringLiteral("pullRequestTable"));
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        ui::PullRequestPage *page = window.pullRequestPage();
        QTRY_VERIFY(page->isVisible());
        QTRY_COMPARE(page->state().number, 42); // the stored state is read off the GUI thread
        QVERIFY(!window.controller()->isRunning()); // dbt Cloud pull requests run when asked

        auto *trigger = page->findChild<QPushButton *>(QStringLiteral("triggerPrJob"));
        QVERIFY(trigger && trigger->isVisible() && trigger->isEnabled());
        QTest::mouseClick(trigger, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isRunning(), 20000);
        const auto bodies = cloud.triggerBodies();
        QCOMPARE(int(bodies.size()), 1);
        QCOMPARE(bodies.front().value(QStringLiteral("github_pull_request_id")).toInt(), 42);
        QCOMPARE(bodies.front().value(QStringLiteral("git_sha")).toString(), pull.headSha);
        QCOMPARE(bodies.front().value(QStringLiteral("schema_override")).toString(),
                 QStringLiteral("dbt_cloud_pr_101_42"));
        auto *progress = page->findChild<QLabel *>(QStringLiteral("runProgressText"));
        QVERIFY2(progress->text().contains(QLatin1String("started")), qPrintable(progress->text()));
    }

    void reopeningShowsStoredResultsAtOnce()
    {
        QTemporaryDir dir;
        qint64 updated = -1;
        {
            MainWindow window(contextIn(dir));
            window.show();
            window.openDemo();
            QTRY_VERIFY_WITH_TIMEOUT(finished(window), kRunTimeoutMs);
            updated = outcomeNamed(window.pullRequestPage()->state(), "stg_orders")
                          ->result->rows.updated;
        }
        MainWindow again(contextIn(dir));
        again.show();
        again.restoreLastSession();
        // The stored run shows without running anything.
        QTRY_VERIFY_WITH_TIMEOUT(
            again.pullRequestPage()->isVisible() && again.pullRequestPage()->hasState(), 10000);
        QVERIFY(!again.controller()->isRunning());
        const ci::ModelOutcome *stgOrders
            = outcomeNamed(again.pullRequestPage()->state(), "stg_orders");
        QVERIFY(stgOrders && stgOrders->result);
        QCOMPARE(stgOrders->result->rows.updated, updated);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
