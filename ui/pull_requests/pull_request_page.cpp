#include "pull_requests/pull_request_page.h"

#include "lineage/lineage_widget.h"
#include "pull_requests/model_outcomes_model.h"
#include "results/model_result_widget.h"
#include "tasks/async.h"
#include "values/values_widget.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tidemark::ui {

namespace {

QString checkBadge(const QString &state, const QString &description)
{
    QString color;
    QString word;
    if (state == QLatin1String("success")) {
        color = QStringLiteral("#1e7e34");
        word = PullRequestPage::tr("Check passed");
    } else if (state == QLatin1String("failure")) {
        color = QStringLiteral("#b3261e");
        word = PullRequestPage::tr("Check failed");
    } else if (state == QLatin1String("pending")) {
        color = QStringLiteral("#9a5b00");
        word = PullRequestPage::tr("Waiting for a person");
    } else if (state == QLatin1String("skipped")) {
        color = QStringLiteral("#5f6368");
        word = PullRequestPage::tr("Skipped");
    } else {
        color = QStringLiteral("#5f6368");
        word = PullRequestPage::tr("Not run yet");
    }
    QString html = QStringLiteral("<span style=\"background:%1; color:white; padding:2px 8px; "
                                  "border-radius:4px;\">&nbsp;%2&nbsp;</span>")
                       .arg(color, word.toHtmlEscaped());
    if (!description.isEmpty())
        html += QStringLiteral("&nbsp;&nbsp;") + description.toHtmlEscaped();
    return html;
}

} // namespace

PullRequestPage::PullRequestPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ModelOutcomesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("pullRequestPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ModelOutcomesModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("pullRequestHeading"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("pullRequestMeta"));
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_check = new QLabel(this);
    m_check->setObjectName(QStringLiteral("pullRequestCheck"));
    m_check->setTextFormat(Qt::RichText);
    m_gates = new QLabel(this);
    m_gates->setObjectName(QStringLiteral("pullRequestGates"));
    m_gates->setWordWrap(true);

    buildActions();

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("modelFilter"));
    m_filter->setPlaceholderText(tr("Filter models\u2026"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("modelOutcomesView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ModelOutcomesModel::ChangeColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showModel(current.isValid()
                              ? m_proxy->data(current, ModelOutcomesModel::UniqueIdRole).toString()
                              : QString());
            });

    auto *modelsPane = new QWidget(this);
    auto *modelsLayout = new QVBoxLayout(modelsPane);
    modelsLayout->setContentsMargins(0, 0, 0, 0);
    modelsLayout->addWidget(m_filter);
    modelsLayout->addWidget(m_view, 1);

    m_lineage = new LineageWidget(this);
    connect(m_lineage, &LineageWidget::nodeActivated, this, [this](const QString &uniqueId) {
        selectModel(uniqueId);
        m_leftTabs->setCurrentIndex(0);
    });

    m_leftTabs = new QTabWidget(this);
    m_leftTabs->setObjectName(QStringLiteral("pullRequestTabs"));
    m_leftTabs->addTab(modelsPane, tr("&Models"));
    m_lineageMessage = new QLabel(this);
    m_lineageMessage->setObjectName(QStringLiteral("lineageMessage"));
    m_lineageMessage->setAlignment(Qt::AlignCenter);
    m_lineageMessage->setWordWrap(true);
    m_lineageStack = new QStackedWidget(this);
    m_lineageStack->addWidget(m_lineage);
    m_lineageStack->addWidget(m_lineageMessage);
    m_leftTabs->addTab(m_lineageStack, tr("&Lineage"));

    m_result = new ModelResultWidget(this);
    m_values = new ValuesWidget(this);
    m_result->setValuesWidget(m_values);
    connect(m_result, &ModelResultWidget::downstreamActivated, this, &PullRequestPage::selectModel);
    connect(m_result, &ModelResultWidget::currentTabChanged, this,
            &PullRequestPage::loadValuesIfShown);

    // Models (and the lineage) on top, full width; the selected model's result below.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("pullRequestSplitter"));
    splitter->addWidget(m_leftTabs);
    splitter->addWidget(m_result);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 6);
    splitter->setChildrenCollapsible(false);

    auto *header = new QVBoxLayout;
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_back);
    titleRow->addWidget(m_heading, 1);
    header->addLayout(titleRow);
    header->addWidget(m_meta);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check, 1);
    checkRow->addWidget(m_rerunModel);
    checkRow->addWidget(m_rerunAll);
    checkRow->addWidget(m_trigger);
    header->addLayout(checkRow);
    header->addWidget(m_gates);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressText, 1);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_cancel);
    header->addLayout(progressRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    setRunning(false);
}

PullRequestPage::~PullRequestPage() = default;

