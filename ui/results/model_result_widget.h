#pragma once

// One model's diff result as tabs: Overview (Match Score, row counts), Columns (schema), Primary
// keys, Values (samples side by side; replaceable by a full browser), Profiles and Downstream, with
// export to JSON and CSV. Models without a result show a message instead (skipped, failed,
// waiting).

#include "common/expected.h"
#include "diff/diff_result.h"
#include "export/result_export.h"
#include "results/model_context.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QGridLayout;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QPushButton;
class QVBoxLayout;

namespace tidemark::ui {

namespace results {
class ColumnsModel;
class DownstreamModel;
class ProfilesPanel;
class SamplesModel;
} // namespace results

class ModelResultWidget final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { OverviewTab, ColumnsTab, PrimaryKeysTab, ValuesTab, ProfilesTab, DownstreamTab };
    using CsvTable = exporting::CsvTable;

    explicit ModelResultWidget(QWidget *parent = nullptr);
    ~ModelResultWidget() override;

    void setResult(const diff::DiffResult &result, const ModelContext &context = {});
    // Shows `message` in place of the tabs (a skipped model's reason, a failure, "waiting…").
    void showMessage(const QString &message);
    void clear();

    bool hasResult() const { return m_result.has_value(); }
    const diff::DiffResult *result() const { return m_result ? &*m_result : nullptr; }
    const ModelContext &context() const { return m_context; }

    // Replaces the Downstream tab's entries (also part of ModelContext).
    void setDownstream(std::vector<DownstreamEntry> entries);

    // Replaces the samples in the Values tab by `widget` (for example a lazy browser over the full
    // tables); the result widget takes ownership and deletes the previous replacement. nullptr
    // brings the samples back.
    void setValuesWidget(QWidget *widget);
    QWidget *valuesWidget() const;

    QTabWidget *tabs() const { return m_tabs; }
    Tab currentTab() const;

    // Write the shown result; fail when there is none or the file cannot be written.
    Expected<void> exportJson(const QString &path) const;
    Expected<void> exportCsv(const QString &path, CsvTable table) const;

    QAction *exportJsonAction() const { return m_exportJsonAction; }
    QAction *exportCsvAction() const { return m_exportCsvAction; }

Q_SIGNALS:
    // Another tab was chosen.
    void currentTabChanged(tidemark::ui::ModelResultWidget::Tab tab);
    // A downstream model or exposure was double-clicked.
    void downstreamActivated(const QString &uniqueId);
    // An export through the actions finished (path written) or failed (error message).
    void exported(const QString &path);
    void exportFailed(const QString &message);

private:
    QWidget *buildOverview();
    QWidget *buildColumns();
    QWidget *buildPrimaryKeys();
    QWidget *buildValues();
    QWidget *buildDownstream();
    void updateHeader();
    void updateOverview();
    void updatePrimaryKeys();
    void updateDownstream();
    void exportJsonInteractively();
    void exportCsvInteractively();

    std::optional<diff::DiffResult> m_result;
    ModelContext m_context;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QPushButton *m_exportButton = nullptr;
    QAction *m_exportJsonAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QTabWidget *m_tabs = nullptr;

    // Overview
    QLabel *m_matchScore = nullptr;
    QLabel *m_matchCaption = nullptr;
    QLabel *m_incompleteBanner = nullptr;
    QLabel *m_samplingBanner = nullptr;
    struct CountRow
    {
        QLabel *value = nullptr;
        QLabel *share = nullptr;
    };
    CountRow m_counts[6];
    QLabel *m_columnCounts[5] = {}; // compared, differing, only prod, only PR, type changed
    QLabel *m_keySummary = nullptr;
    QLabel *m_schemaSummary = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_warningsTitle = nullptr;
    QLabel *m_runSummary = nullptr;

    // Columns
    results::ColumnsModel *m_columnsModel = nullptr;
    QSortFilterProxyModel *m_columnsProxy = nullptr;
    QTableView *m_columnsView = nullptr;
    QLabel *m_columnsSummary = nullptr;

    // Primary keys
    QLabel *m_keyHeadline = nullptr;
    QLabel *m_keyColumns = nullptr;
    QLabel *m_keyRule = nullptr;
    QLabel *m_keyIssueValues[6]
        = {}; // nullA, nullB, duplicateA, duplicateB, duplicateRowsA, duplicateRowsB

    // Values
    QVBoxLayout *m_valuesLayout = nullptr;
    QWidget *m_samplesPanel = nullptr;
    QPointer<QWidget> m_customValues;
    results::SamplesModel *m_samplesModel = nullptr;
    QSortFilterProxyModel *m_samplesProxy = nullptr;
    QTableView *m_samplesView = nullptr;
    QComboBox *m_samplesKind = nullptr;
    QLabel *m_samplesSummary = nullptr;

    // Profiles
    results::ProfilesPanel *m_profiles = nullptr;

    // Downstream
    results::DownstreamModel *m_downstreamModel = nullptr;
    QSortFilterProxyModel *m_downstreamProxy = nullptr;
    QTableView *m_downstreamView = nullptr;
    QLabel *m_downstreamSummary = nullptr;
};

} // namespace tidemark::ui
