#pragma once

// The Values tab: the diff's sample rows with prod and PR side by side and the differing cells
// marked, filtered by kind. Another widget (a browser over the full tables) can take its place.

#include "diff/diff_result.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QVBoxLayout;

namespace tidemark::ui::results {

class SamplesModel;
class TablePanel;

class ValuesTab final : public QWidget
{
    Q_OBJECT

public:
    explicit ValuesTab(QWidget *parent = nullptr);

    void setResult(const diff::DiffResult &result);
    void clear();

    // Shows `widget` instead of the samples; the tab takes ownership and deletes the previous
    // replacement. nullptr brings the samples back.
    void setValuesWidget(QWidget *widget);
    // The replacement, or the samples panel when there is none.
    QWidget *valuesWidget() const;

private:
    QVBoxLayout *m_layout = nullptr;
    SamplesModel *m_model = nullptr;
    QComboBox *m_kind = nullptr;
    TablePanel *m_samples = nullptr;
    QPointer<QWidget> m_custom;
};

} // namespace tidemark::ui::results
