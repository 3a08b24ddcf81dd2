#include "values/values_model.h"

#include "values/values_csv.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QThread>

#include <climits>

namespace tidemark::ui {

namespace {

// Translucent, so that they read on light and dark palettes alike.
QColor differingColor()
{
    return QColor(255, 170, 0, 110);
}

QColor kindColor(values::RowKind kind)
{
    switch (kind) {
    case values::RowKind::OnlyInA: return QColor(230, 60, 60, 90);
    case values::RowKind::OnlyInB: return QColor(40, 180, 80, 90);
    case values::RowKind::Changed: return differingColor();
    }
    return {};
}

int clampRows(qint64 rows)
{
    return int(std::min<qint64>(rows, INT_MAX));
}

} // namespace

ValuesModel::ValuesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<ValuesPage>();
    qRegisterMetaType<values::ValuesLayout>();
    qRegisterMetaType<values::KindCounts>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("tidemark-values-loader"));
    m_loader = new ValuesLoader(m_latest);
    m_loader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &ValuesLoader::opened, this, &ValuesModel::onOpened);
    connect(m_loader, &ValuesLoader::previewReady, this, &ValuesModel::onPreview);
    connect(m_loader, &ValuesLoader::materialized, this, &ValuesModel::onMaterialized);
    connect(m_loader, &ValuesLoader::filterApplied, this, &ValuesModel::onFilterApplied);
    connect(m_loader, &ValuesLoader::pageReady, this, &ValuesModel::onPage);
    connect(m_loader, &ValuesLoader::failed, this, &ValuesModel::onFailed);
    connect(m_loader, &ValuesLoader::progress, this, &ValuesModel::onProgress);
    connect(m_loader, &ValuesLoader::exportFinished, this,
            [this](quint64, bool ok, qint64 rows, const QString &message) {
                m_exporting = false;
                Q_EMIT exportFinished(ok, rows, message);
            });
    m_thread->start();
}

