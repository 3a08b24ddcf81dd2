#include "pull_requests/model_outcomes_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace tidemark::ui {

namespace {

QString changeText(dbt::ModelStatus status)
{
    switch (status) {
    case dbt::ModelStatus::New: return ModelOutcomesModel::tr("new");
    case dbt::ModelStatus::Modified: return ModelOutcomesModel::tr("modified");
    case dbt::ModelStatus::Impacted: return ModelOutcomesModel::tr("impacted");
    }
    return {};
}

qint64 keyIssues(const diff::DiffResult &r)
{
    return r.primaryKey.nullA + r.primaryKey.nullB + r.primaryKey.duplicateA
        + r.primaryKey.duplicateB;
}

bool isDark()
{
    const QColor base = QGuiApplication::palette().color(QPalette::Base);
    return base.lightness() < 128;
}

} // namespace

ModelOutcomesModel::ModelOutcomesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ModelOutcomesModel::setState(const review::PullRequestState *state)
{
    beginResetModel();
    m_state = state;
    m_rows.clear();
    m_outcomes.clear();
    if (m_state && m_state->plan) {
        for (const dbt::PlannedModel &m : m_state->plan->models) {
            m_rows.push_back(&m);
            m_outcomes.push_back(m_state->outcome(m.uniqueId));
        }
    }
    endResetModel();
}

void ModelOutcomesModel::setRunning(const QSet<QString> &uniqueIds)
{
    m_running = uniqueIds;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QModelIndex ModelOutcomesModel::indexOf(const QString &uniqueId) const
{
    const std::string id = uniqueId.toStdString();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i]->uniqueId == id)
            return index(int(i), 0);
    }
    return {};
}

QString ModelOutcomesModel::uniqueIdAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size()
        ? QString::fromStdString(m_rows[size_t(row)]->uniqueId)
        : QString();
}

int ModelOutcomesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ModelOutcomesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ModelOutcomesModel::diffText(const dbt::PlannedModel &model,
                                     const ci::ModelOutcome *outcome) const
{
    if (m_running.contains(QString::fromStdString(model.uniqueId)))
        return tr("Running\u2026");
    if (!outcome)
        return model.selected ? tr("Not run") : tr("Not selected");
    switch (outcome->state) {
    case ci::ModelOutcome::State::Diffed:
        if (outcome->result && !outcome->result->complete)
            return tr("Diffed (incomplete)");
        return tr("Diffed");
    case ci::ModelOutcome::State::Failed: return tr("Failed");
    case ci::ModelOutcome::State::Skipped: return tr("Skipped");
    case ci::ModelOutcome::State::Waiting: return tr("Waiting");
    }
    return {};
}

QVariant ModelOutcomesModel::display(const dbt::PlannedModel &model,
                                     const ci::ModelOutcome *outcome, int column) const
{
    const diff::DiffResult *r = outcome && outcome->result ? &*outcome->result : nullptr;
    const QLocale locale;
    switch (column) {
    case ModelColumn: return QString::fromStdString(model.name);
    case ChangeColumn: return changeText(model.status);
    case DiffColumn: return diffText(model, outcome);
    case MatchColumn:
        return r ? locale.toString(r->matchScore, 'f', 2) + QStringLiteral(" %") : QString();
    case RowsColumn:
        return r ? tr("%1 \u2192 %2").arg(locale.toString(r->rows.a), locale.toString(r->rows.b))
                 : QString();
    case ChangedColumn: return r ? locale.toString(r->rows.updated) : QString();
    case OnlyProdColumn: return r ? locale.toString(r->rows.exclusiveA) : QString();
    case OnlyPrColumn: return r ? locale.toString(r->rows.exclusiveB) : QString();
    case KeyIssuesColumn: return r ? locale.toString(keyIssues(*r)) : QString();
    case ReasonsColumn: {
        QStringList reasons;
        for (const dbt::ModificationReason reason : model.reasons)
            reasons << QString::fromLatin1(dbt::toString(reason));
        if (outcome && !outcome->note.isEmpty()
            && outcome->state != ci::ModelOutcome::State::Diffed)
            reasons << outcome->note;
        return reasons.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant ModelOutcomesModel::sortValue(const dbt::PlannedModel &model,
                                       const ci::ModelOutcome *outcome, int column) const
{
    const diff::DiffResult *r = outcome && outcome->result ? &*outcome->result : nullptr;
    switch (column) {
    case ChangeColumn: return int(model.status);
    case MatchColumn: return r ? r->matchScore : 1000.0; // no score sorts after every score
    case RowsColumn: return r ? r->rows.b : -1;
    case ChangedColumn: return r ? r->rows.updated : -1;
    case OnlyProdColumn: return r ? r->rows.exclusiveA : -1;
    case OnlyPrColumn: return r ? r->rows.exclusiveB : -1;
    case KeyIssuesColumn: return r ? keyIssues(*r) : -1;
    default: return display(model, outcome, column);
    }
}

QVariant ModelOutcomesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_state || size_t(index.row()) >= m_rows.size())
        return {};
    const dbt::PlannedModel &model = *m_rows[size_t(index.row())];
    const ci::ModelOutcome *outcome = m_outcomes[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(model, outcome, index.column());
    case SortRole: return sortValue(model, outcome, index.column());
    case UniqueIdRole: return QString::fromStdString(model.uniqueId);
    case Qt::ToolTipRole:
        if (index.column() == ModelColumn)
            return QString::fromStdString(model.uniqueId);
        if (outcome && !outcome->note.isEmpty())
            return outcome->note;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= MatchColumn && index.column() <= KeyIssuesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole: {
        const bool dark = isDark();
        if (index.column() == DiffColumn && outcome
            && outcome->state == ci::ModelOutcome::State::Failed)
            return QBrush(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
        if (index.column() == ChangeColumn) {
            switch (model.status) {
            case dbt::ModelStatus::New:
                return QBrush(dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1e, 0x7e, 0x34));
            case dbt::ModelStatus::Modified:
                return QBrush(dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0x9a, 0x5b, 0x00));
            case dbt::ModelStatus::Impacted:
                return QBrush(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x56, 0xc4));
            }
        }
        if (index.column() == KeyIssuesColumn && outcome && outcome->result
            && keyIssues(*outcome->result) > 0)
            return QBrush(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
        return {};
    }
    case Qt::FontRole:
        if (index.column() == ModelColumn) {
            QFont font;
            font.setBold(model.status != dbt::ModelStatus::Impacted);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant ModelOutcomesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ModelColumn: return tr("Model");
        case ChangeColumn: return tr("Change");
        case DiffColumn: return tr("Diff");
        case MatchColumn: return tr("Match score");
        case RowsColumn: return tr("Rows (prod \u2192 PR)");
        case ChangedColumn: return tr("Changed");
        case OnlyProdColumn: return tr("Only in prod");
        case OnlyPrColumn: return tr("Only in PR");
        case KeyIssuesColumn: return tr("Key issues");
        case ReasonsColumn: return tr("Why");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MatchColumn: return tr("The share of cells that match between production and the PR");
        case KeyIssuesColumn: return tr("NULL and duplicated primary keys on either side");
        case ReasonsColumn:
            return tr("Why dbt counts the model as modified, or why it was not diffed");
        default: return {};
        }
    }
    return {};
}

} // namespace tidemark::ui
