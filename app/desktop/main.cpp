// tidemark: the desktop application.

#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tidemark"));
    QApplication::setOrganizationName(QStringLiteral("Tidemark"));
    QApplication::setApplicationVersion(QStringLiteral(TIDEMARK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Review the data a dbt pull request changes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Open the bundled demo workspace."));
    const QCommandLineOption base(QStringLiteral("base"), QApplication::translate("main", "Production manifest.json."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption pr(QStringLiteral("pr"), QApplication::translate("main", "Pull request manifest.json."),
                                QStringLiteral("FILE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a PNG of the window once loaded, then quit."),
                                        QStringLiteral("PNG"));
    parser.addOptions({demo, base, pr, screenshot});
    parser.process(app);

    tidemark::ui::MainWindow window;
    window.show();
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        auto save = [&window, path] {
            // Let the view lay out and paint first.
            QTimer::singleShot(300, &window, [&window, path] {
                const bool ok = window.grab().save(path);
                QApplication::exit(ok ? 0 : 1);
            });
        };
        QObject::connect(&window, &tidemark::ui::MainWindow::planLoaded, &window, save);
        QObject::connect(&window, &tidemark::ui::MainWindow::loadFailed, &window, [] { QApplication::exit(2); });
        if (!parser.isSet(demo) && !(parser.isSet(base) && parser.isSet(pr)))
            save();
    }
    if (parser.isSet(base) && parser.isSet(pr))
        window.openManifests(parser.value(base), parser.value(pr), parser.value(pr));
    else if (parser.isSet(demo) || !parser.isSet(screenshot))
        window.openDemo();
    return QApplication::exec();
}
