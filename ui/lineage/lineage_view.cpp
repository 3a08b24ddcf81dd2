#include "lineage/lineage_view.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace tidemark::ui {

namespace {

constexpr double kMinZoom = 0.01;
constexpr double kMaxZoom = 4.0;
constexpr double kZoomStep = 1.25;
constexpr double kReadableZoom = 0.8; // focusing a node zooms in at least this far
constexpr double kSceneMargin = 400.0;
constexpr double kGridStep = 40.0;

} // namespace

LineageView::LineageView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("lineageView"));
    // No BSP index: building it for tens of thousands of items costs more than the first paint,
    // and a linear pass over static items' cached bounds stays in the milliseconds.
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    setScene(m_scene);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setRenderHint(QPainter::TextAntialiasing);
    setOptimizationFlag(QGraphicsView::DontSavePainterState); // the items set what they use
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(
        Qt::ScrollBarAlwaysOff); // pan by dragging, the wheel or the arrows
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("Lineage graph"));
    m_placeholder = tr("No lineage to show");
    restyle();
}

LineageView::~LineageView() = default;

void LineageView::setSceneData(LineageSceneData incoming)
{
    const QString previous = currentNode();
    m_scene->clear();
    m_nodeItems.clear();
    m_edgeItems.clear();
    m_index.clear();
    m_current = -1;
    m_searchActive = false;
    m_data = std::move(incoming);

    const int n = int(m_data.nodes.size());
    m_outEdges.assign(size_t(n), {});
    m_inEdges.assign(size_t(n), {});
    m_index.reserve(n);
    m_nodeItems.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        auto *item = new LineageNodeItem(m_data.nodes[size_t(i)], i, &m_style);
        m_scene->addItem(item);
        m_nodeItems.push_back(item);
        m_index.insert(m_data.nodes[size_t(i)].uniqueId, i);
    }
    m_edgeItems.reserve(m_data.edges.size());
    for (int e = 0; e < int(m_data.edges.size()); ++e) {
        const LineageEdgeData &edge = m_data.edges[size_t(e)];
        auto *item = new LineageEdgeItem(edge, m_data.columnWidth, &m_style);
        m_scene->addItem(item);
        m_edgeItems.push_back(item);
        m_outEdges[size_t(edge.from)].push_back(e);
        m_inEdges[size_t(edge.to)].push_back(e);
    }
    m_scene->setSceneRect(
        m_data.bounds.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
    m_autoFit = true;
    fitAll();
    if (const auto it = m_index.constFind(previous); it != m_index.constEnd())
        setCurrent(*it, false);
    viewport()->update();
}

void LineageView::clear()
{
    setSceneData({});
}

std::optional<LineageStatus> LineageView::statusOf(const QString &uniqueId) const
{
    const auto it = m_index.constFind(uniqueId);
    if (it == m_index.constEnd())
        return std::nullopt;
    return m_data.nodes[size_t(*it)].status;
}

QColor LineageView::fillOf(const QString &uniqueId) const
{
    const auto status = statusOf(uniqueId);
    return status ? m_style.fills[int(*status)] : QColor();
}

QColor LineageView::borderOf(const QString &uniqueId) const
{
    const auto status = statusOf(uniqueId);
    return status ? m_style.borders[int(*status)] : QColor();
}

QRectF LineageView::nodeRect(const QString &uniqueId) const
{
    const auto it = m_index.constFind(uniqueId);
    return it == m_index.constEnd() ? QRectF() : m_data.nodes[size_t(*it)].rect;
}

QString LineageView::currentNode() const
{
    return m_current >= 0 ? m_data.nodes[size_t(m_current)].uniqueId : QString();
}

QStringList LineageView::relatedNodes() const
{
    QStringList out;
    if (m_current < 0)
        return out;
    const std::vector<char> up = reachable(m_current, false);
    const std::vector<char> down = reachable(m_current, true);
    for (size_t i = 0; i < m_data.nodes.size(); ++i) {
        if ((up[i] || down[i]) && int(i) != m_current)
            out << m_data.nodes[i].uniqueId;
    }
    return out;
}

double LineageView::zoom() const
{
    return transform().m11();
}

QStringList LineageView::findNodes(const QString &text) const
{
    QStringList out;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return out;
    for (const LineageNodeData &node : m_data.nodes) {
        if (node.name.contains(needle, Qt::CaseInsensitive)
            || node.uniqueId.contains(needle, Qt::CaseInsensitive))
            out << node.uniqueId;
    }
    return out;
}

