#include "lineage/lineage_widget.h"

#include "tasks/async.h"

#include "lineage/lineage_legend.h"
#include "lineage/lineage_scene_data.h"
#include "lineage/lineage_view.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolBar>
#include <QVBoxLayout>

namespace tidemark::ui {

namespace {

QAction *addViewAction(QWidget *owner, QToolBar *bar, const QString &text, const QString &iconText,
                       const QKeySequence &shortcut, const QString &objectName)
{
    auto *action = new QAction(text, owner);
    action->setObjectName(objectName);
    action->setIconText(iconText);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(
        LineageWidget::tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    owner->addAction(action);
    bar->addAction(action);
    if (QWidget *button = bar->widgetForAction(action))
        button->setObjectName(objectName + QStringLiteral("Button"));
    return action;
}

} // namespace

LineageWidget::LineageWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("lineageWidget"));
    m_view = new LineageView(this);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("lineageToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("lineageSearch"));
    m_search->setPlaceholderText(tr("Find a model… (Enter: next match)"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Highlights the nodes whose name or unique_id contains the text; Enter "
                            "focuses the next one"));
    m_search->setMaximumWidth(320);
    m_search->setMinimumWidth(200);
    m_toolBar->addWidget(m_search);
    m_matchLabel = new QLabel(this);
    m_matchLabel->setObjectName(QStringLiteral("lineageMatches"));
    m_matchLabel->setMinimumWidth(70);
    m_matchLabel->setContentsMargins(6, 0, 6, 0);
    m_toolBar->addWidget(m_matchLabel);
    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    m_toolBar->addSeparator();
    auto *zoomOut = addViewAction(this, m_toolBar, tr("Zoom out"), QStringLiteral("−"),
                                  QKeySequence::ZoomOut, QStringLiteral("lineageZoomOut"));
    auto *zoomIn = addViewAction(this, m_toolBar, tr("Zoom in"), QStringLiteral("+"),
                                 QKeySequence::ZoomIn, QStringLiteral("lineageZoomIn"));
    auto *fit = addViewAction(this, m_toolBar, tr("Fit the whole graph"), tr("Fit"),
                              QKeySequence(Qt::CTRL | Qt::Key_0), QStringLiteral("lineageFit"));
    connect(zoomOut, &QAction::triggered, m_view, &LineageView::zoomOut);
    connect(zoomIn, &QAction::triggered, m_view, &LineageView::zoomIn);
    connect(fit, &QAction::triggered, m_view, &LineageView::fitAll);
    m_toolBar->addSeparator();

    m_changedOnly = new QCheckBox(tr("Changed and downstream only"), this);
    m_changedOnly->setObjectName(QStringLiteral("changedOnlyToggle"));
    m_changedOnly->setToolTip(
        tr("Show only new, modified and impacted nodes and everything downstream of them"));
    m_toolBar->addWidget(m_changedOnly);

    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("lineageStatus"));
    m_status->setContentsMargins(6, 0, 6, 0);
    m_toolBar->addWidget(m_status);

    m_legend = new LineageLegend(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    auto *legendRow = new QHBoxLayout;
    legendRow->setContentsMargins(10, 2, 10, 6);
    legendRow->addWidget(m_legend);
    layout->addLayout(legendRow);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, &LineageWidget::updateSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &LineageWidget::findNext);
    connect(m_changedOnly, &QCheckBox::toggled, this, [this](bool) {
        m_userChoseFilter = true;
        relayout();
    });
    connect(m_view, &LineageView::nodeSelected, this, &LineageWidget::nodeSelected);
    connect(m_view, &LineageView::nodeActivated, this, &LineageWidget::nodeActivated);
    setFocusProxy(m_view);
    clear();
}

LineageWidget::~LineageWidget() = default;

QString LineageWidget::matchesText(int count)
{
    return count == 1 ? tr("1 match") : tr("%1 matches").arg(count);
}

