#pragma once

// The Values tab's table: one row per differing row (after the filter), columns kind, the key
// columns, then each compared column twice, production's value beside the PR's. Rows are served
// from a small cache of pages (at most MaxCachedPages pages of PageSize rows, least recently used
// dropped first), so the memory does not depend on the number of rows; a missing page is asked of
// the ValuesLoader on its own thread and shows a placeholder until it arrives. A generation
// counter, raised by every new request and filter, drops the pages that arrive stale.

#include "values/values_loader.h"

#include "diff/diff_engine.h"
#include "values/differing_rows.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace tidemark::ui {

class ValuesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RawValueRole
        = Qt::UserRole + 1, // the value as the database returned it (invalid: NULL/absent)
        DiffersRole, // bool: this cell's value differs between production and PR
        KindRole, // int: values::RowKind of the row
        LoadedRole, // bool: the row's page is in the cache
        ComparedColumnRole, // int: index of the compared column (-1: kind or key)
    };
    // Loading: finding the first rows; Previewing: the first rows shown, finding the rest; Ready:
    // every row stored, counts and filters available; Stopped: cancelled (the rows found stay).
    enum class State { Empty, Loading, Previewing, Ready, Filtering, Stopped, Failed };
    Q_ENUM(State)
    static constexpr int PageSize = 256;
    static constexpr int MaxCachedPages = 20;

    explicit ValuesModel(QObject *parent = nullptr);
    ~ValuesModel() override;

    // Starts browsing a same-connection diff (cancels what runs). With the diff's key issues
    // (DiffResult::primaryKey), the duplicated-key check is skipped.
    void setRequest(const diff::DiffRequest &request,
                    std::optional<diff::KeyIssues> knownKeys = std::nullopt);
    void setFilter(const values::RowFilter &filter);
    void cancel();
    // Writes the rows the filter lets through to `path` (on the loader's thread); `compared`:
    // indexes of the compared columns to include (empty: all). exportFinished() tells the end.
    void exportCsv(const QString &path, const QList<int> &compared = {});

    State state() const { return m_state; }
    bool isBusy() const;
    bool isExporting() const { return m_exporting; }
    const values::ValuesLayout &layout() const { return m_layout; }
    const values::KindCounts &counts() const { return m_counts; }
    const values::RowFilter &filter() const { return m_filter; }
    QString errorMessage() const { return m_error; }
    bool isRowLoaded(int row) const;
    int cachedPageCount() const { return int(m_pages.size()); }
    // The compared column a model column shows (-1: kind or key), and whether it is PR's side.
    int comparedColumn(int column, bool *prSide = nullptr) const;
    int firstComparedModelColumn() const { return 1 + int(m_layout.keyColumns.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void stateChanged(tidemark::ui::ValuesModel::State state);
    void progress(double fraction, const QString &stage);
    void countsChanged();
    void pageLoaded(qint64 first, int count);
    void failed(const QString &message);
    void exportFinished(bool ok, qint64 rows, const QString &message);

private:
    struct CachedPage
    {
        ValuesPage rows;
        quint64 lastUse = 0;
    };

    void setState(State state);
    quint64 nextGeneration();
    void clearCache();
    const values::DifferingRow *rowAt(int row) const;
    void requestPage(qint64 page) const;
    void storePage(qint64 first, const ValuesPage &rows);

    void onOpened(quint64 generation, const values::ValuesLayout &layout);
    void onPreview(quint64 generation, const ValuesPage &rows, bool complete);
    void onMaterialized(quint64 generation, const values::KindCounts &counts);
    void onFilterApplied(quint64 generation, qint64 rows);
    void onPage(quint64 generation, qint64 first, const ValuesPage &rows);
    void onFailed(quint64 generation, const QString &message, bool cancelled);
    void onProgress(quint64 generation, double fraction, const QString &stage);

    QThread *m_thread = nullptr;
    ValuesLoader *m_loader = nullptr; // lives on m_thread
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    State m_state = State::Empty;
    bool m_exporting = false;
    QString m_error;
    values::ValuesLayout m_layout;
    values::KindCounts m_counts;
    values::RowFilter m_filter;
    int m_rows = 0;
    mutable QHash<qint64, CachedPage> m_pages; // by page number
    mutable QSet<qint64> m_pending;
    mutable quint64 m_useClock = 0;
};

} // namespace tidemark::ui
