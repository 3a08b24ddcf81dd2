// The Values tab on real SQLite tables generated in a temporary directory: rows appear, differing
// cells are marked, the filters change the rows to the known counts, scrolling to the end loads the
// last page with a bounded cache, Cancel stops a slow search, and the CSV export holds exactly the
// expected rows.

#include "support/diff_fixture.h"
#include "values/values_csv.h"
#include "values/values_model.h"
#include "values/values_widget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;
using ui::ValuesModel;

namespace {

constexpr int kRows = 6000;
constexpr int kNew = 100;

QString name(int i, bool pr)
{
    return pr ? QStringLiteral("renamed \"%1\", b").arg(i)
              : QStringLiteral("customer \"%1\", a").arg(i);
}

bool inB(int i)
{
    return i % 7 != 0;
}
bool nameChanged(int i)
{
    return i % 5 == 0;
}
bool qtyChanged(int i)
{
    return i % 3 == 0;
}

test::FixtureTable table(bool pr)
{
    test::FixtureTable t;
    t.name = pr ? QStringLiteral("values_b") : QStringLiteral("values_a");
    t.columns = {{QStringLiteral("id"), test::ColType::Int},
                 {QStringLiteral("name"), test::ColType::Text},
                 {QStringLiteral("qty"), test::ColType::Int},
                 {QStringLiteral("note"), test::ColType::Text}};
    for (int i = 1; i <= kRows; ++i) {
        if (pr && !inB(i))
            continue;
        t.rows.push_back({i, name(i, pr && nameChanged(i)), qtyChanged(i) && pr ? i + 1 : i,
                          QStringLiteral("note %1").arg(i)});
    }
    if (pr) {
        for (int i = 0; i < kNew; ++i)
            t.rows.push_back({kRows + 1 + i, QStringLiteral("new"), 1, QStringLiteral("n")});
    }
    return t;
}

qint64 onlyInA()
{
    qint64 n = 0;
    for (int i = 1; i <= kRows; ++i)
        n += inB(i) ? 0 : 1;
    return n;
}

qint64 changed(bool nameOnly = false, bool qtyOnly = false)
{
    qint64 n = 0;
    for (int i = 1; i <= kRows; ++i) {
        if (!inB(i))
            continue;
        if (nameOnly)
            n += nameChanged(i) ? 1 : 0;
        else if (qtyOnly)
            n += qtyChanged(i) ? 1 : 0;
        else
            n += nameChanged(i) || qtyChanged(i) ? 1 : 0;
    }
    return n;
}

} // namespace