void PullRequestPage::buildActions()
{
    m_back = new QPushButton(tr("\u2190 Pull requests"), this);
    m_back->setObjectName(QStringLiteral("backToPullRequests"));
    m_back->setToolTip(tr("Back to the pull requests (Alt+Left)"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setFlat(true);
    connect(m_back, &QPushButton::clicked, this, &PullRequestPage::backRequested);

    m_rerunAll = new QPushButton(tr("Re-run &all diffs"), this);
    m_rerunAll->setObjectName(QStringLiteral("rerunAll"));
    m_rerunAll->setToolTip(
        tr("Fetch the artifacts anew, plan again and diff every selected model (Ctrl+R)"));
    m_rerunAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_rerunAll, &QPushButton::clicked, this, &PullRequestPage::rerunAllRequested);

    m_rerunModel = new QPushButton(tr("Re-run this &model"), this);
    m_rerunModel->setObjectName(QStringLiteral("rerunModel"));
    m_rerunModel->setToolTip(
        tr("Diff the selected model again with the plan shown, fetching nothing (Ctrl+Shift+R)"));
    m_rerunModel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_rerunModel, &QPushButton::clicked, this, [this] {
        if (!currentModel().isEmpty())
            Q_EMIT rerunModelRequested(currentModel());
    });

    m_trigger = new QPushButton(tr("Trigger dbt Cloud &PR job"), this);
    m_trigger->setObjectName(QStringLiteral("triggerPrJob"));
    m_trigger->setToolTip(
        tr("Start the integration's dbt Cloud CI job for this pull request again"));
    connect(m_trigger, &QPushButton::clicked, this, &PullRequestPage::triggerPrJobRequested);

    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("runProgressText"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_cancel->setToolTip(tr("Stop the run; running queries are cancelled on the server (Esc)"));
    m_cancel->setShortcut(QKeySequence::Cancel);
    connect(m_cancel, &QPushButton::clicked, this, &PullRequestPage::cancelRequested);
}

void PullRequestPage::setIntegration(const ci::Integration &integration)
{
    m_integration = integration;
    m_trigger->setVisible(!integration.artifacts.has_value());
}

void PullRequestPage::setTitle(const QString &title)
{
    m_title = title;
    updateHeader();
}

void PullRequestPage::setState(review::PullRequestState state)
{
    const QString selected = currentModel();
    m_state = std::move(state);
    m_hasState = true;
    m_model->setState(&m_state);
    m_view->resizeColumnsToContents();
    updateHeader();
    m_valuesModel.clear();
    if (m_state.prManifestPath != m_manifestPath || !m_lineageData)
        loadLineage();
    else if (m_state.plan && m_lineageData->ok())
        showLineage();
    if (!selected.isEmpty() && m_model->indexOf(selected).isValid())
        selectModel(selected);
    else if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    else
        m_result->showMessage(m_state.gatesPassed ? tr("The pull request changes no models.")
                                                  : tr("CI did not run for this pull request."));
}

void PullRequestPage::clearState(const QString &message)
{
    m_state = {};
    m_hasState = false;
    m_model->setState(&m_state);
    m_valuesModel.clear();
    updateHeader();
    m_result->showMessage(message);
}

void PullRequestPage::updateHeader()
{
    m_heading->setText(m_state.number > 0 ? tr("#%1 %2").arg(m_state.number).arg(m_title)
                                          : m_title);
    QStringList meta;
    meta << m_integration.name;
    if (!m_state.headSha.isEmpty())
        meta << tr("head %1").arg(m_state.headSha.left(12));
    if (!m_state.baseBranch.isEmpty())
        meta << tr("into %1").arg(m_state.baseBranch);
    if (m_state.finishedAt.isValid())
        meta << tr("last run %1")
                    .arg(
                        QLocale().toString(m_state.finishedAt.toLocalTime(), QLocale::ShortFormat));
    m_meta->setText(meta.join(QStringLiteral("  \u00b7  ")));
    if (!m_hasState) {
        m_check->setText(
            checkBadge({}, tr("Run the diffs to see what this pull request changes in the data.")));
        m_gates->hide();
        return;
    }
    QString description = m_state.checkDescription;
    if (m_state.runState == QLatin1String("failed")
        || m_state.runState == QLatin1String("cancelled"))
        description = m_state.runState == QLatin1String("cancelled")
            ? tr("The last run was cancelled.")
            : tr("The last run failed: %1").arg(m_state.error);
    m_check->setText(checkBadge(m_state.checkState, description));
    m_gates->setText(m_state.gatesPassed ? QString()
                                         : tr("CI did not run: %1").arg(m_state.gatesReason));
    m_gates->setVisible(!m_state.gatesPassed);
}

void PullRequestPage::setRunning(bool running, const QSet<QString> &models)
{
    m_running = running;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_progressText->setVisible(running || !m_progressText->text().isEmpty());
    m_rerunAll->setEnabled(!running);
    m_rerunModel->setEnabled(!running && !currentModel().isEmpty());
    m_trigger->setEnabled(!running);
    m_model->setRunning(models);
    if (running) {
        m_progressText->setText(tr("Starting\u2026"));
        m_progress->setRange(0, 0); // busy until the diffs are counted
        m_progress->setTextVisible(false);
    }
}

void PullRequestPage::setProgressText(const QString &text)
{
    m_progressText->setText(text);
    m_progressText->setVisible(true);
}

void PullRequestPage::setDiffProgress(int done, int total)
{
    if (!m_running || total <= 0)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
}

void PullRequestPage::showError(const QString &message)
{
    m_progressText->setText(
        tr("<span style=\"color:#b3261e\"><b>Error:</b> %1</span>").arg(message.toHtmlEscaped()));
    m_progressText->setVisible(true);
}

QString PullRequestPage::currentModel() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->data(current, ModelOutcomesModel::UniqueIdRole).toString()
                             : QString();
}

