#include "settings/integration_list_widget.h"

#include "tasks/async.h"

#include "secrets/secret_store.h"
#include "settings/integration_dialog.h"
#include "settings/integration_form.h"
#include "settings/integration_list_model.h"

#include <QAction>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tidemark::ui {

IntegrationListWidget::IntegrationListWidget(ci::IntegrationCatalog catalog,
                                             std::shared_ptr<secrets::SecretStore> secrets,
                                             review::Services services, QWidget *parent)
    : QWidget(parent)
    , m_catalog(std::move(catalog))
    , m_secrets(std::move(secrets))
    , m_services(std::move(services))
{
    setObjectName(QStringLiteral("integrationListWidget"));
    m_model = new IntegrationListModel(this);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("integrationList"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setUniformItemSizes(true);
    m_view->installEventFilter(this);

    const auto makeAction
        = [this](const QString &objectName, const QString &text, const QKeySequence &shortcut) {
              auto *action = new QAction(text, this);
              action->setObjectName(objectName);
              if (!shortcut.isEmpty())
                  action->setShortcut(shortcut);
              action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
              return action;
          };
    m_newAction
        = makeAction(QStringLiteral("newAction"), tr("&New Integration…"), QKeySequence::New);
    m_editAction = makeAction(QStringLiteral("editAction"), tr("&Edit…"), QKeySequence());
    m_duplicateAction
        = makeAction(QStringLiteral("duplicateAction"), tr("D&uplicate"), QKeySequence());
    m_deleteAction = makeAction(QStringLiteral("deleteAction"), tr("&Delete…"), QKeySequence());
    addAction(m_newAction);
    connect(m_newAction, &QAction::triggered, this, &IntegrationListWidget::newIntegration);
    connect(m_editAction, &QAction::triggered, this, &IntegrationListWidget::editCurrent);
    connect(m_duplicateAction, &QAction::triggered, this, &IntegrationListWidget::duplicateCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &IntegrationListWidget::deleteCurrent);

    const auto makeButton
        = [this](const QString &objectName, const QString &text, QAction *action) {
              auto *button = new QPushButton(text, this);
              button->setObjectName(objectName);
              connect(button, &QPushButton::clicked, action, &QAction::trigger);
              return button;
          };
    m_newButton = makeButton(QStringLiteral("newButton"), tr("New…"), m_newAction);
    m_editButton = makeButton(QStringLiteral("editButton"), tr("Edit…"), m_editAction);
    m_duplicateButton
        = makeButton(QStringLiteral("duplicateButton"), tr("Duplicate"), m_duplicateAction);
    m_deleteButton = makeButton(QStringLiteral("deleteButton"), tr("Delete…"), m_deleteAction);

    m_error = form::makeStatus(QStringLiteral("listError"), this);

    // Two rows, so that longer (translated) labels fit the narrow column.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_newButton, 0, 0);
    buttons->addWidget(m_editButton, 0, 1);
    buttons->addWidget(m_duplicateButton, 1, 0);
    buttons->addWidget(m_deleteButton, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_view, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_newAction);
        if (m_view->indexAt(pos).isValid()) {
            menu.addSeparator();
            menu.addAction(m_editAction);
            menu.addAction(m_duplicateAction);
            menu.addSeparator();
            menu.addAction(m_deleteAction);
        }
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QListView::doubleClicked, this, &IntegrationListWidget::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        Q_EMIT integrationSelected(currentPath());
    });

    refresh();
}

void IntegrationListWidget::refresh()
{
    const QString selected = currentPath();
    m_model->setEntries(m_catalog.list());
    if (!selected.isEmpty() && m_model->rowOfPath(selected) >= 0)
        selectPath(selected);
    else if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0));
    updateActions();
    if (currentPath() != selected)
        Q_EMIT integrationSelected(currentPath());
}

QString IntegrationListWidget::currentPath() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(IntegrationListModel::PathRole).toString() : QString();
}

void IntegrationListWidget::selectPath(const QString &path)
{
    const int row = m_model->rowOfPath(path);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
}

void IntegrationListWidget::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool any = current.isValid();
    const bool loads = any && current.data(IntegrationListModel::ErrorRole).toString().isEmpty();
    m_editAction->setEnabled(loads);
    m_duplicateAction->setEnabled(loads);
    m_deleteAction->setEnabled(any);
    m_editButton->setEnabled(loads);
    m_duplicateButton->setEnabled(loads);
    m_deleteButton->setEnabled(any);
}

void IntegrationListWidget::showError(const QString &message)
{
    form::setStatus(m_error, form::Status::Error, message);
    Q_EMIT actionFailed(message);
}

IntegrationDialog *IntegrationListWidget::openDialog()
{
    auto *dialog = new IntegrationDialog(m_catalog, m_secrets, m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IntegrationDialog::saved, this, [this](const QString &path) {
        form::setStatus(m_error, form::Status::Neutral, QString());
        refresh();
        selectPath(path);
        Q_EMIT integrationsChanged();
    });
    return dialog;
}

void IntegrationListWidget::newIntegration()
{
    auto *dialog = openDialog();
    ci::Integration fresh;
    fresh.name = m_catalog.uniqueName(tr("New integration"));
    dialog->setIntegration(fresh);
    dialog->open();
}

void IntegrationListWidget::editCurrent()
{
    const QString path = currentPath();
    if (path.isEmpty())
        return;
    auto *dialog = openDialog();
    if (auto loaded = dialog->loadIntegration(path); !loaded) {
        dialog->deleteLater();
        showError(loaded.errorMessage());
        return;
    }
    dialog->open();
}

void IntegrationListWidget::duplicateCurrent()
{
    const QString path = currentPath();
    if (path.isEmpty())
        return;
    runAsync(
        this,
        [catalog = m_catalog, store = m_secrets, path] {
            return catalog.duplicate(path, store.get());
        },
        [this](const Expected<QString> &copy) {
            if (!copy) {
                showError(copy.errorMessage());
                return;
            }
            refresh();
            selectPath(*copy);
            Q_EMIT integrationsChanged();
        });
}

void IntegrationListWidget::deleteCurrent()
{
    const QString path = currentPath();
    if (path.isEmpty())
        return;
    const QString name = m_view->currentIndex().data(IntegrationListModel::NameRole).toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Integration"),
                                tr("Delete the integration “%1”?").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setInformativeText(
        tr("Its settings file and its tokens and password in the keychain are removed."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, path](int result) {
        if (result != QMessageBox::Yes)
            return;
        runAsync(
            this,
            [catalog = m_catalog, store = m_secrets, path] {
                return catalog.remove(path, store.get());
            },
            [this](const Expected<void> &removed) {
                refresh();
                if (!removed) {
                    showError(removed.errorMessage());
                    return;
                }
                Q_EMIT integrationsChanged();
            });
    });
    box->open();
}

bool IntegrationListWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            editCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            deleteCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tidemark::ui
