#pragma once

// The Values tab's worker: lives on its own QThread and owns the DifferingRows (and so the
// database connection, opened on that thread). Requests arrive as queued calls, each with the
// generation of the model that asked; results leave by queued signals carrying that generation,
// so that the model drops what a later request made stale. Page requests of a stale generation
// are skipped. cancel() may be called from any thread and stops the running statement.

#include "diff/diff_control.h"
#include "diff/diff_engine.h"
#include "values/differing_rows.h"

#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace tidemark::ui {

using ValuesPage = std::vector<values::DifferingRow>;

class ValuesLoader final : public QObject
{
    Q_OBJECT

public:
    explicit ValuesLoader(std::shared_ptr<std::atomic<quint64>> latestGeneration,
                          QObject *parent = nullptr);
    ~ValuesLoader() override;

    // Thread-safe: stops the running materialisation, filter or export.
    void cancel();

    // Called on the loader's thread (queued).
    void start(quint64 generation, const diff::DiffRequest &request,
               std::optional<diff::KeyIssues> knownKeys, int previewRows);
    void applyFilter(quint64 generation, const values::RowFilter &filter);
    void fetchPage(quint64 generation, qint64 first, int count);
    void exportCsv(quint64 generation, const QString &path, const QList<int> &compared);
    void close(); // drops the rows and the connection

Q_SIGNALS:
    void opened(quint64 generation, const tidemark::values::ValuesLayout &layout);
    void previewReady(quint64 generation, const tidemark::ui::ValuesPage &rows, bool complete);
    void materialized(quint64 generation, const tidemark::values::KindCounts &counts);
    void filterApplied(quint64 generation, qint64 rows);
    void pageReady(quint64 generation, qint64 first, const tidemark::ui::ValuesPage &rows);
    // An operation failed; `cancelled` when cancel() stopped it.
    void failed(quint64 generation, const QString &message, bool cancelled);
    void progress(quint64 generation, double fraction, const QString &stage);
    void exportFinished(quint64 generation, bool ok, qint64 rows, const QString &message);

private:
    std::shared_ptr<diff::DiffControl> beginOperation();
    void endOperation();
    bool isStale(quint64 generation) const { return generation != m_latest->load(); }

    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<values::DifferingRows> m_rows;
    QMutex m_mutex;
    std::shared_ptr<diff::DiffControl> m_control; // of the running operation
};

} // namespace tidemark::ui

Q_DECLARE_METATYPE(tidemark::ui::ValuesPage)
Q_DECLARE_METATYPE(tidemark::values::ValuesLayout)
Q_DECLARE_METATYPE(tidemark::values::KindCounts)
