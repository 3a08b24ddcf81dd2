#include "screenshot_tour.h"

#include "main_window.h"
#include "pull_requests/model_outcomes_model.h"
#include "pull_requests/pull_request_page.h"
#include "results/adhoc_diff_window.h"
#include "results/model_result_widget.h"
#include "settings/integration_dialog.h"
#include "settings/integration_list_widget.h"
#include "workspace/pull_request_controller.h"

#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QPointer>
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
    : QObject(parent ? parent : window)
    , m_window(window)
    , m_folder(std::move(folder))
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
    connect(m_window, &MainWindow::demoFailed, this,
            [this](const QString &message) { finish(false, message); });
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

    auto resultTabs = [this] {
        return m_window->pullRequestPage()->findChild<QTabWidget *>(QStringLiteral("resultTabs"));
    };
    auto leftTabs = [this] {
        return m_window->pullRequestPage()->findChild<QTabWidget *>(
            QStringLiteral("pullRequestTabs"));
    };
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
        // The demo integration's settings, both parts.
        [this] { m_window->integrations()->editCurrent(); },
        [this] { shootChild<IntegrationDialog>(QStringLiteral("integration_settings")); },
        [this] {
            if (auto *dialog = m_window->findChild<IntegrationDialog *>()) {
                if (auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("tabs")))
                    tabs->setCurrentIndex(1);
            }
        },
        [this] { shootChild<IntegrationDialog>(QStringLiteral("integration_settings_advanced")); },
        [this] {
            if (auto *dialog = m_window->findChild<IntegrationDialog *>())
                dialog->reject();
        },
        // The ad-hoc diff window on the demo warehouse.
        [this] {
            m_adHoc = new AdHocDiffWindow(m_window);
            m_adHoc->setWindowFlag(Qt::Window);
            m_adHoc->resize(1200, 820);
            const QString url = QStringLiteral("sqlite://")
                + QDir(m_window->demoFolder()).filePath(QStringLiteral("warehouse.db"));
            fill(m_adHoc, QStringLiteral("urlAEdit"), url);
            fill(m_adHoc, QStringLiteral("tableAEdit"), QStringLiteral("analytics.orders"));
            fill(m_adHoc, QStringLiteral("tableBEdit"),
                 QStringLiteral("dbt_cloud_pr_4242_17.orders"));
            fill(m_adHoc, QStringLiteral("keyEdit"), QStringLiteral("order_id"));
            m_adHoc->show();
            m_adHoc->run();
        },
        [] {},
        [this] {
            if (m_adHoc)
                save(m_adHoc->grab(), QStringLiteral("adhoc_diff"));
        },
        [this] {
            if (m_adHoc)
                m_adHoc->close();
        },
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
    save(m_window->grab(), name);
}

template<typename Widget> void ScreenshotTour::shootChild(const QString &name)
{
    if (auto *widget = m_window->findChild<Widget *>())
        save(widget->grab(), name);
    else
        finish(false, tr("%1: the window to capture is not open").arg(name));
}

void ScreenshotTour::fill(QWidget *parent, const QString &objectName, const QString &text)
{
    if (auto *edit = parent->findChild<QLineEdit *>(objectName))
        edit->setText(text);
}

void ScreenshotTour::save(const QPixmap &picture, const QString &name)
{
    const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
    if (!picture.save(path)) {
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
        err << tr("saved %n screenshot(s) in %1", nullptr, int(m_saved.size())).arg(m_folder)
            << Qt::endl;
    else
        err << tr("screenshots failed: %1").arg(why) << Qt::endl;
    Q_EMIT done(ok);
}

} // namespace tidemark::ui
