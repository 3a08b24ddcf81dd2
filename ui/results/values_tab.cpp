#include "results/values_tab.h"

#include "results/result_models.h"
#include "results/result_widgets.h"
#include "results/table_panel.h"

#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tidemark::ui::results {

using widgets::number;

ValuesTab::ValuesTab(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(8, 8, 8, 8);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("samplesKindCombo"));
    m_kind->addItem(tr("All samples"), QString());
    m_kind->addItem(tr("Only in prod"), QStringLiteral("exclusive_a"));
    m_kind->addItem(tr("Only in PR"), QStringLiteral("exclusive_b"));
    m_kind->addItem(tr("Changed"), QStringLiteral("updated"));
    m_model = new SamplesModel(this);
    m_samples = new TablePanel(m_model, QStringLiteral("samplesSummaryLabel"),
                               QStringLiteral("samplesView"), m_kind, this);
    m_samples->setObjectName(QStringLiteral("samplesPanel"));
    QSortFilterProxyModel *proxy = m_samples->proxy();
    proxy->setFilterRole(KindRole);
    proxy->setFilterKeyColumn(0);
    m_samples->view()->setSelectionBehavior(QAbstractItemView::SelectItems);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, proxy] {
        const QString kind = m_kind->currentData().toString();
        proxy->setFilterRegularExpression(
            kind.isEmpty() ? QRegularExpression()
                           : QRegularExpression(QLatin1Char('^') + kind + QLatin1Char('$')));
    });
    m_layout->addWidget(m_samples);
}

void ValuesTab::setResult(const diff::DiffResult &result)
{
    m_model->setResult(result);
    const auto count = [&result](const char *kind) {
        return result.samples.is_object() && result.samples.contains(kind)
                && result.samples[kind].is_array()
            ? qint64(result.samples[kind].size())
            : qint64(0);
    };
    m_samples->setSummary(tr("Samples: %1 of %2 rows only in prod, %3 of %4 rows only in PR, "
                             "%5 of %6 changed rows. Differing "
                             "cells are marked: prod in red, PR in green.")
                              .arg(number(count("exclusive_a")), number(result.rows.exclusiveA),
                                   number(count("exclusive_b")), number(result.rows.exclusiveB),
                                   number(count("updated")), number(result.rows.updated)),
                          60, 280);
}

void ValuesTab::clear()
{
    m_model->setResult({});
    m_samples->summary()->clear();
}

void ValuesTab::setValuesWidget(QWidget *widget)
{
    if (widget == m_custom)
        return;
    if (m_custom) {
        m_layout->removeWidget(m_custom);
        m_custom->hide();
        m_custom->deleteLater();
    }
    m_custom = widget;
    if (widget) {
        m_samples->hide();
        widget->setParent(this);
        m_layout->addWidget(widget);
        widget->show();
    } else {
        m_samples->show();
    }
}

QWidget *ValuesTab::valuesWidget() const
{
    return m_custom ? m_custom.data() : m_samples;
}

} // namespace tidemark::ui::results
