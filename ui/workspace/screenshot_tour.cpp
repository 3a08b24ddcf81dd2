#include "workspace/screenshot_tour.h"

#include "main_window.h"
#include "pull_requests/model_outcomes_model.h"
#include "pull_requests/pull_request_page.h"
#include "results/model_result_widget.h"
#include "workspace/pull_request_controller.h"

#include <QDir>
#include <QPixmap>
#include <QTabWidget>
#include <QTextStream>

namespace tidemark::ui {

namespace {

constexpr int kPollMs = 200;
constexpr int kMaxWaitMs = 90000;
constexpr int kSettleMs = 600;

void showTab(QTabWidget *tabs, ModelResultWidget::Tab tab)
{
    if (tabs)
        tabs->setCurrentIndex(tab);
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, QString folder, QObject *parent)
    : QObject(parent ? parent : window), m_window(window), m_folder(std::move(folder))
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotTour::waitForResults);
}

void ScreenshotTour::start()
{
    if (!QDir().mkpath(m_folder)) {
        finish(false, tr("cannot create %1").arg(m_folder));
        return;
    }
    connect(m_window, &MainWindow::demoFailed, this, [this](const QString &message) { finish(false, message); });
    m_window->openDemo();
    m_poll.start();
}

void ScreenshotTour::waitForResults()
{
    m_waited += kPollMs;
    PullRequestPage *page = m_window->pullRequestPage();
    const bool ready = page->isVisible() && page->hasState() && !page->state().outcomes.empty()
                       && !m_window->controller()->isRunning();
    if (!ready) {
        if (m_waited > kMaxWaitMs)
            finish(false, tr("the demo's diffs did not finish in time"));
        return;
    }
    m_poll.stop();

    auto resultTabs = [this] { return m_window->pullRequestPage()->findChild<QTabWidget *>(QStringLiteral("resultTabs")); };
    auto leftTabs = [this] { return m_window->pullRequestPage()->findChild<QTabWidget *>(QStringLiteral("pullRequestTabs")); };
    m_steps = {
        [this] {
            // A model with changed rows: the PR respells "canceled".
            for (const ci::ModelOutcome &o : m_window->pullRequestPage()->state().outcomes) {
                if (o.name == "stg_orders")
                    m_window->pullRequestPage()->selectModel(QString::fromStdString(o.uniqueId));
            }
        },
        [this] { shoot(QStringLiteral("pull_request_overview")); },
        [resultTabs] { showTab(resultTabs(), ModelResultWidget::ColumnsTab); },
        [this] { shoot(QStringLiteral("pull_request_columns")); },
        [resultTabs] { showTab(resultTabs(), ModelResultWidget::ValuesTab); },
        [] {}, // the Values tab loads its rows on a worker
        [this] { shoot(QStringLiteral("pull_request_values")); },
        [resultTabs] { showTab(resultTabs(), ModelResultWidget::ProfilesTab); },
        [this] { shoot(QStringLiteral("pull_request_profiles")); },
        [leftTabs] { leftTabs()->setCurrentIndex(1); },
        [this] { shoot(QStringLiteral("pull_request_lineage")); },
        [this] { m_window->pullRequestPage()->backRequested(); },
        [this] { shoot(QStringLiteral("pull_requests")); },
    };
    m_step = 0;
    next();
}

void ScreenshotTour::next()
{
    if (m_finished)
        return;
    if (m_step >= m_steps.size()) {
        finish(true);
        return;
    }
    m_steps[m_step++]();
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::next);
}

void ScreenshotTour::shoot(const QString &name)
{
    const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
    if (!m_window->grab().save(path)) {
        finish(false, tr("cannot save %1").arg(path));
        return;
    }
    m_saved << path;
}

void ScreenshotTour::finish(bool ok, const QString &why)
{
    if (m_finished)
        return;
    m_finished = true;
    m_poll.stop();
    QTextStream err(stderr);
    if (ok)
        err << tr("saved %n screenshot(s) in %1", nullptr, int(m_saved.size())).arg(m_folder) << Qt::endl;
    else
        err << tr("screenshots failed: %1").arg(why) << Qt::endl;
    Q_EMIT done(ok);
}

} // namespace tidemark::ui
