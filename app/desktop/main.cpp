// tidemark: the desktop application.

#include "main_window.h"
#include "workspace/app_settings.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Review the data a dbt pull request changes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Open the bundled demo workspace."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("The language of the interface (en, de)."),
                                  QStringLiteral("CODE"));
    parser.addOptions({demo, lang});
    // Named first: the settings that hold the language choice are the application's.
    tidemark::ui::setUpApplication(app, QStringLiteral("en"));
    parser.process(app);
    tidemark::ui::setUpApplication(
        app, parser.isSet(lang) ? parser.value(lang) : tidemark::ui::AppSettings::language());

    tidemark::ui::MainWindow window(tidemark::ui::AppContext::defaults());
    window.show();
    if (parser.isSet(demo))
        window.openDemo();
    else
        window.restoreLastSession();
    return QApplication::exec();
}
