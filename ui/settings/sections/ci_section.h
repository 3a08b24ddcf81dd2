#pragma once

// The Continuous Integration section: the master switch, which pull requests CI runs on, which
// production artifacts it compares with, the diff threshold and what fails the check.

#include "settings/sections/settings_section.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace tidemark::ui {

class CiSection final : public SettingsSection
{
    Q_OBJECT

public:
    explicit CiSection(QWidget *parent = nullptr);

    void load(const ci::Integration &integration) override;
    void store(ci::Integration &integration) const override;

private:
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_prLabel = nullptr;
    QLineEdit *m_baseBranch = nullptr;
    QComboBox *m_commitSelection = nullptr;
    QSpinBox *m_diffThreshold = nullptr;
    QCheckBox *m_failOnPk = nullptr;
    QCheckBox *m_failOnErrors = nullptr;
};

} // namespace tidemark::ui
