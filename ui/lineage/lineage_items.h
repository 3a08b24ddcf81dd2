#pragma once

// The graphics items of the lineage view: a node box and an edge curve. They draw from one shared
// style (colours and fonts taken from the view's palette) and simplify themselves when zoomed out.

#include "lineage/lineage_scene_data.h"

#include <QFont>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPalette>
#include <QPolygonF>

namespace tidemark::ui {

struct LineageItemStyle
{
    QColor fills[kLineageStatusCount];
    QColor borders[kLineageStatusCount];
    QColor text;
    QColor subtleText;
    QColor edge;
    QColor edgeDimmed;
    QColor highlight;
    QColor searchMatch;
    QColor cycle;
    QFont nameFont;
    QFont subtitleFont;
    QPainterPath box; // a node's rounded box at the origin
    QPainterPath stripe; // its coloured left edge
    QSizeF nodeSize;
    int generation = 0; // bumped on every update, so that items drop cached text

    void update(const QPalette &palette, const QFont &font, QSizeF size);
};

enum class LineageEmphasis { Normal, Related, Dimmed };

class LineageNodeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 101 };

    LineageNodeItem(const LineageNodeData &data, int index, const LineageItemStyle *style);

    int type() const override { return Type; }
    int index() const { return m_index; }
    const LineageNodeData &data() const { return m_data; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setEmphasis(LineageEmphasis emphasis);
    LineageEmphasis emphasis() const { return m_emphasis; }
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    void setMatched(bool matched);
    bool isMatched() const { return m_matched; }

private:
    const LineageNodeData &m_data;
    const int m_index;
    const LineageItemStyle *m_style;
    LineageEmphasis m_emphasis = LineageEmphasis::Normal;
    bool m_current = false;
    bool m_matched = false;
    int m_textGeneration = -1;
    QString m_elidedName;
    QString m_elidedSubtitle;
};

class LineageEdgeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 102 };

    LineageEdgeItem(const LineageEdgeData &data, double columnWidth, const LineageItemStyle *style);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return m_path; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setEmphasis(LineageEmphasis emphasis);

private:
    const LineageItemStyle *m_style;
    QPainterPath m_path;
    QPolygonF m_polyline; // the same route, straight, for far-away zoom levels
    QPointF m_head;
    QRectF m_bounds;
    bool m_reversed = false;
    LineageEmphasis m_emphasis = LineageEmphasis::Normal;
};

} // namespace tidemark::ui
