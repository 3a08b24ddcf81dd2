// The ad-hoc "diff two tables" window over real SQLite files: a run's counts match the known
// answer, a wrong table name shows inline, a password never stays in the URL on screen, the GUI
// keeps running while a diff of two million rows runs, and Cancel stops that diff promptly.

#include "results/adhoc_diff_window.h"
#include "results/model_result_widget.h"
#include "support/diff_scenarios.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tidemark;

namespace {

QString screenshotDir()
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}

} // namespace

class TestAdHocDiffWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_url;
    QString m_bigUrl;
    test::ExpectedDiff m_expected;
    test::DiffScenario m_basic;

    template<typename T> static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }

    static void fill(ui::AdHocDiffWindow &w, const QString &url, const QString &tableA,
                     const QString &tableB, const QString &key)
    {
        child<QLineEdit>(&w, "urlAEdit")->setText(url);
        child<QLineEdit>(&w, "tableAEdit")->setText(tableA);
        child<QLineEdit>(&w, "tableBEdit")->setText(tableB);
        child<QLineEdit>(&w, "keyEdit")->setText(key);
    }

    static QString createDb(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot create %s", qPrintable(path));
        return QStringLiteral("sqlite://") + path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_url = createDb(m_dir.filePath(QStringLiteral("adhoc.db")));
        auto db = warehouse::openDatabase(*warehouse::parseConnectionUrl(m_url));
        QVERIFY(db);
        m_basic = test::diffScenarios().at(0);
        QVERIFY(test::loadTable(**db, m_basic.a));
        QVERIFY(test::loadTable(**db, m_basic.b));
        m_expected = test::referenceDiff(m_basic.a, m_basic.b, m_basic.options);

        // Two tables of two million rows each, generated inside SQLite.
        m_bigUrl = createDb(m_dir.filePath(QStringLiteral("big.db")));
        auto big = warehouse::openDatabase(*warehouse::parseConnectionUrl(m_bigUrl));
        QVERIFY(big);
        for (const char *name : {"big_a", "big_b"}) {
            const QString change = QLatin1String(name) == QLatin1String("big_b")
                ? QStringLiteral("CASE WHEN x % 1000 = 0 THEN x + 1 ELSE x END")
                : QStringLiteral("x");
            auto made = (*big)->execute(
                QStringLiteral(
                    "CREATE TABLE %1 AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                    "FROM c "
                    "WHERE x < 2000000) SELECT x AS id, %2 AS v, 'row ' || x AS label FROM c")
                    .arg(QLatin1String(name), change));
            QVERIFY2(made, qPrintable(made ? QString() : made.errorMessage()));
        }
    }

    void runShowsTheResult()
    {
        ui::AdHocDiffWindow w;
        w.show();
        fill(w, m_url, m_basic.a.name, m_basic.b.name, QStringLiteral("id"));
        QSignalSpy finished(&w, &ui::AdHocDiffWindow::finished);
        QTest::mouseClick(child<QPushButton>(&w, "runButton"), Qt::LeftButton);
        QVERIFY(w.isRunning() || finished.count() == 1);
        QVERIFY(!child<QPushButton>(&w, "runButton")->isEnabled() || finished.count() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(w.errorText().isEmpty());
        ui::ModelResultWidget *result = w.resultWidget();
        QVERIFY(result->hasResult());
        const auto n = [](qint64 v) { return QLocale().toString(v); };
        QCOMPARE(child<QLabel>(result, "countRowsA")->text(), n(m_expected.rows.a));
        QCOMPARE(child<QLabel>(result, "countRowsB")->text(), n(m_expected.rows.b));
        QCOMPARE(child<QLabel>(result, "countOnlyA")->text(), n(m_expected.rows.exclusiveA));
        QCOMPARE(child<QLabel>(result, "countOnlyB")->text(), n(m_expected.rows.exclusiveB));
        QCOMPARE(child<QLabel>(result, "countChanged")->text(), n(m_expected.rows.updated));
        QCOMPARE(child<QLabel>(result, "countUnchanged")->text(), n(m_expected.rows.unchanged));
        QCOMPARE(result->result()->rows.updated, m_expected.rows.updated);
        QVERIFY(!result->result()->profilesA.empty()); // profiles are on by default
        QCOMPARE(child<QProgressBar>(&w, "progressBar")->value(), 1000);
        QVERIFY(child<QPushButton>(&w, "runButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&w, "cancelButton")->isEnabled());
        w.resize(1200, 900);
        QVERIFY(w.grab().save(screenshotDir() + QStringLiteral("/adhoc_window.png")));
    }

    void optionsReachTheDiff()
    {
        ui::AdHocDiffWindow w;
        fill(w, m_url, m_basic.a.name, m_basic.b.name, QStringLiteral("id"));
        child<QLineEdit>(&w, "excludeEdit")->setText(QStringLiteral("price, created"));
        child<QLineEdit>(&w, "filterEdit")->setText(QStringLiteral("id > 1000"));
        child<QLineEdit>(&w, "toleranceEdit")->setText(QStringLiteral("amount=abs:2"));
        auto request = w.request();
        QVERIFY2(request, qPrintable(request ? QString() : request.errorMessage()));
        QCOMPARE(request->options.excludeColumns,
                 (QStringList {QStringLiteral("price"), QStringLiteral("created")}));
        QCOMPARE(request->options.where, QStringLiteral("id > 1000"));
        QVERIFY(request->options.tolerances.contains(QStringLiteral("amount")));
        QCOMPARE(request->options.tolerances.value(QStringLiteral("amount")).value, 2.0);
        QVERIFY(!request->connectionB);

        QSignalSpy finished(&w, &ui::AdHocDiffWindow::finished);
        w.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const diff::DiffResult *r = w.resultWidget()->result();
        QVERIFY(r);
        for (const diff::ColumnDiff &c : r->columns) {
            QVERIFY(c.name != QLatin1String("price"));
            if (c.name == QLatin1String("amount"))
                QCOMPARE(c.different, 0); // every change of amount is within 2
        }
        QVERIFY(r->rows.a < m_expected.rows.a); // the filter applied

        // A tolerance that is not COL=abs:X shows inline and runs nothing.
        child<QLineEdit>(&w, "toleranceEdit")->setText(QStringLiteral("amount=2"));
        w.run();
        QVERIFY(!w.isRunning());
        QVERIFY(w.errorText().contains(QStringLiteral("amount=2")));
    }

    // Two connections (here the same file under two URLs) take the hash diff; the counts agree.
    void twoConnectionsAgree()
    {
        ui::AdHocDiffWindow w;
        fill(w, m_url, m_basic.a.name, m_basic.b.name, QStringLiteral("id"));
        child<QCheckBox>(&w, "sameConnectionCheck")->setChecked(false);
        child<QLineEdit>(&w, "urlBEdit")->setText(m_url);
        child<QComboBox>(&w, "algorithmCombo")->setCurrentIndex(2); // hash
        QSignalSpy finished(&w, &ui::AdHocDiffWindow::finished);
        w.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(w.errorText()));
        const diff::DiffResult *r = w.resultWidget()->result();
        QCOMPARE(r->algorithm, QStringLiteral("hash"));
        QCOMPARE(r->rows.exclusiveA, m_expected.rows.exclusiveA);
        QCOMPARE(r->rows.exclusiveB, m_expected.rows.exclusiveB);
        QCOMPARE(r->rows.updated, m_expected.rows.updated);
        QCOMPARE(r->rows.unchanged, m_expected.rows.unchanged);
    }

    void wrongTableShowsInline()
    {
        ui::AdHocDiffWindow w;
        w.show();
        fill(w, m_url, QStringLiteral("no_such_table"), m_basic.b.name, QStringLiteral("id"));
        QSignalSpy finished(&w, &ui::AdHocDiffWindow::finished);
        QTest::mouseClick(child<QPushButton>(&w, "runButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(w.errorText().contains(QStringLiteral("no_such_table")),
                 qPrintable(w.errorText()));
        QVERIFY(child<QLabel>(&w, "errorLabel")->isVisible());
        QVERIFY(!w.resultWidget()->hasResult());
        w.resize(1200, 700);
        QVERIFY(w.grab().save(screenshotDir() + QStringLiteral("/adhoc_error.png")));

        // Missing fields are named before anything runs.
        child<QLineEdit>(&w, "keyEdit")->clear();
        w.run();
        QVERIFY(!w.isRunning());
        QVERIFY(w.errorText().contains(QStringLiteral("key")));
        child<QCheckBox>(&w, "sameConnectionCheck")->setChecked(false);
        child<QLineEdit>(&w, "keyEdit")->setText(QStringLiteral("id"));
        w.run();
        QVERIFY(w.errorText().contains(QStringLiteral("table B")));
    }

    void passwordNeverStaysInTheUrl()
    {
        ui::AdHocDiffWindow w;
        w.show();
        auto *url = child<QLineEdit>(&w, "urlAEdit");
        url->setText(QStringLiteral("postgresql://alice:s3cr%40t@db.example.com:5433/analytics"));
        QTest::keyClick(url, Qt::Key_Return);
        QVERIFY2(!url->text().contains(QStringLiteral("s3cr")), qPrintable(url->text()));
        QVERIFY(url->text().contains(QStringLiteral("alice@db.example.com:5433/analytics")));
        auto *password = child<QLineEdit>(&w, "passwordEdit");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(password->text(), QStringLiteral("s3cr@t"));
        fill(w, url->text(), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("id"));
        auto request = w.request();
        QVERIFY(request);
        QCOMPARE(request->connectionA.password, QStringLiteral("s3cr@t"));
    }

    // The GUI keeps handling events while two million rows are diffed, and Cancel stops the diff on
    // the server. Waits follow the window's own events (its stage shown, its finished signal), with
    // bounds generous enough for a loaded machine: a GUI thread that ran the diff would stall for
    // the whole diff, far beyond them.
    void cancelStopsALargeDiff()
    {
        ui::AdHocDiffWindow w;
        w.show();
        fill(w, m_bigUrl, QStringLiteral("big_a"), QStringLiteral("big_b"), QStringLiteral("id"));
        child<QCheckBox>(&w, "profilesCheck")->setChecked(false);
        QSignalSpy finished(&w, &ui::AdHocDiffWindow::finished);
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this,
                [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
        sinceTick.start();
        ticker.start();
        w.run();
        QVERIFY(w.isRunning());
        // The diff has begun comparing (a stage past the columns and the counts) while the GUI
        // ticks.
        QTRY_VERIFY_WITH_TIMEOUT(!w.stageText().isEmpty() || finished.count() > 0, 60000);
        QVERIFY2(finished.isEmpty(),
                 "the diff of two million rows ended before it could be cancelled");
        QVERIFY(w.isRunning());

        QTest::mouseClick(child<QPushButton>(&w, "cancelButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(longestGap < 3000,
                 qPrintable(QStringLiteral("the GUI froze for %1 ms").arg(longestGap)));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(w.stageText().contains(QStringLiteral("cancelled"), Qt::CaseInsensitive),
                 qPrintable(w.stageText()));
        QVERIFY(w.errorText().isEmpty());
        QVERIFY(!w.resultWidget()->hasResult());
        QVERIFY(child<QPushButton>(&w, "runButton")->isEnabled());
        ticker.stop();
    }

    // Closing the window while a diff runs cancels it instead of waiting for it.
    void destroyWhileRunning()
    {
        QElapsedTimer timer;
        timer.start();
        {
            ui::AdHocDiffWindow w;
            fill(w, m_bigUrl, QStringLiteral("big_a"), QStringLiteral("big_b"),
                 QStringLiteral("id"));
            w.run();
            QVERIFY(w.isRunning());
            QTRY_VERIFY_WITH_TIMEOUT(!w.stageText().isEmpty(), 60000);
            timer.restart();
        }
        // Cancelling takes a moment; waiting for the diff would take the whole diff.
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_MAIN(TestAdHocDiffWindow)
#include "tst_adhoc_diff_window.moc"
