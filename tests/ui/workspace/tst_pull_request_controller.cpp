// The controller below the pull-request page: the stored state is read off the GUI thread and only
// the pull request opened last reaches the page; the Values tab's diff waits for the warehouse
// password, which is read off the GUI thread too, and is then computed from the shown plan.

#include "dbt/manifest_loader.h"
#include "pull_requests/model_outcomes_model.h"
#include "pull_requests/pull_request_page.h"
#include "results/model_result_widget.h"
#include "store/results_store.h"
#include "support/memory_secret_store.h"
#include "support/test_support.h"
#include "values/values_model.h"
#include "values/values_widget.h"
#include "workspace/pull_request_controller.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;

namespace {

// A secret store whose reads wait until the test lets them through (a keychain's unlock prompt).
class GatedSecretStore final : public secrets::SecretStore
{
public:
    Expected<std::optional<QString>> read(const QString &key, const Cancellation *) override
    {
        m_reads.release();
        m_gate.acquire();
        m_gate.release(); // once open, it stays open
        return m_inner.read(key);
    }
    Expected<void> write(const QString &key, const QString &secret) override
    {
        return m_inner.write(key, secret);
    }
    Expected<void> remove(const QString &key) override { return m_inner.remove(key); }

    void open() { m_gate.release(); }
    int readsStarted() const { return m_reads.available(); }

private:
    test::MemorySecretStore m_inner;
    QSemaphore m_gate;
    QSemaphore m_reads;
};

} // namespace

class TestPullRequestController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    ci::Integration integration() const
    {
        ci::Integration i;
        i.name = QStringLiteral("shop");
        i.connectionUrl = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("wh.db"));
        return i; // dbt Cloud artifacts: opening never starts a run by itself
    }

    // A finished run of pull request `number` at `head`, with the plan of the Recce pair.
    void storeRun(store::ResultsStore &store, int number, const QString &head)
    {
        store::RunInfo info;
        info.integration = QStringLiteral("shop");
        info.provider = QStringLiteral("github");
        info.repository = QStringLiteral("acme/shop");
        info.prNumber = number;
        info.headSha = head;
        auto id = store.beginRun(info);
        QVERIFY2(id, qPrintable(id ? QString() : id.errorMessage()));
        auto base = dbt::loadManifest(
            test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json")));
        auto pr = dbt::loadManifest(
            test::manifestFixture(QStringLiteral("05_recce_jaffle_pr2_v12.json")));
        QVERIFY(base && pr);
        QVERIFY(store.savePlan(*id, dbt::planChanges(*base, *pr, {})));
        store::RunOutcome outcome;
        outcome.checkState = QStringLiteral("success");
        outcome.checkDescription = QStringLiteral("run of #%1").arg(number);
        QVERIFY(store.finishRun(*id, outcome));
    }

private Q_SLOTS:
    void theLastOpenedPullRequestWins()
    {
        const QString path = m_dir.filePath(QStringLiteral("results.db"));
        auto store = store::ResultsStore::open(path);
        QVERIFY(store);
        storeRun(**store, 1, QStringLiteral("1111111111111111111111111111111111111111"));
        storeRun(**store, 2, QStringLiteral("2222222222222222222222222222222222222222"));

        ui::AppContext context;
        context.secrets = std::make_shared<test::MemorySecretStore>();
        context.storePath = path;
        ui::PullRequestPage page;
        ui::PullRequestController controller(&page, context, store->get());
        QList<int> shown; // the pull request of each state the page showed
        const QAbstractItemModel *outcomes = page.outcomesModel();
        QObject::connect(outcomes, &QAbstractItemModel::modelReset, this, [&] {
            if (page.hasState())
                shown << page.state().number;
        });
        QElapsedTimer clock;
        clock.start();
        controller.open(integration(), 1, QStringLiteral("one"));
        controller.open(integration(), 2, QStringLiteral("two"));
        QVERIFY(clock.elapsed() < 200); // nothing read on the GUI thread
        QVERIFY(!page.hasState()); // not another pull request's models meanwhile
        QTRY_VERIFY(page.hasState());
        QCOMPARE(page.state().number, 2);
        QCOMPARE(page.state().checkDescription, QStringLiteral("run of #2"));
        QTest::qWait(300); // the first read's answer, if it came late, is not shown
        QCOMPARE(page.state().number, 2);
        QVERIFY(page.state().plan.has_value());
        QCOMPARE(shown, QList<int> {2}); // never #1's models, not even for a moment
    }

    void valuesWaitForThePassword()
    {
        const QString path = m_dir.filePath(QStringLiteral("values.db"));
        auto store = store::ResultsStore::open(path);
        QVERIFY(store);
        storeRun(**store, 3, QStringLiteral("3333333333333333333333333333333333333333"));

        auto secrets = std::make_shared<GatedSecretStore>();
        ui::AppContext context;
        context.secrets = secrets;
        context.storePath = path;
        ui::PullRequestPage page;
        page.show();
        ui::PullRequestController controller(&page, context, store->get());
        QSignalSpy wanted(&page, &ui::PullRequestPage::valuesWanted);
        controller.open(integration(), 3, QStringLiteral("three"));
        QTRY_VERIFY(page.hasState());
        QTRY_COMPARE(secrets->readsStarted(), 1);

        // The Values tab of a modified model, while the password is still being read.
        const dbt::PlannedModel *customers = nullptr;
        for (const dbt::PlannedModel &m : page.state().plan->models) {
            if (m.name == "customers")
                customers = &m;
        }
        QVERIFY(customers);
        page.selectModel(QString::fromStdString(customers->uniqueId));
        page.resultWidget()->tabs()->setCurrentIndex(ui::ModelResultWidget::ValuesTab);
        QTRY_COMPARE(wanted.count(), 1);
        auto *values = page.findChild<ui::ValuesWidget *>();
        QVERIFY(values);
        QTest::qWait(200);
        QCOMPARE(values->model()->state(), ui::ValuesModel::State::Empty); // waits for the password

        secrets->open();
        QTRY_VERIFY(values->model()->state() != ui::ValuesModel::State::Empty);
    }
};

QTEST_MAIN(TestPullRequestController)
#include "tst_pull_request_controller.moc"
