#include "results/result_widgets.h"

#include "results/result_models.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

namespace tidemark::ui::results::widgets {

const char *const kGood = "#1b7f3b";
const char *const kWarn = "#b35c00";
const char *const kBad = "#b42318";
const char *const kMutedText = "#6b7280";

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString percent(double pct, int decimals)
{
    return QLocale().toString(pct, 'f', decimals) + QStringLiteral(" %");
}

double share(qint64 part, qint64 whole)
{
    return whole > 0 ? 100.0 * double(part) / double(whole) : 0.0;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.05);
    label->setFont(f);
    return label;
}

QLabel *bodyLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *banner(const QString &objectName, const QString &background, const QString &border,
               QWidget *parent)
{
    auto *label = bodyLabel(objectName, parent);
    label->setStyleSheet(
        QStringLiteral("QLabel { background: %1; border: 1px solid %2; border-radius: 4px;"
                       " padding: 8px 10px; color: #1f2328; }")
            .arg(background, border));
    label->hide();
    return label;
}

QFrame *card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("card"));
    frame->setStyleSheet(
        QStringLiteral("QFrame#card { background: palette(base); border: 1px solid #d5d9e0;"
                       " border-radius: 6px; }"));
    return frame;
}

QTableView *tableView(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    view->setShowGrid(true);
    view->setStyleSheet(QStringLiteral("QTableView { gridline-color: #e3e6ea; }"));
    return view;
}

// Columns as wide as their content plus some air, within bounds.
void fitColumns(QTableView *view, int minWidth, int maxWidth)
{
    view->resizeColumnsToContents();
    for (int c = 0; c < view->model()->columnCount(); ++c)
        view->setColumnWidth(c, std::clamp(view->columnWidth(c) + 16, minWidth, maxWidth));
}

QSortFilterProxyModel *sortProxy(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(results::SortRole);
    return proxy;
}

QString scoreColor(double score)
{
    if (score >= 99.995)
        return QLatin1String(kGood);
    if (score >= 95.0)
        return QLatin1String(kWarn);
    return QLatin1String(kBad);
}

} // namespace tidemark::ui::results::widgets
