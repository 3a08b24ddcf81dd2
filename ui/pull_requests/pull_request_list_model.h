#pragma once

// The open pull requests of an integration with their last Tidemark run (check state and when),
// one row each; raw values under SortRole.

#include "git/code_host.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <vector>

namespace tidemark::ui {

struct PullRequestEntry
{
    git::PullRequest pullRequest;
    QString checkState; // of the last run: success | failure | pending | skipped; empty: never run
    QString checkDescription;
    QDateTime lastRun; // UTC; null: never run
};

class PullRequestListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        TitleColumn,
        AuthorColumn,
        BranchColumn,
        CheckColumn,
        LastRunColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, NumberRole };

    explicit PullRequestListModel(QObject *parent = nullptr);

    void setEntries(std::vector<PullRequestEntry> entries);
    const std::vector<PullRequestEntry> &entries() const { return m_entries; }
    const PullRequestEntry *entry(int number) const;
    // The last run's check, after a run finished.
    void updateCheck(int number, const QString &checkState, const QString &description,
                     const QDateTime &when);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString checkText(const QString &checkState);

private:
    std::vector<PullRequestEntry> m_entries;
};

} // namespace tidemark::ui
