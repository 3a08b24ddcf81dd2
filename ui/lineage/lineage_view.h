#pragma once

// The lineage DAG on a QGraphicsView: node boxes coloured by status, edges as curves. Wheel to
// zoom, drag to pan, click to select (its upstream and downstream light up), double-click or Enter
// to activate. Keys: + and - zoom, 0 fits, arrows pan, Tab and Shift+Tab walk the nodes, Escape
// clears the selection.

#include "lineage/lineage_items.h"
#include "lineage/lineage_scene_data.h"

#include <QGraphicsView>
#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace tidemark::ui {

class LineageView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit LineageView(QWidget *parent = nullptr);
    ~LineageView() override;

    // Replaces what is drawn and fits it into the view.
    void setSceneData(LineageSceneData incoming);
    void clear();
    const LineageSceneData &sceneData() const { return m_data; }

    int nodeCount() const { return int(m_nodeItems.size()); }
    int edgeCount() const { return int(m_edgeItems.size()); }
    bool hasNode(const QString &uniqueId) const { return m_index.contains(uniqueId); }
    std::optional<LineageStatus> statusOf(const QString &uniqueId) const;
    QColor fillOf(const QString &uniqueId) const; // the box's fill as drawn
    QColor borderOf(const QString &uniqueId) const; // the box's border (the status colour)
    QRectF nodeRect(const QString &uniqueId) const; // scene coordinates; null if absent
    QString currentNode() const; // empty when nothing is selected
    QStringList relatedNodes() const; // the current node's upstream and downstream
    double zoom() const;

    // Nodes whose name or unique_id contains `text` (case-insensitive), in reading order.
    QStringList findNodes(const QString &text) const;
    // Marks search matches; with `active`, the nodes that do not match are dimmed.
    void setMatches(const QStringList &uniqueIds, bool active);

    void setPlaceholderText(const QString &text);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitAll();
    // Selects the node, lights up its lineage and centres it (zooming in to a readable size).
    bool focusNode(const QString &uniqueId);
    // Selects the node without moving the view; an empty or unknown id clears the selection.
    void selectNode(const QString &uniqueId);
    void selectNext();
    void selectPrevious();
    void activateCurrent();

Q_SIGNALS:
    void nodeSelected(const QString &uniqueId);
    void selectionCleared();
    void nodeActivated(const QString &uniqueId);
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void setZoom(double zoom);
    void setCurrent(int index, bool notify);
    void applyEmphasis();
    void restyle();
    int nodeAt(QPoint viewportPos) const;
    std::vector<char> reachable(int start, bool down) const;

    QGraphicsScene *m_scene = nullptr;
    LineageSceneData m_data;
    LineageItemStyle m_style;
    std::vector<LineageNodeItem *> m_nodeItems; // parallel to m_data.nodes
    std::vector<LineageEdgeItem *> m_edgeItems; // parallel to m_data.edges
    std::vector<std::vector<int>> m_outEdges; // per node: edges to its children
    std::vector<std::vector<int>> m_inEdges; // per node: edges from its parents
    QHash<QString, int> m_index;
    int m_current = -1;
    bool m_searchActive = false;
    bool m_autoFit = true; // refit on resize until the user zooms
    QPoint m_pressPos;
    QString m_placeholder;
};

} // namespace tidemark::ui
