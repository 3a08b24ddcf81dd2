#pragma once

// The desktop window: the integrations on the left; on the right the selected integration's pull
// requests, or one pull request's page. The work itself is done by the pages and controllers.

#include "workspace/app_context.h"

#include <QApplication>
#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;

namespace tidemark::store {
class ResultsStore;
}

namespace tidemark::ui {

class IntegrationListWidget;
class PullRequestController;
class PullRequestFetcher;
class PullRequestListPage;
class PullRequestPage;
struct PullRequestEntry;

// Names the application (for QSettings and the About box) and installs the translators of the
// user's language: `choice` is "en", "de", ... or empty / "system" for the locale. For every
// program that opens the main window.
void setUpApplication(QApplication &app, const QString &choice);

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Unpacks the demo (once), adds its integration to the list and opens its pull request.
    void openDemo();
    // Selects the integration and opens one of its pull requests.
    void openPullRequest(const QString &integrationPath, int number);
    // Back to where the user was: the last integration and pull request, from the store at once.
    void restoreLastSession();

    PullRequestListPage *pullRequestList() const { return m_list; }
    PullRequestPage *pullRequestPage() const { return m_page; }
    IntegrationListWidget *integrations() const { return m_integrations; }
    PullRequestController *controller() const { return m_controller; }
    QString currentIntegrationPath() const { return m_integrationPath; }
    QString demoFolder() const { return m_context.demoFolder; }

Q_SIGNALS:
    void demoReady();
    void demoFailed(const QString &message);
    void pullRequestsListed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void selectIntegration(const QString &path);
    void refreshPullRequests();
    void showPullRequest(int number);
    void showList();
    void openAdHocDiff();
    void chooseLanguage(const QString &language);
    void about();

    AppContext m_context;
    std::unique_ptr<store::ResultsStore> m_store;
    QString m_integrationPath;
    std::optional<ci::Integration> m_integration;
    int m_pendingPullRequest = 0;

    IntegrationListWidget *m_integrations = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_welcome = nullptr;
    PullRequestListPage *m_list = nullptr;
    PullRequestPage *m_page = nullptr;
    PullRequestFetcher *m_fetcher = nullptr;
    PullRequestController *m_controller = nullptr;
};

} // namespace tidemark::ui
