#pragma once

// One model's diff result as tabs: Overview (Match Score, row counts), Columns (schema), Primary
// keys, Values (samples side by side; replaceable by a full browser), Profiles and Downstream, with
// export to JSON and CSV. Models without a result show a message instead (skipped, failed,
// waiting).

#include "common/expected.h"
#include "diff/diff_result.h"
#include "export/result_export.h"
#include "results/model_context.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace tidemark::ui {

namespace results {
class ColumnsTab;
class DownstreamTab;
class OverviewTab;
class PrimaryKeysTab;
class ProfilesPanel;
class ValuesTab;
} // namespace results

// The shell: the header, the message page, the tabs (one widget each, in results::) and the
// export actions.
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
    void updateHeader();
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
    results::OverviewTab *m_overview = nullptr;
    results::ColumnsTab *m_columns = nullptr;
    results::PrimaryKeysTab *m_primaryKeys = nullptr;
    results::ValuesTab *m_values = nullptr;
    results::ProfilesPanel *m_profiles = nullptr;
    results::DownstreamTab *m_downstream = nullptr;
};

} // namespace tidemark::ui
