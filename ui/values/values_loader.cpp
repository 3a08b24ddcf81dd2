#include "values/values_loader.h"

#include "values/values_csv.h"

#include <QFileInfo>
#include <QSaveFile>

namespace tidemark::ui {

ValuesLoader::ValuesLoader(std::shared_ptr<std::atomic<quint64>> latestGeneration, QObject *parent)
    : QObject(parent)
    , m_latest(std::move(latestGeneration))
{
}

ValuesLoader::~ValuesLoader() = default;

void ValuesLoader::cancel()
{
    QMutexLocker lock(&m_mutex);
    if (m_control)
        m_control->cancel();
}

std::shared_ptr<diff::DiffControl> ValuesLoader::beginOperation()
{
    auto control = std::make_shared<diff::DiffControl>();
    QMutexLocker lock(&m_mutex);
    m_control = control;
    return control;
}

void ValuesLoader::endOperation()
{
    QMutexLocker lock(&m_mutex);
    m_control.reset();
}

void ValuesLoader::start(quint64 generation, const diff::DiffRequest &request,
                         std::optional<diff::KeyIssues> knownKeys, int previewRows)
{
    m_rows.reset();
    if (isStale(generation))
        return;
    const auto control = beginOperation();
    control->setProgressCallback([this, generation](double fraction, const QString &stage) {
        Q_EMIT progress(generation, fraction, stage);
    });
    auto finish = [this, &control, generation](const Error &error) {
        Q_EMIT failed(generation, error.message, control->isCancelled());
        endOperation();
    };
    values::DifferingRowsOptions options;
    options.knownKeyIssues = knownKeys;
    options.previewRows = previewRows;
    auto rows = values::DifferingRows::open(request, options, control.get());
    if (!rows)
        return finish(rows.error());
    m_rows = std::move(*rows);
    Q_EMIT opened(generation, m_rows->layout());
    auto preview = m_rows->preview(control.get());
    if (!preview)
        return finish(preview.error());
    Q_EMIT previewReady(generation, *preview, m_rows->isComplete());
    auto counts = m_rows->materialize(control.get());
    if (!counts)
        return finish(counts.error());
    Q_EMIT materialized(generation, *counts);
    endOperation();
}

void ValuesLoader::applyFilter(quint64 generation, const values::RowFilter &filter)
{
    if (isStale(generation) || !m_rows)
        return;
    const auto control = beginOperation();
    control->setProgressCallback([this, generation](double fraction, const QString &stage) {
        Q_EMIT progress(generation, fraction, stage);
    });
    auto rows = m_rows->setFilter(filter, control.get());
    if (rows)
        Q_EMIT filterApplied(generation, *rows);
    else
        Q_EMIT failed(generation, rows.errorMessage(), control->isCancelled());
    endOperation();
}

void ValuesLoader::fetchPage(quint64 generation, qint64 first, int count)
{
    if (isStale(generation) || !m_rows)
        return;
    auto rows = m_rows->fetch(first, count);
    if (rows)
        Q_EMIT pageReady(generation, first, *rows);
    else
        Q_EMIT failed(generation, rows.errorMessage(), false);
}

void ValuesLoader::exportCsv(quint64 generation, const QString &path, const QList<int> &compared)
{
    if (!m_rows) {
        Q_EMIT exportFinished(generation, false, 0, tr("There are no rows to export."));
        return;
    }
    const auto control = beginOperation();
    control->setProgressCallback([this, generation](double fraction, const QString &stage) {
        Q_EMIT progress(generation, fraction, stage);
    });
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Q_EMIT exportFinished(
            generation, false, 0,
            tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        endOperation();
        return;
    }
    auto written = values::writeValuesCsv(*m_rows, file, compared, control.get());
    if (!written) {
        file.cancelWriting();
        Q_EMIT exportFinished(generation, false, 0, written.errorMessage());
    } else if (!file.commit()) {
        Q_EMIT exportFinished(
            generation, false, 0,
            tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    } else {
        Q_EMIT exportFinished(
            generation, true, *written,
            tr("%n row(s) exported to %1", nullptr, int(*written)).arg(QFileInfo(path).fileName()));
    }
    endOperation();
}

void ValuesLoader::close()
{
    m_rows.reset();
}

} // namespace tidemark::ui
