#pragma once

// The General section: the integration's name (unique among the catalog's) and the tag that marks
// primary key columns.

#include "settings/sections/settings_section.h"

class QLabel;
class QLineEdit;

namespace tidemark::ui {

class GeneralSection final : public SettingsSection
{
    Q_OBJECT

public:
    explicit GeneralSection(QWidget *parent = nullptr);

    // The names other integrations have (compared without case).
    void setTakenNames(const QStringList &names);
    // Allows `name` again (the integration edited has it).
    void releaseName(const QString &name);

    void load(const ci::Integration &integration) override;
    void store(ci::Integration &integration) const override;
    QStringList validate() override;

private:
    QStringList m_takenNames;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameHint = nullptr;
    QLineEdit *m_primaryKeyTag = nullptr;
    QLabel *m_primaryKeyTagHint = nullptr;
};

} // namespace tidemark::ui
