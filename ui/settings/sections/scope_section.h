#pragma once

// The What to Diff section: dbt metadata, Slim Diff, exposures, and the changed files and the
// columns to leave out.

#include "settings/sections/settings_section.h"

class QCheckBox;
class QPlainTextEdit;

namespace tidemark::ui {

class ScopeSection final : public SettingsSection
{
    Q_OBJECT

public:
    explicit ScopeSection(QWidget *parent = nullptr);

    void load(const ci::Integration &integration) override;
    void store(ci::Integration &integration) const override;

private:
    QCheckBox *m_importMetadata = nullptr;
    QCheckBox *m_slimDiff = nullptr;
    QCheckBox *m_diffExposures = nullptr;
    QPlainTextEdit *m_filesToIgnore = nullptr;
    QPlainTextEdit *m_columnsToIgnore = nullptr;
};

} // namespace tidemark::ui