class TestValuesWidget : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    warehouse::ConnectionSpec m_spec;

    diff::DiffRequest request(const QString &where = {}) const
    {
        diff::DiffRequest r;
        r.connectionA = m_spec;
        r.tableA = {{QStringLiteral("values_a")}};
        r.tableB = {{QStringLiteral("values_b")}};
        r.options.key = {QStringLiteral("id")};
        r.options.where = where;
        return r;
    }

    static bool waitReady(ValuesModel *model, int ms = 30000)
    {
        return QTest::qWaitFor([model] { return model->state() == ValuesModel::State::Ready; }, ms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("values.db"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        auto spec = warehouse::parseConnectionUrl(QStringLiteral("sqlite://") + path);
        QVERIFY(spec);
        m_spec = *spec;
        auto db = warehouse::openDatabase(m_spec);
        QVERIFY(db);
        QVERIFY((*db)->execute(QStringLiteral("PRAGMA journal_mode = OFF")));
        QVERIFY(test::loadTable(**db, table(false)));
        QVERIFY(test::loadTable(**db, table(true)));
    }

    void rowsAppearWithDifferingCellsMarked()
    {
        ui::ValuesWidget w;
        w.resize(1000, 600);
        w.show();
        auto *view = w.findChild<QTableView *>(QStringLiteral("valuesTable"));
        QVERIFY(view);
        ValuesModel *model = w.model();
        QCOMPARE(view->model(), model);
        w.setRequest(request());
        QVERIFY(waitReady(model));
        const qint64 total = onlyInA() + kNew + changed();
        QCOMPARE(model->rowCount(), int(total));
        QCOMPARE(model->counts().onlyInA, onlyInA());
        QCOMPARE(model->counts().onlyInB, qint64(kNew));
        QCOMPARE(model->counts().changed, changed());
        // kind, id, then name, note, qty twice each.
        QCOMPARE(model->columnCount(), 1 + 1 + 3 * 2);
        QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("name (prod)"));
        QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("name (PR)"));
        QVERIFY(!model->headerData(3, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());

        // Every loaded row on the first page: flags agree with the generator, marked cells styled.
        QVERIFY(QTest::qWaitFor([model] { return model->isRowLoaded(0); }, 10000));
        int checked = 0;
        for (int r = 0; r < ValuesModel::PageSize && r < model->rowCount(); ++r) {
            const int kind = model->data(model->index(r, 0), ValuesModel::KindRole).toInt();
            const int id = model->data(model->index(r, 1), ValuesModel::RawValueRole).toInt();
            QVERIFY(id > 0);
            if (kind != int(values::RowKind::Changed)) {
                QCOMPARE(kind, int(inB(id) ? values::RowKind::OnlyInB : values::RowKind::OnlyInA));
                continue;
            }
            const bool expected[3] = {nameChanged(id), false, qtyChanged(id)};
            for (int c = 0; c < 3; ++c) {
                for (int side = 0; side < 2; ++side) {
                    const QModelIndex cell = model->index(r, 2 + 2 * c + side);
                    QCOMPARE(model->data(cell, ValuesModel::DiffersRole).toBool(), expected[c]);
                    QCOMPARE(model->data(cell, Qt::BackgroundRole).isValid(), expected[c]);
                    QCOMPARE(model->data(cell, Qt::FontRole).value<QFont>().bold(), expected[c]);
                }
            }
            QCOMPARE(model->data(model->index(r, 2), ValuesModel::RawValueRole).toString(),
                     name(id, false));
            QCOMPARE(model->data(model->index(r, 3), ValuesModel::RawValueRole).toString(),
                     name(id, nameChanged(id)));
            QCOMPARE(model->data(model->index(r, 7), ValuesModel::RawValueRole).toInt(),
                     qtyChanged(id) ? id + 1 : id);
            QCOMPARE(model->data(model->index(r, 0)).toString(), QStringLiteral("changed"));
            ++checked;
        }
        QVERIFY(checked > 100);
        auto *status = w.findChild<QLabel *>(QStringLiteral("valuesStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QLocale().toString(total)), qPrintable(status->text()));
    }

    void filtersChangeTheRows()
    {
        ui::ValuesWidget w;
        w.show();
        ValuesModel *model = w.model();
        w.setRequest(request());
        QVERIFY(waitReady(model));
        auto *kind = w.findChild<QComboBox *>(QStringLiteral("valuesKind"));
        auto *column = w.findChild<QComboBox *>(QStringLiteral("valuesColumn"));
        QVERIFY(kind && column);
        QVERIFY(kind->isEnabled());

        kind->setCurrentIndex(1); // only in production
        QVERIFY(waitReady(model));
        QCOMPARE(model->rowCount(), int(onlyInA()));
        QVERIFY(QTest::qWaitFor(
            [model] { return model->data(model->index(0, 0), ValuesModel::KindRole).isValid(); },
            10000));
        QCOMPARE(model->data(model->index(0, 0)).toString(), QStringLiteral("only in production"));

        kind->setCurrentIndex(2); // only in PR
        QVERIFY(waitReady(model));
        QCOMPARE(model->rowCount(), kNew);

        kind->setCurrentIndex(3); // changed
        QVERIFY(waitReady(model));
        QCOMPARE(model->rowCount(), int(changed()));

        const int qty = column->findData(2); // compared columns: name, note, qty
        QVERIFY(qty > 0);
        QVERIFY(column->itemText(qty).startsWith(QLatin1String("qty")));
        column->setCurrentIndex(qty);
        QVERIFY(waitReady(model));
        QCOMPARE(model->rowCount(), int(changed(false, true)));
        QVERIFY(QTest::qWaitFor([model] { return model->isRowLoaded(0); }, 10000));
        QVERIFY(model->data(model->index(0, 6), ValuesModel::DiffersRole).toBool());

        column->setCurrentIndex(column->findData(1)); // note never differs
        QVERIFY(waitReady(model));
        QCOMPARE(model->rowCount(), 0);

        column->setCurrentIndex(0);
        kind->setCurrentIndex(0);
        QVERIFY(waitReady(model));
        QCOMPARE(model->rowCount(), int(onlyInA() + kNew + changed()));

        // Hide unchanged columns: "note" goes.
        auto *hide = w.findChild<QCheckBox *>(QStringLiteral("valuesHideUnchanged"));
        QVERIFY(hide);
        hide->setChecked(true);
        QVERIFY(w.view()->isColumnHidden(4) && w.view()->isColumnHidden(5));
        QVERIFY(!w.view()->isColumnHidden(2) && !w.view()->isColumnHidden(6));
    }

    void scrollingToTheEndLoadsTheLastPage()
    {
        ui::ValuesWidget w;
        w.resize(900, 500);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ValuesModel *model = w.model();
        w.setRequest(request());
        QVERIFY(waitReady(model));
        QTableView *view = w.view();
        const int last = model->rowCount() - 1;
        QVERIFY(!model->isRowLoaded(last));
        // Page by page to the end: the cache never holds more than its bound.
        QScrollBar *bar = view->verticalScrollBar();
        for (int value = 0; value <= bar->maximum(); value += ValuesModel::PageSize / 2) {
            bar->setValue(value);
            const int row = view->rowAt(view->viewport()->height() / 2);
            QVERIFY(QTest::qWaitFor([model, row] { return row < 0 || model->isRowLoaded(row); },
                                    10000));
            QVERIFY(model->cachedPageCount() <= ValuesModel::MaxCachedPages);
        }
        view->scrollToBottom();
        QVERIFY(QTest::qWaitFor([model, last] { return model->isRowLoaded(last); }, 10000));
        QVERIFY(QTest::qWaitFor(
            [view, model, last] {
                return !model->data(model->index(last, 0))
                            .toString()
                            .startsWith(QLatin1String("Loading"));
            },
            10000));
        QVERIFY(model->cachedPageCount() <= ValuesModel::MaxCachedPages);
        QVERIFY(model->data(model->index(last, 1), ValuesModel::RawValueRole).toInt() > 0);
    }

    void cancelStopsTheSearch()
    {
        ui::ValuesWidget w;
        w.show();
        ValuesModel *model = w.model();
        // A filter that makes every row cost a join of the two tables: minutes without Cancel.
        w.setRequest(request(QStringLiteral(
            "(SELECT COUNT(*) FROM values_a x, values_a y WHERE x.qty < y.qty + x.id) > 0")));
        auto *cancel = w.findChild<QPushButton *>(QStringLiteral("valuesCancel"));
        QVERIFY(cancel);
        QVERIFY(QTest::qWaitFor([cancel] { return cancel->isVisible(); }, 5000));
        QTest::qWait(500);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY2(QTest::qWaitFor([model] { return model->state() == ValuesModel::State::Stopped; },
                                 15000),
                 qPrintable(QStringLiteral("state %1: %2")
                                .arg(int(model->state()))
                                .arg(model->errorMessage())));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!cancel->isVisible());
        auto *status = w.findChild<QLabel *>(QStringLiteral("valuesStatus"));
        QVERIFY2(status->text().contains(QLatin1String("Stopped")), qPrintable(status->text()));
        // The widget works again afterwards.
        w.setRequest(request());
        QVERIFY(waitReady(model));
        QCOMPARE(model->rowCount(), int(onlyInA() + kNew + changed()));
    }

    void errorsAreShownNotThrown()
    {
        ui::ValuesWidget w;
        w.show();
        diff::DiffRequest r = request();
        r.tableB = {{QStringLiteral("no_such_table")}};
        w.setRequest(r);
        QVERIFY(QTest::qWaitFor([&w] { return w.model()->state() == ValuesModel::State::Failed; },
                                10000));
        auto *error = w.findChild<QLabel *>(QStringLiteral("valuesError"));
        QVERIFY(error && error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("no_such_table")), qPrintable(error->text()));

        r = request();
        r.connectionB = warehouse::ConnectionSpec {};
        r.connectionB->driver = warehouse::Driver::PostgreSQL;
        r.connectionB->host = QStringLiteral("elsewhere");
        w.setRequest(r);
        QVERIFY(QTest::qWaitFor([&w] { return w.model()->state() == ValuesModel::State::Failed; },
                                10000));
        QVERIFY2(error->text().contains(QLatin1String("samples")), qPrintable(error->text()));
    }

    void csvExportHoldsTheFilteredRows()
    {
        ui::ValuesWidget w;
        w.show();
        ValuesModel *model = w.model();
        w.setRequest(request());
        QVERIFY(waitReady(model));
        w.findChild<QComboBox *>(QStringLiteral("valuesKind"))->setCurrentIndex(3); // changed
        QVERIFY(waitReady(model));
        w.findChild<QCheckBox *>(QStringLiteral("valuesHideUnchanged"))
            ->setChecked(true); // drops "note"
        QSignalSpy done(&w, &ui::ValuesWidget::exportFinished);
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        w.exportCsv(path);
        QVERIFY(done.wait(30000));
        QVERIFY2(done.front().at(0).toBool(), qPrintable(done.front().at(1).toString()));

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.endsWith(QLatin1String("\r\n")));
        QStringList lines = text.split(QStringLiteral("\r\n"));
        lines.removeLast();
        QCOMPARE(lines.takeFirst(),
                 QStringLiteral("kind,id,name (prod),name (PR),qty (prod),qty (PR)"));
        QStringList expected;
        for (int i = 1; i <= kRows; ++i) {
            if (!inB(i) || !(nameChanged(i) || qtyChanged(i)))
                continue;
            expected << values::csvRecord({QStringLiteral("changed"), QString::number(i),
                                           name(i, false), name(i, nameChanged(i)),
                                           QString::number(i),
                                           QString::number(qtyChanged(i) ? i + 1 : i)});
        }
        QCOMPARE(lines.size(), expected.size());
        lines.sort();
        expected.sort();
        QCOMPARE(lines, expected);
        QVERIFY(text.contains(QStringLiteral("\"customer \"\"3\"\", a\"")));
    }
};

QTEST_MAIN(TestValuesWidget)
#include "tst_values_widget.moc"
