#pragma once

// The Overview tab: the Match Score, the row and column counts, the key, schema and run lines, and
// the banners for incomplete and sampled diffs, in a scroll area.

#include "diff/diff_result.h"

#include <QScrollArea>

class QLabel;

namespace tidemark::ui::results {

class OverviewTab final : public QScrollArea
{
    Q_OBJECT

public:
    explicit OverviewTab(QWidget *parent = nullptr);

    void setResult(const diff::DiffResult &result);
    void clear();

private:
    void showKey(const diff::DiffResult &r);
    void showSchema(const diff::SchemaDiff &s);
    void showSampling(const diff::DiffResult &r);

    struct CountRow
    {
        QLabel *value = nullptr;
        QLabel *share = nullptr;
    };

    QLabel *m_matchScore = nullptr;
    CountRow m_counts[6]; // in prod, in PR, only in prod, only in PR, changed, unchanged
    QLabel *m_columnCounts[5] = {}; // compared, differing, only prod, only PR, type changed
    QLabel *m_incompleteBanner = nullptr;
    QLabel *m_samplingBanner = nullptr;
    QLabel *m_keySummary = nullptr;
    QLabel *m_schemaSummary = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_warningsTitle = nullptr;
    QLabel *m_runSummary = nullptr;
};

} // namespace tidemark::ui::results
