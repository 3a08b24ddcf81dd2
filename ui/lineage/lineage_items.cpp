#include "lineage/lineage_items.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace tidemark::ui {

namespace {

constexpr double kRadius = 6.0;
constexpr double kStripe = 5.0;
constexpr double kRing = 4.0; // room around a box for the selection and search rings

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

void LineageItemStyle::update(const QPalette &palette, const QFont &font, QSizeF size)
{
    const bool dark = LineageStatusStyle::isDark(palette);
    for (int i = 0; i < kLineageStatusCount; ++i) {
        const auto status = LineageStatus(i);
        fills[i] = LineageStatusStyle::fill(status, palette);
        borders[i] = LineageStatusStyle::color(status);
    }
    text = palette.color(QPalette::Text);
    subtleText = palette.color(QPalette::PlaceholderText);
    edge = withAlpha(text, dark ? 120 : 105);
    edgeDimmed = withAlpha(text, 28);
    highlight = palette.color(QPalette::Highlight);
    searchMatch = QColor(0xf5, 0xb7, 0x00);
    cycle = QColor(0xd1, 0x24, 0x2f);
    nameFont = font;
    nameFont.setBold(true);
    subtitleFont = font;
    subtitleFont.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.85 : 8.0);
    nodeSize = size;
    box = QPainterPath();
    box.addRoundedRect(QRectF(QPointF(0, 0), size), kRadius, kRadius);
    QPainterPath left;
    left.addRect(QRectF(0, 0, kStripe, size.height()));
    stripe = box.intersected(left);
    ++generation;
}

LineageNodeItem::LineageNodeItem(const LineageNodeData &data, int index,
                                 const LineageItemStyle *style)
    : m_data(data)
    , m_index(index)
    , m_style(style)
{
    setPos(data.rect.topLeft());
    setToolTip(data.toolTip);
    setZValue(1);
}

QRectF LineageNodeItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_data.rect.size()).adjusted(-kRing, -kRing, kRing, kRing);
}

void LineageNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const LineageItemStyle &s = *m_style;
    const int status = int(m_data.status);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF box(QPointF(0, 0), m_data.rect.size());
    // The view does not save the painter's state around items: set everything that is used.
    painter->setOpacity(m_emphasis == LineageEmphasis::Dimmed ? 0.22 : 1.0);

    if (lod < 0.3) { // far away: flat boxes, no text
        painter->fillRect(box,
                          m_current       ? s.highlight
                              : m_matched ? s.searchMatch
                                          : s.borders[status]);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (m_current || m_matched) {
        QPen ring(m_current ? s.highlight : s.searchMatch, 3.0);
        painter->setPen(ring);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box.adjusted(-2.5, -2.5, 2.5, 2.5), kRadius + 2, kRadius + 2);
    }
    QPen border(s.borders[status], m_data.status == LineageStatus::Unchanged ? 1.0 : 1.4);
    if (m_data.status == LineageStatus::NotDiffed)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(s.fills[status]);
    painter->drawPath(s.box);
    painter->fillPath(s.stripe, s.borders[status]);

    if (lod < 0.45)
        return;
    const double left = kStripe + 8.0;
    const double width = box.width() - left - 8.0;
    if (m_textGeneration != s.generation) {
        m_textGeneration = s.generation;
        m_elidedName = QFontMetricsF(s.nameFont).elidedText(m_data.name, Qt::ElideMiddle, width);
        m_elidedSubtitle
            = QFontMetricsF(s.subtitleFont).elidedText(m_data.subtitle, Qt::ElideRight, width);
    }
    painter->setPen(s.text);
    painter->setFont(s.nameFont);
    if (lod < 0.7) {
        painter->drawText(QRectF(left, 0, width, box.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          m_elidedName);
        return;
    }
    const double half = box.height() / 2.0;
    painter->drawText(QRectF(left, 3, width, half - 1), Qt::AlignLeft | Qt::AlignBottom,
                      m_elidedName);
    painter->setPen(s.subtleText);
    painter->setFont(s.subtitleFont);
    painter->drawText(QRectF(left, half + 1, width, half - 4), Qt::AlignLeft | Qt::AlignTop,
                      m_elidedSubtitle);
}

void LineageNodeItem::setEmphasis(LineageEmphasis emphasis)
{
    if (m_emphasis != emphasis) {
        m_emphasis = emphasis;
        update();
    }
}

void LineageNodeItem::setCurrent(bool current)
{
    if (m_current != current) {
        m_current = current;
        update();
    }
}

void LineageNodeItem::setMatched(bool matched)
{
    if (m_matched != matched) {
        m_matched = matched;
        update();
    }
}

LineageEdgeItem::LineageEdgeItem(const LineageEdgeData &data, double columnWidth,
                                 const LineageItemStyle *style)
    : m_style(style)
    , m_reversed(data.reversed)
{
    // S-curves between columns; straight runs through the columns a long edge passes.
    const auto &points = data.points;
    if (points.size() >= 2) {
        m_path.moveTo(points.front());
        QPointF at = points.front();
        auto curveTo = [this, &at](QPointF to) {
            const double midX = (at.x() + to.x()) / 2.0;
            m_path.cubicTo(QPointF(midX, at.y()), QPointF(midX, to.y()), to);
            at = to;
        };
        for (size_t i = 1; i + 1 < points.size(); ++i) {
            curveTo(QPointF(points[i].x() - columnWidth / 2.0, points[i].y()));
            at = QPointF(points[i].x() + columnWidth / 2.0, points[i].y());
            m_path.lineTo(at);
        }
        curveTo(points.back());
        m_head = points.back();
        m_polyline = QPolygonF(QList<QPointF>(points.begin(), points.end()));
    }
    m_bounds = m_path.controlPointRect().adjusted(-8, -8, 8, 8);
    setZValue(0);
    setAcceptedMouseButtons(Qt::NoButton);
}

void LineageEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const LineageItemStyle &s = *m_style;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QColor color = m_emphasis == LineageEmphasis::Related ? s.highlight
        : m_emphasis == LineageEmphasis::Dimmed           ? s.edgeDimmed
                                                          : s.edge;
    if (m_reversed && m_emphasis != LineageEmphasis::Dimmed)
        color = s.cycle;
    QPen pen(color, m_emphasis == LineageEmphasis::Related ? 2.2 : 1.2);
    if (lod < 0.3)
        pen.setWidthF(0); // cosmetic: one pixel whatever the zoom
    if (m_reversed)
        pen.setStyle(Qt::DashLine);
    painter->setOpacity(1.0);
    painter->setPen(pen);
    if (lod < 0.3) { // far away: the polyline reads the same and costs a fraction of the curves
        painter->setRenderHint(QPainter::Antialiasing, false);
        if (lod < 0.08 && m_polyline.size() > 2) // a whole project on screen: ends joined
            painter->drawLine(m_polyline.constFirst(), m_polyline.constLast());
        else
            painter->drawPolyline(m_polyline);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    if (lod >= 0.45 && !m_reversed) {
        QPainterPath arrow;
        arrow.moveTo(m_head);
        arrow.lineTo(m_head + QPointF(-8, -4));
        arrow.lineTo(m_head + QPointF(-8, 4));
        arrow.closeSubpath();
        painter->fillPath(arrow, color);
    }
}

void LineageEdgeItem::setEmphasis(LineageEmphasis emphasis)
{
    if (m_emphasis != emphasis) {
        m_emphasis = emphasis;
        update();
    }
}

} // namespace tidemark::ui
