// tidemark-screenshots DIR [--lang CODE]: the demo in the real main window, a PNG of each main
// screen saved into DIR; exit 0 when every screen was saved.

#include "main_window.h"
#include "screenshot_tour.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Open the demo, save a PNG of each main screen into DIR, then quit."));
    parser.addHelpOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("The language of the interface (en, de)."),
                                  QStringLiteral("CODE"));
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Where the PNGs go."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    tidemark::ui::setUpApplication(app,
                                   parser.isSet(lang) ? parser.value(lang) : QStringLiteral("en"));

    tidemark::ui::MainWindow window(tidemark::ui::AppContext::defaults());
    window.show();
    auto *tour
        = new tidemark::ui::ScreenshotTour(&window, parser.positionalArguments().constFirst());
    QObject::connect(tour, &tidemark::ui::ScreenshotTour::done, &app,
                     [](bool ok) { QApplication::exit(ok ? 0 : 1); });
    tour->start();
    return QApplication::exec();
}
