#include "main_window.h"

#include "change_plan_model.h"

#include "dbt/manifest_loader.h"
#include "dbt/run_results.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tidemark::ui {

namespace {

Expected<dbt::ChangePlan> loadPlan(const QString &basePath, const QString &prPath)
{
    auto base = dbt::loadManifest(basePath);
    if (!base)
        return base.error();
    auto pr = dbt::loadManifest(prPath);
    if (!pr)
        return pr.error();
    std::optional<dbt::RunResults> run;
    const QString runPath = QFileInfo(pr->path).dir().filePath(QStringLiteral("run_results.json"));
    if (QFileInfo::exists(runPath)) {
        if (auto loaded = dbt::loadRunResults(runPath))
            run = std::move(*loaded);
    }
    return dbt::planChanges(*base, *pr, {}, run ? &*run : nullptr);
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Tidemark"));
    setObjectName(QStringLiteral("mainWindow"));

    m_model = new ChangePlanModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ChangePlanModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_title = new QLabel(central);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary = new QLabel(tr("Open a production and a pull request manifest (File \u203a Open Manifests), or the demo."), central);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_filter = new QLineEdit(central);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter models (name, status, reason, table)\u2026"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_view = new QTableView(central);
    m_view->setObjectName(QStringLiteral("modelsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ChangePlanModel::StatusColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);

    buildMenus();
    connect(&m_watcher, &QFutureWatcher<Expected<dbt::ChangePlan>>::finished, this, &MainWindow::onLoaded);
    resize(1280, 720);
}

MainWindow::~MainWindow()
{
    m_watcher.waitForFinished();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Manifests\u2026"), this, &MainWindow::chooseManifests);
    open->setShortcut(QKeySequence::Open);
    QAction *demo = file->addAction(tr("Open &Demo"), this, &MainWindow::openDemo);
    demo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Filter Models"), this, [this] { m_filter->setFocus(); m_filter->selectAll(); });
    find->setShortcut(QKeySequence::Find);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tidemark"), this, [this] {
        QMessageBox::about(this, tr("About Tidemark"),
                           tr("<b>Tidemark %1</b><p>Review the data a dbt pull request changes.</p>")
                               .arg(QStringLiteral(TIDEMARK_VERSION)));
    });
}

void MainWindow::openDemo()
{
    openManifests(QStringLiteral(":/demo/prod/manifest.json"), QStringLiteral(":/demo/pr/manifest.json"),
                  tr("Demo: Tidemark Coffee Roasters, pull request #17"));
}

void MainWindow::chooseManifests()
{
    const QString base = QFileDialog::getOpenFileName(this, tr("Production manifest.json"), QString(),
                                                      tr("dbt manifest (*.json)"));
    if (base.isEmpty())
        return;
    const QString pr = QFileDialog::getOpenFileName(this, tr("Pull request manifest.json"), QFileInfo(base).path(),
                                                    tr("dbt manifest (*.json)"));
    if (pr.isEmpty())
        return;
    openManifests(base, pr, tr("%1 against %2").arg(QFileInfo(pr).filePath(), QFileInfo(base).filePath()));
}

void MainWindow::openManifests(const QString &basePath, const QString &prPath, const QString &title)
{
    if (m_watcher.isRunning())
        return;
    m_pendingTitle = title;
    m_progress->show();
    statusBar()->showMessage(tr("Reading manifests\u2026"));
    m_watcher.setFuture(QtConcurrent::run(loadPlan, basePath, prPath));
}

void MainWindow::onLoaded()
{
    m_progress->hide();
    Expected<dbt::ChangePlan> result = m_watcher.result();
    if (!result) {
        // The plan on screen stays as it was.
        statusBar()->showMessage(tr("Could not read the manifests."), 5000);
        Q_EMIT loadFailed(result.errorMessage());
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open manifests"), result.errorMessage(),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("loadErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    m_model->setPlan(std::move(*result));
    m_title->setText(m_pendingTitle);
    updateSummary();
    m_view->resizeColumnsToContents();
    statusBar()->showMessage(tr("Ready"), 3000);
    Q_EMIT planLoaded();
}

void MainWindow::updateSummary()
{
    const dbt::ChangePlan &plan = m_model->plan();
    const qsizetype selected = qsizetype(plan.selectedModels().size());
    QString text = tr("%n new, ", nullptr, int(plan.added.size()))
                   + tr("%n modified, ", nullptr, int(plan.modified.size()))
                   + tr("%n removed, ", nullptr, int(plan.removed.size()))
                   + tr("%n impacted downstream; ", nullptr, int(plan.impacted.size()))
                   + tr("%n to diff.", nullptr, int(selected));
    if (!plan.impactedExposures.empty())
        text += QLatin1Char(' ') + tr("%n exposure(s) affected.", nullptr, int(plan.impactedExposures.size()));
    m_summary->setText(text);
}

} // namespace tidemark::ui
