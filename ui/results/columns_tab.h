#pragma once

// The Columns tab: every column of both sides with its schema change and how many of its values
// differ, sortable, under a line that counts them.

#include "diff/diff_result.h"

#include <QWidget>

namespace tidemark::ui::results {

class ColumnsModel;
class TablePanel;

class ColumnsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit ColumnsTab(QWidget *parent = nullptr);

    void setResult(const diff::DiffResult &result);
    void clear();

private:
    ColumnsModel *m_model = nullptr;
    TablePanel *m_table = nullptr;
};

} // namespace tidemark::ui::results
