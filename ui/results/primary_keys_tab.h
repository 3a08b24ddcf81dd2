#pragma once

// The Primary keys tab: the key that matched the rows, how it was found, and its NULL and
// duplicated values on each side, with what they cost the comparison.

#include "diff/diff_result.h"
#include "results/model_context.h"

#include <QWidget>

class QLabel;

namespace tidemark::ui::results {

class PrimaryKeysTab final : public QWidget
{
    Q_OBJECT

public:
    explicit PrimaryKeysTab(QWidget *parent = nullptr);

    // The key columns and their rule come from `context` when the plan found them.
    void setResult(const diff::DiffResult &result, const ModelContext &context);
    void clear();

private:
    QLabel *m_headline = nullptr;
    QLabel *m_columns = nullptr;
    QLabel *m_rule = nullptr;
    QLabel *m_issueValues[6] = {}; // nullA, nullB, duplicateA, duplicateB, duplicateRowsA/B
};

} // namespace tidemark::ui::results
