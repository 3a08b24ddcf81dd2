#pragma once

// The pull-request page's models table: one row per new, modified or impacted model of the plan,
// with what its diff found (state, Match Score, rows, changes, key issues). Raw values for sorting
// under SortRole; the model's unique_id under UniqueIdRole.

#include "review/pull_request_state.h"

#include <QAbstractTableModel>
#include <QSet>

namespace tidemark::ui {

class ModelOutcomesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ModelColumn,
        ChangeColumn,
        DiffColumn,
        MatchColumn,
        RowsColumn,
        ChangedColumn,
        OnlyProdColumn,
        OnlyPrColumn,
        KeyIssuesColumn,
        ReasonsColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, UniqueIdRole };

    explicit ModelOutcomesModel(QObject *parent = nullptr);

    void setState(const review::PullRequestState *state); // not owned; call again after it changes
    // Models whose diff is running now (shown as "Running…").
    void setRunning(const QSet<QString> &uniqueIds);
    QModelIndex indexOf(const QString &uniqueId) const;
    QString uniqueIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const dbt::PlannedModel &model, const ci::ModelOutcome *outcome,
                     int column) const;
    QVariant sortValue(const dbt::PlannedModel &model, const ci::ModelOutcome *outcome,
                       int column) const;
    QString diffText(const dbt::PlannedModel &model, const ci::ModelOutcome *outcome) const;

    const review::PullRequestState *m_state = nullptr;
    std::vector<const dbt::PlannedModel *> m_rows;
    std::vector<const ci::ModelOutcome *> m_outcomes; // per row; null when the model has none
    QSet<QString> m_running;
};

} // namespace tidemark::ui