void PullRequestPage::selectModel(const QString &uniqueId)
{
    const QModelIndex source = m_model->indexOf(uniqueId);
    if (!source.isValid())
        return;
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_filter->clear();
        selectModel(uniqueId);
        return;
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void PullRequestPage::showModel(const QString &uniqueId)
{
    m_rerunModel->setEnabled(!m_running && !uniqueId.isEmpty());
    if (uniqueId.isEmpty() || !m_state.plan) {
        m_result->clear();
        return;
    }
    const std::string id = uniqueId.toStdString();
    const dbt::PlannedModel *model = m_state.plan->model(id);
    if (!model)
        return;
    ModelContext context = ModelContext::fromPlannedModel(*model);
    if (m_lineageData)
        context.downstream = m_lineageData->downstreamOf(id, &*m_state.plan);
    const ci::ModelOutcome *outcome = m_state.outcome(id);
    if (outcome && outcome->result) {
        m_result->setResult(*outcome->result, context);
        m_valuesModel.clear();
        loadValuesIfShown();
    } else if (outcome && outcome->state == ci::ModelOutcome::State::Failed) {
        m_result->showMessage(
            tr("The diff of %1 failed: %2").arg(context.modelName, outcome->note));
    } else if (outcome && outcome->state == ci::ModelOutcome::State::Waiting) {
        m_result->showMessage(
            tr("%1 waits for a person: %2. Use \u201cRe-run this model\u201d to diff it.")
                .arg(context.modelName, outcome->note));
    } else if (outcome) {
        m_result->showMessage(tr("%1 was not diffed: %2").arg(context.modelName, outcome->note));
    } else if (!model->selected) {
        m_result->showMessage(
            tr("%1 is not selected for diffing: %2")
                .arg(context.modelName, QString::fromStdString(model->whyNotSelected)));
    } else {
        m_result->showMessage(
            tr("%1 has not been diffed yet. Use \u201cRe-run this model\u201d to diff it.")
                .arg(context.modelName));
    }
}

void PullRequestPage::loadValuesIfShown()
{
    if (m_result->currentTab() != ModelResultWidget::ValuesTab)
        return;
    const QString id = currentModel();
    if (id.isEmpty() || id == m_valuesModel || !m_state.plan)
        return;
    m_valuesModel = id;
    Q_EMIT valuesWanted(id);
}

void PullRequestPage::showValues(const QString &uniqueId, const diff::DiffRequest &request)
{
    if (uniqueId != m_valuesModel)
        return; // another model was chosen meanwhile
    const ci::ModelOutcome *outcome = m_state.outcome(uniqueId.toStdString());
    if (outcome && outcome->result)
        m_values->setResult(request, *outcome->result);
    else
        m_values->setRequest(request);
}

void PullRequestPage::showLineage()
{
    m_lineage->setPlan(m_lineageData->manifest(), *m_state.plan);
    m_lineageStack->setCurrentWidget(m_lineage);
}

void PullRequestPage::showLineageMessage(const QString &message)
{
    m_lineage->clear();
    m_lineageMessage->setText(message);
    m_lineageStack->setCurrentWidget(m_lineageMessage);
}

void PullRequestPage::loadLineage()
{
    m_manifestPath = m_state.prManifestPath;
    m_lineageData.reset();
    if (m_manifestPath.isEmpty()) {
        showLineageMessage(
            tr("The lineage needs the pull request's manifest, which is not on this machine."));
        return;
    }
    const int generation = ++m_manifestGeneration;
    runAsync(
        this, [path = m_manifestPath] { return review::PullRequestLineage::load(path); },
        [this, generation](std::shared_ptr<const review::PullRequestLineage> loaded) {
            if (generation != m_manifestGeneration)
                return; // another pull request's, or an older load of this one
            m_lineageData = std::move(loaded);
            if (!m_lineageData->ok())
                showLineageMessage(
                    tr("The lineage could not be drawn: %1").arg(m_lineageData->error()));
            else if (m_state.plan)
                showLineage();
            if (!currentModel().isEmpty())
                showModel(currentModel());
            Q_EMIT lineageReady();
        });
}

} // namespace tidemark::ui
