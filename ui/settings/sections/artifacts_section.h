#pragma once

// The Local artifacts section, checkable: for dbt Core, the production and the pull request
// manifest.json read from files instead of dbt Cloud.

#include "settings/sections/settings_section.h"

class QLabel;
class QLineEdit;

namespace tidemark::ui {

class ArtifactsSection final : public SettingsSection
{
    Q_OBJECT

public:
    explicit ArtifactsSection(QWidget *parent = nullptr);

    void load(const ci::Integration &integration) override;
    void store(ci::Integration &integration) const override;
    QStringList validate() override;

private:
    QLineEdit *m_prodManifest = nullptr;
    QLineEdit *m_prManifest = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace tidemark::ui
