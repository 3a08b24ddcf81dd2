#pragma once

// One section of the integration settings dialog: a group box that owns its widgets, checks them
// and reads and writes its part of a ci::Integration.

#include "ci/integration.h"

#include <QGroupBox>
#include <QStringList>

class QLabel;

namespace tidemark::ui {

class SettingsSection : public QGroupBox
{
    Q_OBJECT

public:
    SettingsSection(const QString &title, const QString &objectName, QWidget *parent = nullptr);

    // Shows the section's part of `integration`.
    virtual void load(const ci::Integration &integration) = 0;
    // Writes the section's part into `integration` (the rest is left as it is).
    virtual void store(ci::Integration &integration) const = 0;
    // Checks the fields, showing each problem under its field; the problems, first first.
    virtual QStringList validate() { return {}; }

Q_SIGNALS:
    // Something validate() looks at has changed.
    void changed();

protected:
    // Emits changed() whenever a line edit of the section changes.
    void watchEdits();
    // Shows `problem` in `hint` (hides it when empty) and adds it to `problems`.
    static void check(QStringList &problems, QLabel *hint, const QString &problem);
};

} // namespace tidemark::ui
