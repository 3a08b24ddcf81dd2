#pragma once

// The desktop app's own settings (QSettings, under the application's name), each key once with
// its type: the interface language, the main window's geometry, and the session to come back to.

#include <QByteArray>
#include <QString>

#include <optional>

namespace tidemark::ui {

class AppSettings final
{
public:
    // "en", "de", ... or "system" (the default): the locale's.
    static QString language();
    static void setLanguage(const QString &language);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);

    // The integration file shown last, and its pull request when one was open.
    static QString lastIntegration();
    static void setLastIntegration(const QString &path);
    static std::optional<int> lastPullRequest();
    static void setLastPullRequest(std::optional<int> number);
};

} // namespace tidemark::ui