void LineageView::setMatches(const QStringList &uniqueIds, bool active)
{
    std::vector<char> matched(m_nodeItems.size(), 0);
    for (const QString &id : uniqueIds) {
        if (const auto it = m_index.constFind(id); it != m_index.constEnd())
            matched[size_t(*it)] = 1;
    }
    for (size_t i = 0; i < m_nodeItems.size(); ++i)
        m_nodeItems[i]->setMatched(matched[i]);
    m_searchActive = active;
    applyEmphasis();
}

void LineageView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void LineageView::zoomIn()
{
    m_autoFit = false;
    setZoom(zoom() * kZoomStep);
}

void LineageView::zoomOut()
{
    m_autoFit = false;
    setZoom(zoom() / kZoomStep);
}

void LineageView::resetZoom()
{
    m_autoFit = false;
    setZoom(1.0);
}

void LineageView::fitAll()
{
    if (m_nodeItems.empty()) {
        setZoom(1.0);
        centerOn(0, 0);
        return;
    }
    const QRectF target = m_data.bounds.adjusted(-24, -24, 24, 24);
    const QRectF port = viewport()->rect();
    const double fit = std::min(port.width() / target.width(), port.height() / target.height());
    setZoom(std::min(fit, 1.0)); // never blow a small graph up
    centerOn(target.center());
}

bool LineageView::focusNode(const QString &uniqueId)
{
    const auto it = m_index.constFind(uniqueId);
    if (it == m_index.constEnd())
        return false;
    setCurrent(*it, true);
    if (zoom() < kReadableZoom) {
        m_autoFit = false;
        setZoom(1.0);
    }
    centerOn(m_nodeItems[size_t(*it)]);
    return true;
}

void LineageView::selectNode(const QString &uniqueId)
{
    const auto it = m_index.constFind(uniqueId);
    setCurrent(it == m_index.constEnd() ? -1 : *it, true);
}

void LineageView::selectNext()
{
    if (m_nodeItems.empty())
        return;
    setCurrent(m_current < 0 ? 0 : (m_current + 1) % int(m_nodeItems.size()), true);
    ensureVisible(m_nodeItems[size_t(m_current)], 40, 40);
}

void LineageView::selectPrevious()
{
    if (m_nodeItems.empty())
        return;
    const int n = int(m_nodeItems.size());
    setCurrent(m_current < 0 ? n - 1 : (m_current + n - 1) % n, true);
    ensureVisible(m_nodeItems[size_t(m_current)], 40, 40);
}

void LineageView::activateCurrent()
{
    if (m_current >= 0)
        Q_EMIT nodeActivated(m_data.nodes[size_t(m_current)].uniqueId);
}

void LineageView::setZoom(double value)
{
    const double clamped = std::clamp(value, kMinZoom, kMaxZoom);
    if (std::abs(clamped - zoom()) < 1e-9)
        return;
    setTransform(QTransform::fromScale(clamped, clamped));
    Q_EMIT zoomChanged(clamped);
}

void LineageView::setCurrent(int index, bool notify)
{
    if (index == m_current)
        return;
    if (m_current >= 0)
        m_nodeItems[size_t(m_current)]->setCurrent(false);
    m_current = index;
    if (m_current >= 0)
        m_nodeItems[size_t(m_current)]->setCurrent(true);
    applyEmphasis();
    if (!notify)
        return;
    if (m_current >= 0)
        Q_EMIT nodeSelected(m_data.nodes[size_t(m_current)].uniqueId);
    else
        Q_EMIT selectionCleared();
}

std::vector<char> LineageView::reachable(int start, bool down) const
{
    std::vector<char> seen(m_data.nodes.size(), 0);
    std::vector<int> stack {start};
    seen[size_t(start)] = 1;
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        for (const int e : down ? m_outEdges[size_t(v)] : m_inEdges[size_t(v)]) {
            const int w = down ? m_data.edges[size_t(e)].to : m_data.edges[size_t(e)].from;
            if (!seen[size_t(w)]) {
                seen[size_t(w)] = 1;
                stack.push_back(w);
            }
        }
    }
    return seen;
}

