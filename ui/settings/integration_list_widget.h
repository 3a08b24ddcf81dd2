#pragma once

// The integrations list of the desktop app: New, Edit, Duplicate and Delete as buttons, in the
// context menu and from the keyboard (Enter edits, Delete deletes after a confirmation). Editing
// opens an IntegrationDialog; deleting also removes the integration's secrets.

#include "ci/integration_catalog.h"
#include "review/services.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QListView;
class QPushButton;

namespace tidemark::secrets {
class SecretStore;
}

namespace tidemark::ui {

class IntegrationDialog;
class IntegrationListModel;

class IntegrationListWidget final : public QWidget
{
    Q_OBJECT

public:
    IntegrationListWidget(ci::IntegrationCatalog catalog,
                          std::shared_ptr<secrets::SecretStore> secrets, review::Services services,
                          QWidget *parent = nullptr);

    // Rereads the folder, keeping the selection where it can.
    void refresh();
    // The selected integration's file; empty when none is selected.
    QString currentPath() const;
    void selectPath(const QString &path);
    const IntegrationListModel *model() const { return m_model; }

    // The actions; each opens a dialog or asks first, and returns at once.
    void newIntegration();
    void editCurrent();
    void duplicateCurrent();
    void deleteCurrent();

Q_SIGNALS:
    // The selection changed: the file of the integration now selected (empty: none).
    void integrationSelected(const QString &path);
    // A file was created, saved, duplicated or deleted.
    void integrationsChanged();
    // An action failed; the message is also shown under the list.
    void actionFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    IntegrationDialog *openDialog();
    void updateActions();
    void showError(const QString &message);

    ci::IntegrationCatalog m_catalog;
    std::shared_ptr<secrets::SecretStore> m_secrets;
    review::Services m_services;

    IntegrationListModel *m_model = nullptr;
    QListView *m_view = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace tidemark::ui
