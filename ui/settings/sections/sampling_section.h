#pragma once

// The Sampling section, checkable: diffing a sample of large tables, with its tolerance,
// confidence and row threshold.

#include "settings/sections/settings_section.h"

class QDoubleSpinBox;
class QSpinBox;

namespace tidemark::ui {

class SamplingSection final : public SettingsSection
{
    Q_OBJECT

public:
    explicit SamplingSection(QWidget *parent = nullptr);

    void load(const ci::Integration &integration) override;
    void store(ci::Integration &integration) const override;

private:
    QDoubleSpinBox *m_tolerance = nullptr;
    QDoubleSpinBox *m_confidence = nullptr;
    QSpinBox *m_threshold = nullptr;
};

} // namespace tidemark::ui
