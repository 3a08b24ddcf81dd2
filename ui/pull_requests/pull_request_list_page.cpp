#include "pull_requests/pull_request_list_page.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tidemark::ui {

PullRequestListPage::PullRequestListPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new PullRequestListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("pullRequestListPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PullRequestListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pullRequestListTitle"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    m_title->setFont(font);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("pullRequestFilter"));
    m_filter->setPlaceholderText(tr("Filter by number, title, author, branch or check\u2026"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshPullRequests"));
    m_refresh->setToolTip(tr("Fetch the open pull requests again (F5)"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QPushButton::clicked, this, &PullRequestListPage::refreshRequested);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pullRequestStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("pullRequestTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PullRequestListModel::NumberColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(PullRequestListModel::TitleColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    connect(m_view, &QTableView::activated, this, &PullRequestListPage::activate);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_busy);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_filter);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
}

void PullRequestListPage::setIntegrationName(const QString &name)
{
    m_title->setText(tr("Pull requests \u2014 %1").arg(name));
}

void PullRequestListPage::setEntries(std::vector<PullRequestEntry> entries)
{
    const bool empty = entries.empty();
    m_model->setEntries(std::move(entries));
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(PullRequestListModel::TitleColumn,
                                                     QHeaderView::Stretch);
    m_status->setText(empty ? tr("No open pull requests.") : QString());
    m_status->setVisible(empty);
    if (!empty && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void PullRequestListPage::setBusy(const QString &message)
{
    m_busy->setVisible(!message.isEmpty());
    m_refresh->setEnabled(message.isEmpty());
    if (!message.isEmpty()) {
        m_status->setText(message);
        m_status->show();
    }
}

void PullRequestListPage::setError(const QString &message)
{
    setBusy({});
    m_status->setText(
        tr("<b>Could not list the pull requests.</b> %1").arg(message.toHtmlEscaped()));
    m_status->show();
}

void PullRequestListPage::activate(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    Q_EMIT pullRequestActivated(
        m_proxy->data(proxyIndex, PullRequestListModel::NumberRole).toInt());
}

} // namespace tidemark::ui
