#pragma once

// The legend under the lineage toolbar: one swatch per status with its count in the graph shown.

#include "lineage/lineage_status.h"

#include <QWidget>

#include <array>

class QLabel;

namespace tidemark::ui {

class LineageLegend final : public QWidget
{
    Q_OBJECT

public:
    explicit LineageLegend(QWidget *parent = nullptr);

    void setCounts(const int (&counts)[kLineageStatusCount]);
    QString entryText(LineageStatus status) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshSwatches();

    std::array<QLabel *, kLineageStatusCount> m_swatches {};
    std::array<QLabel *, kLineageStatusCount> m_labels {};
};

} // namespace tidemark::ui
