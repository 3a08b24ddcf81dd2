#pragma once

// The Downstream tab: the models and exposures downstream of the diffed model, sortable; a
// double-click on one asks to open it.

#include "results/model_context.h"

#include <QWidget>

#include <vector>

namespace tidemark::ui::results {

class DownstreamModel;
class TablePanel;

class DownstreamTab final : public QWidget
{
    Q_OBJECT

public:
    explicit DownstreamTab(QWidget *parent = nullptr);

    void setEntries(std::vector<DownstreamEntry> entries);
    void clear() { setEntries({}); }

Q_SIGNALS:
    // A downstream model or exposure was double-clicked.
    void activated(const QString &uniqueId);

private:
    DownstreamModel *m_model = nullptr;
    TablePanel *m_table = nullptr;
};

} // namespace tidemark::ui::results
