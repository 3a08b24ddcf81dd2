#pragma once

// One pull request: the check and the gates' outcome, the new, modified and impacted models with
// what their diffs found, the lineage graph, and the selected model's result tabs. Re-runs and the
// dbt Cloud PR job are asked for by signals; the main window runs them.

#include "ci/integration.h"
#include "dbt/lineage_graph.h"
#include "diff/diff_engine.h"
#include "results/model_context.h"
#include "review/pull_request_state.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace tidemark::ui {

class LineageWidget;
class ModelOutcomesModel;
class ModelResultWidget;
class ValuesWidget;

class PullRequestPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PullRequestPage(QWidget *parent = nullptr);
    ~PullRequestPage() override;

    // The integration the pull request belongs to; call before setState.
    void setIntegration(const ci::Integration &integration);
    void setTitle(const QString &title);
    void setState(review::PullRequestState state);
    // Nothing to show yet (the state is being read): `message` takes the place of the result.
    void clearState(const QString &message);
    const review::PullRequestState &state() const { return m_state; }
    bool hasState() const { return m_hasState; }

    // While a run goes on: the text of its progress and the models it is diffing.
    void setRunning(bool running, const QSet<QString> &models = {});
    void setProgressText(const QString &text);
    // The diffs finished so far; the progress bar turns from busy to counting.
    void setDiffProgress(int done, int total);
    void showError(const QString &message);
    // The answer to valuesWanted: the diff the Values tab browses for `uniqueId`.
    void showValues(const QString &uniqueId, const diff::DiffRequest &request);

    QString currentModel() const;
    void selectModel(const QString &uniqueId);
    const ModelOutcomesModel *outcomesModel() const { return m_model; }
    ModelResultWidget *resultWidget() const { return m_result; }

Q_SIGNALS:
    void rerunAllRequested();
    void rerunModelRequested(const QString &uniqueId);
    void triggerPrJobRequested();
    void cancelRequested();
    void backRequested();
    // The Values tab is shown for `uniqueId`: showValues (or showError) answers.
    void valuesWanted(const QString &uniqueId);
    void lineageReady();

private:
    void buildActions();
    void updateHeader();
    void showModel(const QString &uniqueId);
    void loadValuesIfShown();
    void loadLineage();
    void showLineage();
    void showLineageMessage(const QString &message);

    ci::Integration m_integration;
    QString m_title;
    review::PullRequestState m_state;
    bool m_hasState = false;
    bool m_running = false;

    ModelOutcomesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_heading;
    QLabel *m_meta;
    QLabel *m_check;
    QLabel *m_gates;
    QLabel *m_progressText;
    QProgressBar *m_progress;
    QPushButton *m_back;
    QPushButton *m_rerunAll;
    QPushButton *m_rerunModel;
    QPushButton *m_trigger;
    QPushButton *m_cancel;
    QLineEdit *m_filter;
    QTableView *m_view;
    QTabWidget *m_leftTabs;
    LineageWidget *m_lineage;
    QLabel *m_lineageMessage;
    QStackedWidget *m_lineageStack;
    ModelResultWidget *m_result;
    ValuesWidget *m_values;
    QString m_valuesModel; // the model the Values tab shows

    std::shared_ptr<const review::PullRequestLineage> m_lineageData; // the PR manifest's lineage
    QString m_manifestPath;
    int m_manifestGeneration = 0; // the manifest load whose answer is wanted
};

} // namespace tidemark::ui
