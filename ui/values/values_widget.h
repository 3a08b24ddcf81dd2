#pragma once

// The Values tab: production's and the PR's rows side by side with the differing cells marked,
// over every differing row of a same-connection diff, browsed lazily (ValuesModel). A filter bar
// (kind, "only rows where this column differs", hide the columns that never differ), a status
// line with the counts, progress and Cancel while the rows are found, and CSV export of the rows
// the filter lets through.

#include "diff/diff_engine.h"
#include "diff/diff_result.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace tidemark::ui {

class ValuesModel;

class ValuesWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit ValuesWidget(QWidget *parent = nullptr);
    ~ValuesWidget() override;

    // Starts browsing the diff's differing rows. `knownKeys` (the diff result's primaryKey)
    // spares the duplicated-key check.
    void setRequest(const diff::DiffRequest &request,
                    std::optional<diff::KeyIssues> knownKeys = std::nullopt);
    // The same, for a diff already run.
    void setResult(const diff::DiffRequest &request, const diff::DiffResult &result);

    ValuesModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }

public Q_SLOTS:
    void cancel();
    // Writes the rows the filter lets through (and the visible columns) to `path`.
    void exportCsv(const QString &path);

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);

private:
    void chooseExportFile();
    void applyFilter();
    void updateColumns();
    void updateStatus();
    void updateControls();
    void fillColumnCombo();

    ValuesModel *m_model;
    QComboBox *m_kind;
    QComboBox *m_column;
    QCheckBox *m_hideUnchanged;
    QPushButton *m_export;
    QTableView *m_table;
    QLabel *m_status;
    QLabel *m_error;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QString m_stage;
    QString m_exportMessage;
};

} // namespace tidemark::ui
