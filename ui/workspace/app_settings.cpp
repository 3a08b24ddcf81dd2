#include "workspace/app_settings.h"

#include <QSettings>

namespace tidemark::ui {

namespace {

const QString kLanguage = QStringLiteral("language");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kLastIntegration = QStringLiteral("session/integration");
const QString kLastPullRequest = QStringLiteral("session/pullRequest");

} // namespace

QString AppSettings::language()
{
    return QSettings().value(kLanguage, QStringLiteral("system")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, language);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QString AppSettings::lastIntegration()
{
    return QSettings().value(kLastIntegration).toString();
}

void AppSettings::setLastIntegration(const QString &path)
{
    QSettings().setValue(kLastIntegration, path);
}

std::optional<int> AppSettings::lastPullRequest()
{
    bool ok = false;
    const int number = QSettings().value(kLastPullRequest, -1).toInt(&ok);
    if (!ok || number < 0)
        return std::nullopt;
    return number;
}

void AppSettings::setLastPullRequest(std::optional<int> number)
{
    QSettings().setValue(kLastPullRequest, number.value_or(-1));
}

} // namespace tidemark::ui