ValuesModel::~ValuesModel()
{
    m_latest->store(~quint64(0)); // every queued request is stale now
    m_loader->cancel();
    ValuesLoader *loader = m_loader;
    QMetaObject::invokeMethod(
        m_loader, [loader] { loader->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

quint64 ValuesModel::nextGeneration()
{
    m_generation = m_latest->load() + 1;
    m_latest->store(m_generation);
    m_pending.clear();
    return m_generation;
}

void ValuesModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool ValuesModel::isBusy() const
{
    return m_exporting || m_state == State::Loading || m_state == State::Previewing
        || m_state == State::Filtering;
}

void ValuesModel::clearCache()
{
    m_pages.clear();
    m_pending.clear();
}

void ValuesModel::setRequest(const diff::DiffRequest &request,
                             std::optional<diff::KeyIssues> knownKeys)
{
    m_loader->cancel();
    const quint64 generation = nextGeneration();
    beginResetModel();
    clearCache();
    m_layout = {};
    m_counts = {};
    m_filter = {};
    m_rows = 0;
    m_error.clear();
    endResetModel();
    setState(State::Loading);
    Q_EMIT countsChanged();
    ValuesLoader *loader = m_loader;
    QMetaObject::invokeMethod(
        m_loader,
        [loader, generation, request, knownKeys] {
            loader->start(generation, request, knownKeys, PageSize);
        },
        Qt::QueuedConnection);
}

void ValuesModel::setFilter(const values::RowFilter &filter)
{
    if (filter == m_filter || (m_state != State::Ready && m_state != State::Filtering))
        return;
    m_loader->cancel(); // a filter still being built
    const quint64 generation = nextGeneration();
    m_filter = filter;
    beginResetModel();
    clearCache();
    m_rows = 0;
    endResetModel();
    setState(State::Filtering);
    ValuesLoader *loader = m_loader;
    QMetaObject::invokeMethod(
        m_loader, [loader, generation, filter] { loader->applyFilter(generation, filter); },
        Qt::QueuedConnection);
}

void ValuesModel::cancel()
{
    m_loader->cancel();
}

void ValuesModel::exportCsv(const QString &path, const QList<int> &compared)
{
    if (m_exporting)
        return;
    m_exporting = true;
    ValuesLoader *loader = m_loader;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        m_loader,
        [loader, generation, path, compared] { loader->exportCsv(generation, path, compared); },
        Qt::QueuedConnection);
}

void ValuesModel::onOpened(quint64 generation, const values::ValuesLayout &layout)
{
    if (generation != m_generation)
        return;
    beginResetModel();
    m_layout = layout;
    endResetModel();
}

void ValuesModel::onPreview(quint64 generation, const ValuesPage &rows, bool complete)
{
    if (generation != m_generation)
        return;
    if (!rows.empty()) {
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_rows = int(rows.size());
        storePage(0, rows);
        endInsertRows();
        Q_EMIT pageLoaded(0, int(rows.size()));
    }
    if (!complete)
        setState(State::Previewing);
}

void ValuesModel::onMaterialized(quint64 generation, const values::KindCounts &counts)
{
    if (generation != m_generation)
        return;
    m_counts = counts;
    const int total = clampRows(counts.total());
    if (total > m_rows) {
        beginInsertRows({}, m_rows, total - 1);
        m_rows = total;
        endInsertRows();
    }
    setState(State::Ready);
    Q_EMIT countsChanged();
}

void ValuesModel::onFilterApplied(quint64 generation, qint64 rows)
{
    if (generation != m_generation)
        return;
    if (rows > 0) {
        beginInsertRows({}, 0, clampRows(rows) - 1);
        m_rows = clampRows(rows);
        endInsertRows();
    }
    setState(State::Ready);
    Q_EMIT countsChanged();
}

void ValuesModel::onPage(quint64 generation, qint64 first, const ValuesPage &rows)
{
    if (generation != m_generation)
        return;
    m_pending.remove(first / PageSize);
    if (rows.empty())
        return;
    storePage(first, rows);
    const int last = std::min(m_rows, int(first) + int(rows.size())) - 1;
    if (last >= int(first))
        Q_EMIT dataChanged(index(int(first), 0), index(last, columnCount() - 1));
    Q_EMIT pageLoaded(first, int(rows.size()));
}

void ValuesModel::onFailed(quint64 generation, const QString &message, bool cancelled)
{
    if (generation != m_generation)
        return;
    m_pending.clear();
    const bool wasFiltering = m_state == State::Filtering;
    m_error = message;
    if (cancelled && wasFiltering) {
        // Back to every row (no filter table needed).
        const quint64 next = nextGeneration();
        m_filter = {};
        ValuesLoader *loader = m_loader;
        QMetaObject::invokeMethod(
            m_loader, [loader, next] { loader->applyFilter(next, {}); }, Qt::QueuedConnection);
        Q_EMIT countsChanged();
        return;
    }
    setState(cancelled ? State::Stopped : State::Failed);
    Q_EMIT failed(message);
}

void ValuesModel::onProgress(quint64 generation, double fraction, const QString &stage)
{
    if (generation == m_generation)
        Q_EMIT progress(fraction, stage);
}

void ValuesModel::storePage(qint64 first, const ValuesPage &rows)
{
    const qint64 page = first / PageSize;
    m_pages.insert(page, CachedPage {rows, ++m_useClock});
    while (m_pages.size() > MaxCachedPages) {
        auto oldest = m_pages.end();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it.key() != page && (oldest == m_pages.end() || it->lastUse < oldest->lastUse))
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

void ValuesModel::requestPage(qint64 page) const
{
    if (m_pending.contains(page))
        return;
    m_pending.insert(page);
    ValuesLoader *loader = m_loader;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        m_loader,
        [loader, generation, page] { loader->fetchPage(generation, page * PageSize, PageSize); },
        Qt::QueuedConnection);
}

const values::DifferingRow *ValuesModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const qint64 page = row / PageSize;
    const auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        requestPage(page);
        return nullptr;
    }
    it->lastUse = ++m_useClock;
    const size_t offset = size_t(row % PageSize);
    return offset < it->rows.size() ? &it->rows[offset] : nullptr;
}

bool ValuesModel::isRowLoaded(int row) const
{
    if (row < 0 || row >= m_rows)
        return false;
    const auto it = m_pages.constFind(row / PageSize);
    return it != m_pages.constEnd() && size_t(row % PageSize) < it->rows.size();
}

int ValuesModel::comparedColumn(int column, bool *prSide) const
{
    const int first = firstComparedModelColumn();
    if (column < first)
        return -1;
    if (prSide)
        *prSide = (column - first) % 2 == 1;
    return (column - first) / 2;
}

int ValuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ValuesModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || (m_layout.keyColumns.isEmpty() && m_layout.comparedColumns.isEmpty()))
        return 0;
    return 1 + int(m_layout.keyColumns.size()) + 2 * int(m_layout.comparedColumns.size());
}

QVariant ValuesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.column() >= columnCount())
        return {};
    const int column = index.column();
    bool pr = false;
    const int compared = comparedColumn(column, &pr);
    if (role == ComparedColumnRole)
        return compared;
    if (role == LoadedRole)
        return isRowLoaded(index.row());
    const values::DifferingRow *row = rowAt(index.row());
    if (!row) {
        if (role == Qt::DisplayRole)
            return column == 0 ? tr("Loading\u2026") : QString();
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(128, 128, 128));
        return {};
    }
    const bool isKind = column == 0;
    const bool isKey = !isKind && compared < 0;
    const bool absent = compared >= 0
        && ((pr && row->kind == values::RowKind::OnlyInA)
            || (!pr && row->kind == values::RowKind::OnlyInB));
    QVariant raw;
    if (isKind)
        raw = int(row->kind);
    else if (isKey)
        raw = row->key.value(column - 1);
    else
        raw = pr ? row->b.value(compared) : row->a.value(compared);
    const bool differs = compared >= 0 && row->differs.value(compared);
    const bool null = !isKind && !absent && (!raw.isValid() || raw.isNull());

    switch (role) {
    case Qt::DisplayRole:
        if (isKind)
            return values::kindLabel(row->kind);
        if (absent)
            return QString();
        if (null)
            return QStringLiteral("NULL");
        return values::valueText(raw);
    case Qt::ToolTipRole:
        if (isKind)
            return values::kindLabel(row->kind);
        if (differs) {
            return tr("Production: %1\nPR: %2")
                .arg(row->a.value(compared).isValid() ? values::valueText(row->a.value(compared))
                                                      : QStringLiteral("NULL"),
                     row->b.value(compared).isValid() ? values::valueText(row->b.value(compared))
                                                      : QStringLiteral("NULL"));
        }
        if (absent)
            return row->kind == values::RowKind::OnlyInA ? tr("This row is not in the PR")
                                                         : tr("This row is not in production");
        return {};
    case Qt::BackgroundRole:
        if (differs)
            return QBrush(differingColor());
        if (isKind)
            return QBrush(kindColor(row->kind));
        return {};
    case Qt::FontRole:
        if (differs || null) {
            QFont font;
            font.setBold(differs);
            font.setItalic(null);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (null)
            return QBrush(QColor(128, 128, 128));
        return {};
    case Qt::TextAlignmentRole:
        if (raw.typeId() == QMetaType::Int || raw.typeId() == QMetaType::LongLong
            || raw.typeId() == QMetaType::Double || raw.typeId() == QMetaType::UInt
            || raw.typeId() == QMetaType::ULongLong)
            return isKind ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case RawValueRole: return absent ? QVariant() : raw;
    case DiffersRole: return differs;
    case KindRole: return int(row->kind);
    default: return {};
    }
}

QVariant ValuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    bool pr = false;
    const int compared = comparedColumn(section, &pr);
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return tr("Kind");
        if (compared < 0)
            return m_layout.keyColumns.value(section - 1);
        const QString name = m_layout.comparedColumns.value(compared);
        return pr ? tr("%1 (PR)").arg(name) : tr("%1 (prod)").arg(name);
    }
    if (role == Qt::ToolTipRole) {
        if (section == 0)
            return tr("Whether the row is only in production, only in the pull request, or in both "
                      "with different values");
        if (compared < 0)
            return tr("Key column %1: identifies the row on both sides")
                .arg(m_layout.keyColumns.value(section - 1));
        const QString name = m_layout.comparedColumns.value(compared);
        const qint64 differing = compared < int(m_counts.differingPerColumn.size())
            ? m_counts.differingPerColumn[size_t(compared)]
            : 0;
        const QString side = pr ? tr("%1 in the pull request's table").arg(name)
                                : tr("%1 in production's table").arg(name);
        return tr("%1; differs in %n changed row(s)", nullptr,
                  int(std::min<qint64>(differing, INT_MAX)))
            .arg(side);
    }
    if (role == Qt::FontRole && compared >= 0 && compared < int(m_counts.differingPerColumn.size())
        && m_counts.differingPerColumn[size_t(compared)] > 0) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

} // namespace tidemark::ui
