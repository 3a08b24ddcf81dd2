#include "pull_requests/pull_request_list_model.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace tidemark::ui {

PullRequestListModel::PullRequestListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PullRequestListModel::setEntries(std::vector<PullRequestEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const PullRequestEntry *PullRequestListModel::entry(int number) const
{
    for (const PullRequestEntry &e : m_entries) {
        if (e.pullRequest.number == number)
            return &e;
    }
    return nullptr;
}

void PullRequestListModel::updateCheck(int number, const QString &checkState,
                                       const QString &description, const QDateTime &when)
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].pullRequest.number != number)
            continue;
        m_entries[i].checkState = checkState;
        m_entries[i].checkDescription = description;
        m_entries[i].lastRun = when;
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

int PullRequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PullRequestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PullRequestListModel::checkText(const QString &checkState)
{
    if (checkState == QLatin1String("success"))
        return tr("\u2714 Passed");
    if (checkState == QLatin1String("failure"))
        return tr("\u2716 Failed");
    if (checkState == QLatin1String("pending"))
        return tr("\u23F8 Waiting for a person");
    if (checkState == QLatin1String("skipped"))
        return tr("Skipped");
    if (checkState == QLatin1String("running"))
        return tr("Running\u2026");
    return tr("Not run yet");
}

QVariant PullRequestListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_entries.size())
        return {};
    const PullRequestEntry &e = m_entries[size_t(index.row())];
    const git::PullRequest &pr = e.pullRequest;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return pr.number > 0 ? QStringLiteral("#%1").arg(pr.number) : tr("local");
        case TitleColumn: return pr.draft ? tr("[draft] %1").arg(pr.title) : pr.title;
        case AuthorColumn: return pr.author;
        case BranchColumn:
            return pr.headBranch.isEmpty() ? pr.baseBranch
                                           : tr("%1 \u2192 %2").arg(pr.headBranch, pr.baseBranch);
        case CheckColumn: return checkText(e.checkState);
        case LastRunColumn:
            return e.lastRun.isValid()
                ? QLocale().toString(e.lastRun.toLocalTime(), QLocale::ShortFormat)
                : QString();
        }
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case NumberColumn: return pr.number;
        case LastRunColumn: return e.lastRun;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == NumberRole)
        return pr.number;
    if (role == Qt::ToolTipRole) {
        if (index.column() == CheckColumn)
            return e.checkDescription;
        if (index.column() == TitleColumn)
            return pr.url;
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == CheckColumn) {
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        if (e.checkState == QLatin1String("success"))
            return QBrush(dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1e, 0x7e, 0x34));
        if (e.checkState == QLatin1String("failure"))
            return QBrush(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
        if (e.checkState == QLatin1String("pending"))
            return QBrush(dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0x9a, 0x5b, 0x00));
    }
    return {};
}

QVariant PullRequestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("PR");
    case TitleColumn: return tr("Title");
    case AuthorColumn: return tr("Author");
    case BranchColumn: return tr("Branches");
    case CheckColumn: return tr("Tidemark check");
    case LastRunColumn: return tr("Last run");
    }
    return {};
}

} // namespace tidemark::ui
