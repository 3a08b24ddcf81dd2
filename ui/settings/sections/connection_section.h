#pragma once

// The Data Connection section: the driver combo over one ConnectionForm per kind of warehouse (a
// QStackedWidget), the User and Password rows the forms share, importing a profiles.yml target and
// a Test button that connects and runs SELECT 1.

#include "review/services.h"
#include "settings/sections/settings_section.h"

#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace tidemark::ui {

class ConnectionForm;

class ConnectionSection final : public SettingsSection
{
    Q_OBJECT

public:
    explicit ConnectionSection(review::Services services, QWidget *parent = nullptr);

    void load(const ci::Integration &integration) override;
    void store(ci::Integration &integration) const override;
    QStringList validate() override;

    // The warehouse password (a secret: kept out of the integration).
    QString password() const;
    void setPassword(const QString &password);

Q_SIGNALS:
    // The Test button's answer ("connection").
    void testFinished(const QString &what, bool ok, const QString &message);

private:
    // Offers `form`'s kinds in the driver combo.
    void addForm(ConnectionForm *form);
    ConnectionForm *currentForm() const;
    void onDriverChanged();
    void showCredentials(bool shown);
    void alignLabels();
    QString connectionUrl() const;
    void setConnectionUrl(const QString &url);
    void applyConnection(const QString &url, const QString &password);
    void importFromProfiles();
    void test();

    review::Services m_services;
    std::vector<ConnectionForm *> m_forms; // the form of each item of the driver combo
    QFormLayout *m_layout = nullptr;
    QComboBox *m_driver = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_importProfiles = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace tidemark::ui
