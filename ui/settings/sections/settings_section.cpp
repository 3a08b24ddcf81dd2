#include "settings/sections/settings_section.h"

#include "settings/integration_form.h"

namespace tidemark::ui {

SettingsSection::SettingsSection(const QString &title, const QString &objectName, QWidget *parent)
    : QGroupBox(title, parent)
{
    setObjectName(objectName);
}

void SettingsSection::watchEdits()
{
    form::watchEdits(this, this, [this] { Q_EMIT changed(); });
}

void SettingsSection::check(QStringList &problems, QLabel *hint, const QString &problem)
{
    form::setHint(hint, problem);
    if (!problem.isEmpty())
        problems << problem;
}

} // namespace tidemark::ui
