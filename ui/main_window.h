#pragma once

#include "common/expected.h"
#include "dbt/change_plan.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;

namespace tidemark::ui {

class ChangePlanModel;

// The desktop window: a pull request's changed models, read from a production and a PR manifest.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the two manifests on a worker thread; planLoaded or loadFailed follows.
    void openManifests(const QString &basePath, const QString &prPath, const QString &title);
    void openDemo();

    const ChangePlanModel *planModel() const { return m_model; }

Q_SIGNALS:
    void planLoaded();
    void loadFailed(const QString &message);

private:
    void buildMenus();
    void chooseManifests();
    void onLoaded();
    void updateSummary();

    ChangePlanModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_filter = nullptr;
    QProgressBar *m_progress = nullptr;
    QString m_pendingTitle;
    QFutureWatcher<Expected<dbt::ChangePlan>> m_watcher;
};

} // namespace tidemark::ui
