#pragma once

// Opens the demo in a main window and saves a PNG of each main screen (the pull-request page with
// its result tabs, the lineage, the pull-request list) into a folder; for the smoke test under
// Xvfb and for the README's pictures.

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <vector>

namespace tidemark::ui {

class MainWindow;

class ScreenshotTour final : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow *window, QString folder, QObject *parent = nullptr);

    void start();
    QStringList saved() const { return m_saved; }

Q_SIGNALS:
    void done(bool ok);

private:
    void waitForResults();
    void next();
    void shoot(const QString &name);
    void finish(bool ok, const QString &why = {});

    MainWindow *m_window;
    QString m_folder;
    QTimer m_poll;
    int m_waited = 0;
    std::vector<std::function<void()>> m_steps;
    size_t m_step = 0;
    QStringList m_saved;
    bool m_finished = false;
};

} // namespace tidemark::ui
