#include "main_window.h"

#include "pull_requests/pull_request_list_page.h"
#include "pull_requests/pull_request_page.h"
#include "results/adhoc_diff_window.h"
#include "settings/integration_list_widget.h"
#include "store/results_store.h"
#include "tasks/async.h"
#include "workspace/app_settings.h"
#include "workspace/demo_workspace.h"
#include "workspace/pull_request_controller.h"
#include "workspace/pull_request_fetcher.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTranslator>

namespace tidemark::ui {

void setUpApplication(QApplication &app, const QString &choice)
{
    QApplication::setApplicationName(QStringLiteral("Tidemark"));
    QApplication::setOrganizationName(QStringLiteral("Tidemark"));
    QApplication::setApplicationVersion(QStringLiteral(TIDEMARK_VERSION));
    const QLocale locale
        = choice.isEmpty() || choice == QLatin1String("system") ? QLocale() : QLocale(choice);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("tidemark"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

namespace {

} // namespace

MainWindow::MainWindow(AppContext context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(std::move(context))
{
    setWindowTitle(tr("Tidemark"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1440, 900);

    if (auto opened = store::ResultsStore::open(m_context.storePath)) {
        m_store = std::move(*opened);
        (void)m_store->markAbandonedRuns();
    } else {
        statusBar()->showMessage(tr("Results are not kept: %1").arg(opened.errorMessage()));
    }

    m_integrations
        = new IntegrationListWidget(m_context.catalog, m_context.secrets, m_context.services, this);
    m_integrations->setMinimumWidth(250);
    connect(m_integrations, &IntegrationListWidget::integrationSelected, this,
            &MainWindow::selectIntegration);
    connect(m_integrations, &IntegrationListWidget::integrationsChanged, this, [this] {
        // Settings may have changed: reread the selected integration.
        if (!m_integrationPath.isEmpty())
            selectIntegration(m_integrationPath);
    });
    connect(m_integrations, &IntegrationListWidget::actionFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    m_welcome = new QLabel(this);
    m_welcome->setObjectName(QStringLiteral("welcomeLabel"));
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_welcome->setTextFormat(Qt::RichText);
    m_welcome->setText(
        tr("<h2>Welcome to Tidemark</h2><p>Review the data a dbt pull request changes.</p>"
           "<p>Create an integration (<b>File \u203a New Integration</b>, Ctrl+N) for your dbt "
           "project, "
           "or open the demo (<b>File \u203a Open Demo</b>) to look around.</p>"));

    m_list = new PullRequestListPage(this);
    connect(m_list, &PullRequestListPage::refreshRequested, this, &MainWindow::refreshPullRequests);
    connect(m_list, &PullRequestListPage::pullRequestActivated, this, &MainWindow::showPullRequest);

    m_page = new PullRequestPage(this);
    connect(m_page, &PullRequestPage::backRequested, this, &MainWindow::showList);
    m_controller = new PullRequestController(m_page, m_context, m_store.get(), this);
    connect(m_controller, &PullRequestController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_controller, &PullRequestController::runFinished, this,
            [this](const QString &integration, int number, const QString &check,
                   const QString &description) {
                if (m_integration && m_integration->name == integration)
                    m_list->model()->updateCheck(number, check, description,
                                                 QDateTime::currentDateTimeUtc());
            });

    m_fetcher = new PullRequestFetcher(this);
    connect(m_fetcher, &PullRequestFetcher::fetched, this,
            [this](const QString &integration, const std::vector<PullRequestEntry> &entries) {
                if (!m_integration || m_integration->name != integration)
                    return;
                m_list->setBusy({});
                m_list->setEntries(entries);
                Q_EMIT pullRequestsListed();
                if (m_pendingPullRequest != 0) {
                    const int number = m_pendingPullRequest;
                    m_pendingPullRequest = 0;
                    showPullRequest(number);
                }
            });
    connect(m_fetcher, &PullRequestFetcher::failed, this,
            [this](const QString &integration, const QString &message) {
                if (m_integration && m_integration->name == integration)
                    m_list->setError(message);
            });

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_page);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_integrations);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({270, 1170});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    buildMenus();
    restoreGeometry(AppSettings::windowGeometry());
    statusBar()->showMessage(
        m_store ? tr("Results are kept in %1").arg(m_store->path()) : QString(), 8000);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newIntegration = file->addAction(tr("&New Integration\u2026"), this,
                                              [this] { m_integrations->newIntegration(); });
    newIntegration->setShortcut(QKeySequence::New);
    QAction *edit = file->addAction(tr("&Edit Integration\u2026"), this,
                                    [this] { m_integrations->editCurrent(); });
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    file->addAction(tr("Open &Demo"), this, &MainWindow::openDemo);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *adHoc
        = tools->addAction(tr("&Diff Two Tables\u2026"), this, &MainWindow::openAdHocDiff);
    adHoc->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *refresh
        = tools->addAction(tr("&Refresh Pull Requests"), this, &MainWindow::refreshPullRequests);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *language = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = AppSettings::language();
    const std::pair<QString, QString> languages[]
        = {{QStringLiteral("system"), tr("System Default")},
           {QStringLiteral("en"), QStringLiteral("English")},
           {QStringLiteral("de"), QStringLiteral("Deutsch")}};
    for (const auto &[code, name] : languages) {
        QAction *a = language->addAction(name, this, [this, code = code] { chooseLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tidemark"), this, &MainWindow::about);
}

void MainWindow::selectIntegration(const QString &path)
{
    if (path.isEmpty()) {
        m_integration.reset();
        m_integrationPath.clear();
        m_stack->setCurrentWidget(m_welcome);
        return;
    }
    auto loaded = m_context.catalog.load(path);
    if (!loaded) {
        m_integration.reset();
        m_stack->setCurrentWidget(m_list);
        m_list->setIntegrationName(QFileInfo(path).completeBaseName());
        m_list->setEntries({});
        m_list->setError(loaded.errorMessage());
        return;
    }
    const bool same
        = m_integrationPath == path && m_integration && m_integration->name == loaded->name;
    m_integrationPath = path;
    m_integration = std::move(*loaded);
    AppSettings::setLastIntegration(path);
    m_list->setIntegrationName(m_integration->name);
    if (!same || m_stack->currentWidget() == m_welcome)
        m_stack->setCurrentWidget(m_list);
    refreshPullRequests();
}

void MainWindow::refreshPullRequests()
{
    if (!m_integration)
        return;
    PullRequestQuery query;
    query.integration = *m_integration;
    query.storePath = m_store ? m_context.storePath : QString();
    query.codeHost = m_context.services.codeHost;
    if (m_integration->artifacts) {
        git::PullRequest pr;
        if (const auto &local = m_integration->artifacts->pullRequest) {
            pr.number = local->number;
            pr.title = local->title;
            pr.headSha = local->headSha;
            pr.baseBranch = local->baseBranch;
        } else {
            pr.title = tr("Local artifacts: %1").arg(m_integration->artifacts->pr);
        }
        query.known = std::vector<git::PullRequest> {pr};
    } else if (m_context.secrets) {
        auto token = m_context.secrets->read(m_integration->gitTokenKey());
        query.gitToken = token && *token ? **token : QString();
    }
    m_list->setBusy(tr("Reading the pull requests\u2026"));
    m_fetcher->fetch(std::move(query));
}

void MainWindow::showPullRequest(int number)
{
    if (!m_integration)
        return;
    const PullRequestEntry *entry = m_list->model()->entry(number);
    const QString title = entry ? entry->pullRequest.title : tr("Pull request #%1").arg(number);
    m_stack->setCurrentWidget(m_page);
    m_controller->open(*m_integration, number, title);
    AppSettings::setLastPullRequest(number);
    setWindowTitle(tr("#%1 %2 \u2014 Tidemark").arg(number).arg(title));
}

void MainWindow::showList()
{
    m_stack->setCurrentWidget(m_integration ? static_cast<QWidget *>(m_list) : m_welcome);
    setWindowTitle(tr("Tidemark"));
}

void MainWindow::openPullRequest(const QString &integrationPath, int number)
{
    m_pendingPullRequest = number;
    m_integrations->selectPath(integrationPath);
    if (m_integrationPath != integrationPath)
        selectIntegration(integrationPath);
}

void MainWindow::restoreLastSession()
{
    const QString path = AppSettings::lastIntegration();
    if (path.isEmpty() || !QFileInfo::exists(path))
        return;
    if (const std::optional<int> number = AppSettings::lastPullRequest())
        openPullRequest(path, *number);
    else
        m_integrations->selectPath(path);
}

void MainWindow::openDemo()
{
    statusBar()->showMessage(tr("Preparing the demo\u2026"));
    runAsync(
        this, [folder = m_context.demoFolder] { return prepareDemoWorkspace(folder); },
        [this](const Expected<DemoWorkspace> &demo) {
            if (!demo) {
                statusBar()->showMessage(demo.errorMessage());
                QMessageBox::warning(
                    this, tr("Demo"),
                    tr("The demo could not be prepared: %1").arg(demo.errorMessage()));
                Q_EMIT demoFailed(demo.errorMessage());
                return;
            }
            // The demo is an integration like any other: one file in the list, kept up to date.
            QString path;
            for (const ci::CatalogEntry &entry : m_context.catalog.list()) {
                if (entry.integration && entry.integration->name == demo->integration.name)
                    path = entry.path;
            }
            if (path.isEmpty()) {
                auto created = m_context.catalog.create(demo->integration);
                if (!created) {
                    Q_EMIT demoFailed(created.errorMessage());
                    return;
                }
                path = *created;
            } else if (auto saved = m_context.catalog.save(demo->integration, path); !saved) {
                Q_EMIT demoFailed(saved.errorMessage());
                return;
            }
            m_integrations->refresh();
            statusBar()->clearMessage();
            openPullRequest(path, demo->integration.artifacts->pullRequest->number);
            Q_EMIT demoReady();
        });
}

void MainWindow::openAdHocDiff()
{
    auto *window = new AdHocDiffWindow(nullptr);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
}

void MainWindow::chooseLanguage(const QString &language)
{
    AppSettings::setLanguage(language);
    QMessageBox::information(this, tr("Language"),
                             tr("Tidemark will use the new language the next time it starts."));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Tidemark"),
                       tr("<h3>Tidemark %1</h3><p>Review the data a dbt pull request changes: "
                          "which models it modifies, "
                          "what lies downstream, and how each table differs from production.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_controller->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("A run is in progress"), tr("Diffs are still running. Cancel them and quit?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_controller->stop();
    }
    AppSettings::setWindowGeometry(saveGeometry());
    event->accept();
}

} // namespace tidemark::ui
