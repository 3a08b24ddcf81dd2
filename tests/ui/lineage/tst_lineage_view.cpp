// The lineage screen under the offscreen platform: the demo PR's lineage with its statuses and
// colours, search, zoom and fit, the "changed and downstream only" filter, mouse and keys, and a
// generated 1,500-node project.

#include "lineage/lineage_legend.h"
#include "lineage/lineage_scene_data.h"
#include "lineage/lineage_view.h"
#include "lineage/lineage_widget.h"

#include "dbt/change_plan.h"
#include "dbt/lineage_graph.h"
#include "support/test_support.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <random>

using namespace tidemark;
using ui::LineageStatus;
using ui::LineageStatusStyle;
using ui::LineageView;
using ui::LineageWidget;

namespace {

// A dbt-like project: sources, then models reading one to three recent nodes, a few exposures.
dbt::Manifest generatedProject(int count, const std::vector<int> &changedBodies = {})
{
    dbt::Manifest m;
    std::mt19937 rng(11);
    const int sources = count / 10;
    const int exposures = count / 100;
    auto idOf = [sources](int i) {
        return i < sources ? "source.gen.raw.s" + std::to_string(i)
                           : "model.gen.m" + std::to_string(i);
    };
    for (int i = 0; i < count; ++i) {
        dbt::Node node;
        const bool exposure = i >= count - exposures;
        node.uniqueId = exposure ? "exposure.gen.e" + std::to_string(i) : idOf(i);
        node.name = exposure ? "dashboard_" + std::to_string(i)
            : i < sources    ? "s" + std::to_string(i)
                             : "m" + std::to_string(i);
        node.resourceType = exposure ? dbt::ResourceType::Exposure
            : i < sources            ? dbt::ResourceType::Source
                                     : dbt::ResourceType::Model;
        node.resourceTypeName = dbt::toString(node.resourceType);
        node.sourceName = i < sources ? "raw" : "";
        node.packageName = "gen";
        node.schema = "analytics";
        node.alias = node.name;
        node.materialized = node.resourceType == dbt::ResourceType::Model ? "table" : "";
        node.hasBody = node.resourceType == dbt::ResourceType::Model;
        node.bodyDigest = uint64_t(i);
        if (i >= sources) {
            const int parents = 1 + int(rng() % 3);
            for (int k = 0; k < parents; ++k)
                node.dependsOnNodes.push_back(
                    idOf(i - 1 - int(rng() % uint32_t(std::min(i, 150)))));
        }
        m.nodes.push_back(std::move(node));
    }
    for (const int i : changedBodies)
        m.nodes[size_t(i)].bodyDigest += 1000000;
    m.rebuildIndex();
    return m;
}

QString uid(const char *text)
{
    return QString::fromLatin1(text);
}

// Waits for the layout a call started.
bool setPlanAndWait(LineageWidget &widget, std::shared_ptr<const dbt::Manifest> pr,
                    const dbt::ChangePlan &plan)
{
    QSignalSpy ready(&widget, &LineageWidget::layoutReady);
    widget.setPlan(std::move(pr), plan);
    return ready.wait(30000) && !widget.isLayingOut();
}

QRectF visibleSceneRect(const LineageView *view)
{
    return view->mapToScene(view->viewport()->rect()).boundingRect();
}

} // namespace

