#include "settings/sections/connection_form.h"

#include "settings/integration_form.h"

#include <QFormLayout>
#include <QLabel>

namespace tidemark::ui {

ConnectionForm::ConnectionForm(QWidget *parent)
    : QWidget(parent)
{
    m_form = form::makeFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
}

QList<QWidget *> ConnectionForm::labels() const
{
    QList<QWidget *> labels;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (QLayoutItem *item = m_form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
            labels << item->widget();
    }
    return labels;
}

void ConnectionForm::addRow(const QString &label, QWidget *field, QWidget *buddy)
{
    auto *text = new QLabel(label, this);
    text->setBuddy(buddy ? buddy : field);
    m_form->addRow(text, field);
}

void ConnectionForm::watchEdits()
{
    form::watchEdits(this, this, [this] { Q_EMIT changed(); });
}

} // namespace tidemark::ui
