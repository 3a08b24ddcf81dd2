// tidemark: the desktop application.

#include "main_window.h"
#include "workspace/screenshot_tour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

// The user's language from the settings (View > Language) or --lang; "system" follows the locale.
void installTranslators(QApplication &app, const QString &choice)
{
    const QLocale locale = choice.isEmpty() || choice == QLatin1String("system") ? QLocale() : QLocale(choice);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("tidemark"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tidemark"));
    QApplication::setOrganizationName(QStringLiteral("Tidemark"));
    QApplication::setApplicationVersion(QStringLiteral(TIDEMARK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Review the data a dbt pull request changes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the bundled demo workspace."));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("The language of the interface (en, de)."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QStringLiteral("Open the demo, save a PNG of each main screen into DIR, then quit."),
                                         QStringLiteral("DIR"));
    parser.addOptions({demo, lang, screenshots});
    parser.process(app);

    installTranslators(app, parser.isSet(lang) ? parser.value(lang) : QSettings().value(QStringLiteral("language")).toString());

    tidemark::ui::MainWindow window(tidemark::ui::AppContext::defaults());
    window.show();
    if (parser.isSet(screenshots)) {
        auto *tour = new tidemark::ui::ScreenshotTour(&window, parser.value(screenshots));
        QObject::connect(tour, &tidemark::ui::ScreenshotTour::done, &app, [](bool ok) { QApplication::exit(ok ? 0 : 1); });
        tour->start();
    } else if (parser.isSet(demo)) {
        window.openDemo();
    } else {
        window.restoreLastSession();
    }
    return QApplication::exec();
}