class TestLineageView : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const dbt::Manifest> m_pr;
    dbt::ChangePlan m_plan;

    std::unique_ptr<LineageWidget> shownWidget()
    {
        auto widget = std::make_unique<LineageWidget>();
        widget->resize(1280, 760);
        widget->show();
        if (!QTest::qWaitForWindowExposed(widget.get())) {
            qWarning("the lineage widget was not exposed");
            return nullptr;
        }
        if (!setPlanAndWait(*widget, m_pr, m_plan)) {
            qWarning("the lineage layout did not arrive");
            return nullptr;
        }
        return widget;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const dbt::Manifest prod = test::loadOrFail(
            test::sourceDir() + QStringLiteral("/resources/demo/prod/manifest.json"));
        auto pr = std::make_shared<dbt::Manifest>(test::loadOrFail(
            test::sourceDir() + QStringLiteral("/resources/demo/pr/manifest.json")));
        m_plan = dbt::planChanges(prod, *pr);
        m_pr = std::move(pr);
        QVERIFY(!m_plan.modified.empty());
    }

    void showsTheDemoLineage()
    {
        auto widget = shownWidget();
        QVERIFY(widget);
        auto *view = widget->findChild<LineageView *>(QStringLiteral("lineageView"));
        QVERIFY(view);
        const dbt::LineageGraph graph(*m_pr);
        QCOMPARE(view->nodeCount(), int(graph.size()));
        QCOMPARE(view->nodeCount(), 20); // 12 models, a snapshot, 5 seeds, a source, an exposure
        QCOMPARE(view->edgeCount(), int(graph.edges().size()));
        QVERIFY(!widget->changedOnly()); // a small project starts unfiltered
        QCOMPARE(widget->findChild<QLabel *>(QStringLiteral("lineageStatus"))->text(),
                 QStringLiteral("20 nodes"));

        // Statuses as the demo's expected changes state them.
        const nlohmann::json expected = test::readJsonFile(
            test::sourceDir() + QStringLiteral("/resources/demo/expected_changes.json"));
        // A planned model left out of the diff (never_diff, ephemeral) is "not diffed" instead.
        auto expectedStatus = [this](const std::string &id, LineageStatus status) {
            const dbt::PlannedModel *planned = m_plan.model(id);
            return std::optional(planned && !planned->selected ? LineageStatus::NotDiffed : status);
        };
        int notDiffed = 0;
        for (const auto &[id, reasons] : expected["modified"].items()) {
            QCOMPARE(view->statusOf(QString::fromStdString(id)),
                     expectedStatus(id, LineageStatus::Modified));
            notDiffed += view->statusOf(QString::fromStdString(id)) == LineageStatus::NotDiffed;
        }
        QCOMPARE(notDiffed, 1); // the demo has one model that is never diffed
        for (const auto &id : expected["impacted"]) {
            QCOMPARE(view->statusOf(QString::fromStdString(id.get<std::string>())),
                     expectedStatus(id.get<std::string>(), LineageStatus::Impacted));
        }
        for (const auto &id : expected["unchanged"])
            QCOMPARE(view->statusOf(QString::fromStdString(id.get<std::string>())),
                     std::optional(LineageStatus::Unchanged));
        QCOMPARE(view->statusOf(uid("model.tidemark_coffee.int_order_margins")),
                 std::optional(LineageStatus::New));
        QCOMPARE(view->statusOf(uid("exposure.tidemark_coffee.revenue_dashboard")),
                 std::optional(LineageStatus::Impacted));
        QVERIFY(!view->statusOf(
            uid("model.tidemark_coffee.monthly_revenue"))); // removed: not in the PR

        // Colours: a modified box is drawn in the modified colour, distinct from an unchanged one.
        const QString modified = uid("model.tidemark_coffee.product_sales");
        const QString unchanged = uid("model.tidemark_coffee.stg_customers");
        QCOMPARE(view->borderOf(modified), LineageStatusStyle::color(LineageStatus::Modified));
        QCOMPARE(view->fillOf(modified),
                 LineageStatusStyle::fill(LineageStatus::Modified, view->palette()));
        QVERIFY(view->fillOf(modified) != view->fillOf(unchanged));
        QVERIFY(view->borderOf(modified)
                != view->borderOf(uid("model.tidemark_coffee.daily_revenue")));
        auto *legend = widget->findChild<ui::LineageLegend *>(QStringLiteral("lineageLegend"));
        QVERIFY(legend);
        QCOMPARE(legend->entryText(LineageStatus::Modified),
                 QStringLiteral("modified %1").arg(expected["modified"].size() - 1));
        QCOMPARE(legend->entryText(LineageStatus::NotDiffed), QStringLiteral("not diffed 1"));
        QCOMPARE(legend->entryText(LineageStatus::New), QStringLiteral("new 1"));

        // Every edge goes left to right: parents are laid out left of their children.
        for (const auto &[parent, child] : graph.edges()) {
            const QRectF p = view->nodeRect(QString::fromStdString(graph.node(parent).uniqueId));
            const QRectF c = view->nodeRect(QString::fromStdString(graph.node(child).uniqueId));
            QVERIFY(p.right() < c.left());
        }

        QCoreApplication::processEvents();
        const QString png
            = QCoreApplication::applicationDirPath() + QStringLiteral("/lineage_demo.png");
        QVERIFY(widget->grab().save(png));
        view->focusNode(modified);
        QVERIFY(widget->grab().save(QCoreApplication::applicationDirPath()
                                    + QStringLiteral("/lineage_demo_focused.png")));

        // A dark palette: fills follow the dark base, borders keep the status colour.
        QPalette dark = widget->palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1b));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
        widget->setPalette(dark);
        QVERIFY(view->fillOf(modified).lightness() < 90);
        QCOMPARE(view->fillOf(modified), LineageStatusStyle::fill(LineageStatus::Modified, dark));
        QCOMPARE(view->borderOf(modified), LineageStatusStyle::color(LineageStatus::Modified));
        view->fitAll();
        QCoreApplication::processEvents();
        QVERIFY(widget->grab().save(QCoreApplication::applicationDirPath()
                                    + QStringLiteral("/lineage_demo_dark.png")));
    }

    void searchFocusesANode()
    {
        auto widget = shownWidget();
        QVERIFY(widget);
        auto *view = widget->view();
        auto *search = widget->findChild<QLineEdit *>(QStringLiteral("lineageSearch"));
        QVERIFY(search);
        QSignalSpy selected(widget.get(), &LineageWidget::nodeSelected);

        QTest::keyClicks(search, QStringLiteral("stg_order"));
        QCOMPARE(widget->searchMatches(),
                 QStringList({uid("model.tidemark_coffee.stg_order_items"),
                              uid("model.tidemark_coffee.stg_orders")}));
        QCOMPARE(widget->findChild<QLabel *>(QStringLiteral("lineageMatches"))->text(),
                 QStringLiteral("2 matches"));
        QVERIFY(view->currentNode().isEmpty()); // typing highlights, Enter focuses

        QTest::keyClick(search, Qt::Key_Return);
        const QString first = widget->searchMatches().at(0);
        QCOMPARE(view->currentNode(), first);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toString(), first);
        // Centred: the node's centre is at the viewport's centre.
        const QPoint centre = view->mapFromScene(view->nodeRect(first).center());
        const QPoint viewportCentre = view->viewport()->rect().center();
        QVERIFY2((centre - viewportCentre).manhattanLength() <= 4,
                 qPrintable(QStringLiteral("%1,%2 vs %3,%4")
                                .arg(centre.x())
                                .arg(centre.y())
                                .arg(viewportCentre.x())
                                .arg(viewportCentre.y())));
        QVERIFY(view->zoom() >= 0.8);
        // Its lineage is lit: stg_order_items feeds int_order_items_enriched and comes from a seed.
        const QStringList related = view->relatedNodes();
        QVERIFY(related.contains(uid("model.tidemark_coffee.int_order_items_enriched")));
        QVERIFY(related.contains(uid("seed.tidemark_coffee.raw_order_items")));
        QVERIFY(!related.contains(uid("seed.tidemark_coffee.raw_customers")));

        QTest::keyClick(search, Qt::Key_Return); // the next match
        QCOMPARE(view->currentNode(), widget->searchMatches().at(1));
        QTest::keyClick(search, Qt::Key_Return); // and around
        QCOMPARE(view->currentNode(), first);

        search->clear();
        QVERIFY(widget->searchMatches().isEmpty());
        QTest::keyClicks(search, QStringLiteral("no such model"));
        QCOMPARE(widget->findChild<QLabel *>(QStringLiteral("lineageMatches"))->text(),
                 QStringLiteral("0 matches"));
    }

    void zoomAndFit()
    {
        auto widget = shownWidget();
        QVERIFY(widget);
        auto *view = widget->view();
        const QRectF bounds = view->sceneData().bounds;
        QVERIFY(visibleSceneRect(view).contains(bounds)); // fitted when shown

        auto *zoomIn = widget->findChild<QAction *>(QStringLiteral("lineageZoomIn"));
        auto *zoomOut = widget->findChild<QAction *>(QStringLiteral("lineageZoomOut"));
        auto *fit = widget->findChild<QAction *>(QStringLiteral("lineageFit"));
        QVERIFY(zoomIn && zoomOut && fit);
        QVERIFY(!zoomIn->toolTip().isEmpty() && !zoomIn->shortcut().isEmpty());
        const double fitted = view->zoom();
        QCOMPARE(view->transform().m11(), fitted);
        zoomIn->trigger();
        QVERIFY(view->zoom() > fitted * 1.2);
        QCOMPARE(view->transform().m22(), view->zoom());
        zoomOut->trigger();
        QVERIFY(qAbs(view->zoom() - fitted) < 1e-9);

        // Keys and the wheel.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Plus);
        QTest::keyClick(view, Qt::Key_Plus);
        QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(view->zoom() > fitted * 1.9);
        QVERIFY(!visibleSceneRect(view).contains(bounds));
        QTest::keyClick(view, Qt::Key_0);
        QVERIFY(visibleSceneRect(view).contains(bounds));
        QCOMPARE(view->zoom(), fitted);
        const double before = view->zoom();
        const QPointF at = view->viewport()->rect().center();
        QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        QVERIFY(view->zoom() > before);
        QTest::keyClick(view, Qt::Key_Minus);
        QTest::keyClick(view, Qt::Key_Minus);
        QVERIFY(view->zoom() < before);

        zoomIn->trigger();
        zoomIn->trigger();
        zoomIn->trigger();
        zoomIn->trigger();
        QVERIFY(!visibleSceneRect(view).contains(bounds));
        fit->trigger();
        QVERIFY(visibleSceneRect(view).contains(bounds));
    }

    void changedOnlyReducesTheGraph()
    {
        auto widget = shownWidget();
        QVERIFY(widget);
        auto *view = widget->view();
        const int all = view->nodeCount();
        auto *toggle = widget->findChild<QCheckBox *>(QStringLiteral("changedOnlyToggle"));
        QVERIFY(toggle);
        QSignalSpy ready(widget.get(), &LineageWidget::layoutReady);
        toggle->click();
        QVERIFY(ready.wait(10000));
        QVERIFY(widget->changedOnly());

        // What is left: the changed nodes and their downstream, computed here from the graph.
        const dbt::LineageGraph graph(*m_pr);
        std::vector<dbt::LineageGraph::Index> changed;
        for (const auto &id : m_plan.added)
            changed.push_back(*graph.indexOf(id));
        for (const auto &m : m_plan.modified)
            changed.push_back(*graph.indexOf(m.uniqueId));
        const auto kept = graph.downstream(changed);
        QCOMPARE(view->nodeCount(), int(kept.size()));
        QVERIFY(view->nodeCount() < all);
        for (const auto i : kept)
            QVERIFY(view->hasNode(QString::fromStdString(graph.node(i).uniqueId)));
        QVERIFY(!view->hasNode(uid("model.tidemark_coffee.stg_customers")));
        for (const auto &node : view->sceneData().nodes)
            QVERIFY(node.status != LineageStatus::Unchanged);
        QCOMPARE(widget->findChild<QLabel *>(QStringLiteral("lineageStatus"))->text(),
                 QStringLiteral("%1 of %2 nodes").arg(kept.size()).arg(all));

        toggle->click();
        QVERIFY(ready.wait(10000));
        QCOMPARE(view->nodeCount(), all);

        // A plan without changes leaves nothing to show.
        const dbt::ChangePlan nothing = dbt::planChanges(*m_pr, *m_pr);
        widget->setChangedOnly(true);
        QVERIFY(ready.wait(10000));
        QVERIFY(setPlanAndWait(*widget, m_pr, nothing));
        QCOMPARE(view->nodeCount(), 0);
    }

    void mouseAndKeys()
    {
        auto widget = shownWidget();
        QVERIFY(widget);
        auto *view = widget->view();
        QSignalSpy selected(widget.get(), &LineageWidget::nodeSelected);
        QSignalSpy activated(widget.get(), &LineageWidget::nodeActivated);
        QSignalSpy cleared(view, &LineageView::selectionCleared);

        const QString target = uid("model.tidemark_coffee.customers");
        const QPoint at = view->mapFromScene(view->nodeRect(target).center());
        QVERIFY(view->viewport()->rect().contains(at));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toString(), target);
        QCOMPARE(view->currentNode(), target);

        // The background clears the selection.
        const QPoint empty
            = view->mapFromScene(view->sceneData().bounds.topLeft() - QPointF(15, 15));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, empty);
        QCOMPARE(cleared.count(), 1);
        QVERIFY(view->currentNode().isEmpty());

        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), target);

        // Keys: Enter activates, Escape clears, Tab walks the nodes in reading order.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.count(), 2);
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(view->currentNode().isEmpty());
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(view->currentNode(), view->sceneData().nodes.at(0).uniqueId);
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(view->currentNode(), view->sceneData().nodes.at(1).uniqueId);
        QTest::keyClick(view, Qt::Key_Backtab);
        QCOMPARE(view->currentNode(), view->sceneData().nodes.at(0).uniqueId);

        // Arrows pan.
        QTest::keyClick(view, Qt::Key_Plus);
        QTest::keyClick(view, Qt::Key_Plus);
        QTest::keyClick(view, Qt::Key_Plus);
        const QPointF centre = visibleSceneRect(view).center();
        QTest::keyClick(view, Qt::Key_Right);
        QTest::keyClick(view, Qt::Key_Down);
        QVERIFY(visibleSceneRect(view).center().x() > centre.x());
        QVERIFY(visibleSceneRect(view).center().y() > centre.y());
    }

    void tuvaPullRequest()
    {
        const dbt::Manifest base = test::loadOrFail(
            test::manifestFixture(QStringLiteral("06_tuva_v8_base_872055bf.json")));
        auto pr = std::make_shared<const dbt::Manifest>(
            test::loadOrFail(test::manifestFixture(QStringLiteral("07_tuva_v8_pr_296d7b3e.json"))));
        const dbt::ChangePlan plan = dbt::planChanges(base, *pr);
        LineageWidget widget;
        widget.resize(1400, 860);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QVERIFY(setPlanAndWait(widget, pr, plan));
        const int all = ui::lineageNodeCount(*pr);
        QVERIFY(all >= LineageWidget::kLargeGraph);
        QVERIFY(widget.changedOnly());
        const int changed = widget.view()->nodeCount();
        QVERIFY(changed > 0 && changed < all);
        QCoreApplication::processEvents();
        QVERIFY(widget.grab().save(QCoreApplication::applicationDirPath()
                                   + QStringLiteral("/lineage_tuva_changed.png")));
        widget.setChangedOnly(false);
        QSignalSpy ready(&widget, &LineageWidget::layoutReady);
        QVERIFY(ready.wait(30000));
        QCOMPARE(widget.view()->nodeCount(), all);
        QCoreApplication::processEvents();
        QVERIFY(widget.grab().save(QCoreApplication::applicationDirPath()
                                   + QStringLiteral("/lineage_tuva.png")));
    }

    void largeProject()
    {
        const int count = 1500;
        const dbt::Manifest base = generatedProject(count);
        auto pr = std::make_shared<const dbt::Manifest>(generatedProject(count, {400, 900, 1200}));
        const dbt::ChangePlan plan = dbt::planChanges(base, *pr);
        QCOMPARE(plan.modified.size(), size_t(3));

        LineageWidget widget;
        widget.resize(1400, 860);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(setPlanAndWait(widget, pr, plan));
        QVERIFY(widget.changedOnly()); // a large project starts filtered
        const int filtered = widget.view()->nodeCount();
        QVERIFY(filtered > 3 && filtered < count);

        widget.setChangedOnly(false);
        QSignalSpy ready(&widget, &LineageWidget::layoutReady);
        QVERIFY(ready.wait(30000));
        QCOMPARE(widget.view()->nodeCount(), count);
        const auto &counts = widget.view()->sceneData().statusCounts;
        QCOMPARE(counts[0] + counts[1] + counts[2] + counts[3] + counts[4], count);
        QCOMPARE(counts[int(LineageStatus::Modified)], 3);
        QVERIFY(counts[int(LineageStatus::Unchanged)] > count / 2);
        auto *legend = widget.findChild<ui::LineageLegend *>(QStringLiteral("lineageLegend"));
        QCOMPARE(legend->entryText(LineageStatus::Unchanged),
                 QStringLiteral("unchanged %1").arg(counts[int(LineageStatus::Unchanged)]));
        QCoreApplication::processEvents(); // let the legend's layout catch up before the picture
        QVERIFY(widget.grab().save(QCoreApplication::applicationDirPath()
                                   + QStringLiteral("/lineage_1500.png")));
        qInfo("1,500 nodes: set up, laid out twice and painted in %lld ms", timer.elapsed());
        QVERIFY(visibleSceneRect(widget.view()).contains(widget.view()->sceneData().bounds));
        QVERIFY(widget.view()->focusNode(uid("model.gen.m900")));
        QCOMPARE(widget.view()->statusOf(uid("model.gen.m900")),
                 std::optional(LineageStatus::Modified));
        QVERIFY(widget.grab().save(QCoreApplication::applicationDirPath()
                                   + QStringLiteral("/lineage_1500_focused.png")));
    }
};

QTEST_MAIN(TestLineageView)
#include "tst_lineage_view.moc"
