#pragma once

// The pull requests of the selected integration: a filterable table of open PRs with their last
// Tidemark check; Enter or a double-click opens one.

#include "pull_requests/pull_request_list_model.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tidemark::ui {

class PullRequestListPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PullRequestListPage(QWidget *parent = nullptr);

    PullRequestListModel *model() const { return m_model; }
    void setIntegrationName(const QString &name);
    void setEntries(std::vector<PullRequestEntry> entries);
    void setBusy(const QString &message); // empty: not busy
    void setError(const QString &message);

Q_SIGNALS:
    void pullRequestActivated(int number);
    void refreshRequested();

private:
    void activate(const QModelIndex &proxyIndex);

    PullRequestListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_status;
    QLineEdit *m_filter;
    QPushButton *m_refresh;
    QProgressBar *m_busy;
    QTableView *m_view;
};

} // namespace tidemark::ui
