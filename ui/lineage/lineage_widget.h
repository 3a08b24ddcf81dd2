#pragma once

// The lineage screen: a toolbar (search, zoom, "changed and downstream only"), a legend and the
// lineage view. The graph comes from the PR manifest, the statuses from the change plan; the
// layout is computed by core on a worker thread and a newer request drops an older result.

#include "dbt/change_plan.h"
#include "dbt/manifest.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolBar;

namespace tidemark::ui {

class LineageLegend;
class LineageView;
struct LineageSceneData;

class LineageWidget final : public QWidget
{
    Q_OBJECT

public:
    // From this many lineage nodes on, the graph starts restricted to what changed (until the
    // user flips the toggle).
    static constexpr int kLargeGraph = 250;

    explicit LineageWidget(QWidget *parent = nullptr);
    ~LineageWidget() override;

    // Shows the lineage of `prManifest` coloured by `plan` (a plan made against that manifest).
    // Returns at once; layoutReady() follows when the graph is on screen.
    void setPlan(std::shared_ptr<const dbt::Manifest> prManifest, dbt::ChangePlan plan);
    void clear();

    LineageView *view() const { return m_view; }
    bool changedOnly() const;
    bool isLayingOut() const { return m_pending > 0; }
    QStringList searchMatches() const { return m_matches; }

public Q_SLOTS:
    void setChangedOnly(bool changedOnly);
    // Selects and centres the node; if a layout is on its way, as soon as it is shown.
    void focusNode(const QString &uniqueId);
    // Focuses the next node matching the search text.
    void findNext();

Q_SIGNALS:
    void nodeSelected(const QString &uniqueId);
    void nodeActivated(const QString &uniqueId);
    void layoutReady();

private:
    void relayout();
    void showLayout(LineageSceneData scene);
    void updateSearch();
    void updateStatus();
    static QString matchesText(int count);

    LineageView *m_view = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_matchLabel = nullptr;
    QCheckBox *m_changedOnly = nullptr;
    LineageLegend *m_legend = nullptr;
    QLabel *m_status = nullptr;

    std::shared_ptr<const dbt::Manifest> m_manifest;
    std::shared_ptr<const dbt::ChangePlan> m_plan;
    quint64 m_generation = 0; // the newest layout request; older results are dropped
    int m_pending = 0; // layouts on their way
    bool m_userChoseFilter = false;
    QStringList m_matches;
    int m_matchCursor = -1;
    QString m_pendingFocus;
};

} // namespace tidemark::ui
