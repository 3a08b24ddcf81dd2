#pragma once

// Opens the demo in a main window and saves a PNG of each main screen (the pull-request page with
// its result tabs, the lineage, the pull-request list) into a folder; for the smoke test under
// Xvfb and for the README's pictures.

#include <QObject>
#include <QPixmap>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <vector>

namespace tidemark::ui {

class AdHocDiffWindow;
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
    template<typename Widget> void shootChild(const QString &name);
    void save(const QPixmap &picture, const QString &name);
    static void fill(QWidget *parent, const QString &objectName, const QString &text);
    void finish(bool ok, const QString &why = {});

    MainWindow *m_window;
    QString m_folder;
    QTimer m_poll;
    int m_waited = 0;
    std::vector<std::function<void()>> m_steps;
    size_t m_step = 0;
    QStringList m_saved;
    bool m_finished = false;
    QPointer<AdHocDiffWindow> m_adHoc;
};

} // namespace tidemark::ui