// The selection's lineage stands out and the rest fades; otherwise an active search fades what
// does not match.
void LineageView::applyEmphasis()
{
    const size_t n = m_nodeItems.size();
    if (m_current >= 0) {
        const std::vector<char> up = reachable(m_current, false);
        const std::vector<char> down = reachable(m_current, true);
        for (size_t i = 0; i < n; ++i)
            m_nodeItems[i]->setEmphasis(up[i] || down[i] ? LineageEmphasis::Normal
                                                         : LineageEmphasis::Dimmed);
        for (size_t e = 0; e < m_edgeItems.size(); ++e) {
            const auto from = size_t(m_data.edges[e].from);
            const auto to = size_t(m_data.edges[e].to);
            const bool related = (up[from] && up[to]) || (down[from] && down[to]);
            m_edgeItems[e]->setEmphasis(related ? LineageEmphasis::Related
                                                : LineageEmphasis::Dimmed);
            m_edgeItems[e]->setZValue(related ? 0.5 : 0.0);
        }
        return;
    }
    for (size_t i = 0; i < n; ++i) {
        const bool dim = m_searchActive && !m_nodeItems[i]->isMatched();
        m_nodeItems[i]->setEmphasis(dim ? LineageEmphasis::Dimmed : LineageEmphasis::Normal);
    }
    for (size_t e = 0; e < m_edgeItems.size(); ++e) {
        const auto &edge = m_data.edges[e];
        const bool dim = m_searchActive
            && (!m_nodeItems[size_t(edge.from)]->isMatched()
                || !m_nodeItems[size_t(edge.to)]->isMatched());
        m_edgeItems[e]->setEmphasis(dim ? LineageEmphasis::Dimmed : LineageEmphasis::Normal);
        m_edgeItems[e]->setZValue(0.0);
    }
}

void LineageView::restyle()
{
    m_style.update(palette(), font(),
                   QSizeF(LineageSceneOptions().nodeWidth, LineageSceneOptions().nodeHeight));
    setBackgroundBrush(palette().color(QPalette::Base));
    for (LineageNodeItem *item : m_nodeItems)
        item->update();
    for (LineageEdgeItem *item : m_edgeItems)
        item->update();
}

int LineageView::nodeAt(QPoint viewportPos) const
{
    const QList<QGraphicsItem *> hits = items(viewportPos);
    for (const QGraphicsItem *item : hits) {
        if (item->type() == LineageNodeItem::Type)
            return static_cast<const LineageNodeItem *>(item)->index();
    }
    return -1;
}

void LineageView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() != 0 && !(event->modifiers() & Qt::ShiftModifier)) {
        m_autoFit = false;
        setZoom(zoom() * std::pow(1.0015, delta.y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event); // horizontal wheel and Shift+wheel pan
}

void LineageView::keyPressEvent(QKeyEvent *event)
{
    const int step = 60;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_0:
        m_autoFit = true;
        fitAll();
        break;
    case Qt::Key_Left:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - step);
        break;
    case Qt::Key_Right:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + step);
        break;
    case Qt::Key_Up: verticalScrollBar()->setValue(verticalScrollBar()->value() - step); break;
    case Qt::Key_Down: verticalScrollBar()->setValue(verticalScrollBar()->value() + step); break;
    case Qt::Key_Return:
    case Qt::Key_Enter: activateCurrent(); break;
    case Qt::Key_Escape: setCurrent(-1, true); break;
    default: QGraphicsView::keyPressEvent(event); return;
    }
    event->accept();
}

void LineageView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event); // starts the hand drag
}

void LineageView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::LeftButton
        && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        setCurrent(nodeAt(pos), true);
}

void LineageView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int index = nodeAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || index < 0) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    setCurrent(index, true);
    activateCurrent();
    event->accept();
}

void LineageView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitAll();
}

void LineageView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        restyle();
}

bool LineageView::focusNextPrevChild(bool next)
{
    // Tab walks the nodes in reading order; past the last one, focus moves on as usual.
    if (hasFocus() && !m_nodeItems.empty()) {
        const bool atEnd = next ? m_current == int(m_nodeItems.size()) - 1 : m_current == 0;
        if (!atEnd) {
            next ? selectNext() : selectPrevious();
            return true;
        }
    }
    return QGraphicsView::focusNextPrevChild(next);
}

void LineageView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, backgroundBrush());
    if (zoom() < 0.5 || m_nodeItems.empty())
        return;
    // A faint dot grid, for a sense of space while panning.
    QColor dot = palette().color(QPalette::Text);
    dot.setAlpha(LineageStatusStyle::isDark(palette()) ? 40 : 30);
    painter->setPen(QPen(dot, 0));
    QList<QPointF> points;
    const double left = std::floor(rect.left() / kGridStep) * kGridStep;
    const double top = std::floor(rect.top() / kGridStep) * kGridStep;
    for (double x = left; x < rect.right(); x += kGridStep) {
        for (double y = top; y < rect.bottom(); y += kGridStep)
            points.append(QPointF(x, y));
    }
    painter->drawPoints(points.constData(), int(points.size()));
}

void LineageView::drawForeground(QPainter *painter, const QRectF &)
{
    if (!m_nodeItems.empty())
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    painter->restore();
}

} // namespace tidemark::ui