void LineageWidget::setPlan(std::shared_ptr<const dbt::Manifest> prManifest, dbt::ChangePlan plan)
{
    m_manifest = std::move(prManifest);
    m_plan = std::make_shared<const dbt::ChangePlan>(std::move(plan));
    if (!m_userChoseFilter && m_manifest) {
        const QSignalBlocker blocker(m_changedOnly);
        m_changedOnly->setChecked(lineageNodeCount(*m_manifest) >= kLargeGraph);
    }
    relayout();
}

void LineageWidget::clear()
{
    m_manifest.reset();
    m_plan.reset();
    ++m_generation;
    m_pendingFocus.clear();
    m_view->setPlaceholderText(tr("Open a pull request to see its lineage"));
    m_view->clear();
    m_legend->setCounts({});
    updateSearch();
    updateStatus();
}

bool LineageWidget::changedOnly() const
{
    return m_changedOnly->isChecked();
}

void LineageWidget::setChangedOnly(bool changedOnly)
{
    m_userChoseFilter = true;
    m_changedOnly->setChecked(changedOnly); // relayouts through toggled() when it changes
}

void LineageWidget::focusNode(const QString &uniqueId)
{
    if (m_pending > 0 || !m_view->focusNode(uniqueId))
        m_pendingFocus = m_pending > 0 ? uniqueId : QString();
}

void LineageWidget::findNext()
{
    if (m_matches.isEmpty())
        return;
    m_matchCursor = (m_matchCursor + 1) % int(m_matches.size());
    m_view->focusNode(m_matches.at(m_matchCursor));
    m_matchLabel->setText(tr("%1 of %2").arg(m_matchCursor + 1).arg(m_matches.size()));
}

void LineageWidget::relayout()
{
    if (!m_manifest || !m_plan)
        return;
    const quint64 generation = ++m_generation;
    ++m_pending;
    LineageSceneOptions options;
    options.changedOnly = m_changedOnly->isChecked();
    updateStatus();
    runAsync(
        this,
        [manifest = m_manifest, plan = m_plan, options] {
            return buildLineageScene(*manifest, *plan, options);
        },
        [this, generation](LineageSceneData scene) {
            --m_pending;
            if (generation == m_generation)
                showLayout(std::move(scene));
            else
                updateStatus();
        });
}

void LineageWidget::showLayout(LineageSceneData scene)
{
    m_view->setPlaceholderText(
        scene.changedOnly ? tr("Nothing in this pull request changed a model, seed or snapshot")
                          : tr("This project has no models"));
    m_legend->setCounts(scene.statusCounts);
    m_view->setSceneData(std::move(scene));
    if (!m_search->text().isEmpty()) {
        m_matches = m_view->findNodes(m_search->text());
        m_view->setMatches(m_matches, true);
        m_matchCursor = -1;
        m_matchLabel->setText(matchesText(int(m_matches.size())));
    }
    if (!m_pendingFocus.isEmpty()) {
        m_view->focusNode(m_pendingFocus);
        m_pendingFocus.clear();
    }
    updateStatus();
    Q_EMIT layoutReady();
}

void LineageWidget::updateSearch()
{
    const QString text = m_search->text();
    m_matches = m_view->findNodes(text);
    m_matchCursor = -1;
    m_view->setMatches(m_matches, !text.trimmed().isEmpty());
    m_matchLabel->setText(text.trimmed().isEmpty() ? QString()
                                                   : matchesText(int(m_matches.size())));
}

void LineageWidget::updateStatus()
{
    if (m_pending > 0) {
        m_status->setText(tr("Laying out…"));
        return;
    }
    const LineageSceneData &scene = m_view->sceneData();
    if (!m_manifest) {
        m_status->clear();
        return;
    }
    const int shown = m_view->nodeCount();
    m_status->setText(shown == scene.graphNodeCount
                          ? (shown == 1 ? tr("1 node") : tr("%1 nodes").arg(shown))
                          : tr("%1 of %2 nodes").arg(shown).arg(scene.graphNodeCount));
    m_status->setToolTip(tr("Laid out in %1 ms").arg(scene.layoutMs));
}

} // namespace tidemark::ui
