#include "lineage/lineage_legend.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace tidemark::ui {

LineageLegend::LineageLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("lineageLegend"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (int i = 0; i < kLineageStatusCount; ++i) {
        const auto status = LineageStatus(i);
        m_swatches[size_t(i)] = new QLabel(this);
        m_labels[size_t(i)] = new QLabel(LineageStatusStyle::name(status), this);
        m_labels[size_t(i)]->setObjectName(QStringLiteral("legend_%1").arg(i));
        m_swatches[size_t(i)]->setToolTip(LineageStatusStyle::description(status));
        m_labels[size_t(i)]->setToolTip(LineageStatusStyle::description(status));
        layout->addWidget(m_swatches[size_t(i)]);
        layout->addWidget(m_labels[size_t(i)]);
        layout->addSpacing(10);
    }
    layout->addStretch(1);
    refreshSwatches();
}

void LineageLegend::setCounts(const int (&counts)[kLineageStatusCount])
{
    for (int i = 0; i < kLineageStatusCount; ++i)
        m_labels[size_t(i)]->setText(
            tr("%1 %2").arg(LineageStatusStyle::name(LineageStatus(i))).arg(counts[i]));
}

QString LineageLegend::entryText(LineageStatus status) const
{
    return m_labels[size_t(status)]->text();
}

void LineageLegend::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshSwatches();
}

void LineageLegend::refreshSwatches()
{
    const qreal ratio = devicePixelRatioF();
    const QSize size(16, 12);
    for (int i = 0; i < kLineageStatusCount; ++i) {
        const auto status = LineageStatus(i);
        QPixmap pixmap(size * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QPen pen(LineageStatusStyle::color(status), 1.4);
        if (status == LineageStatus::NotDiffed)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(LineageStatusStyle::fill(status, palette()));
        painter.drawRoundedRect(QRectF(0.7, 0.7, size.width() - 1.4, size.height() - 1.4), 3, 3);
        painter.fillRect(QRectF(0.7, 0.7, 3, size.height() - 1.4),
                         LineageStatusStyle::color(status));
        painter.end();
        m_swatches[size_t(i)]->setPixmap(pixmap);
    }
}

} // namespace tidemark::ui
