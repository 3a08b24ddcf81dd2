#include "integration_form.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tidemark::ui::form {

namespace {

const char *colorOf(Status status)
{
    switch (status) {
    case Status::Ok: return "#2e7d32";
    case Status::Error: return "#c62828";
    case Status::Busy:
    case Status::Neutral: break;
    }
    return nullptr;
}

} // namespace

QLabel *makeHint(const QString &objectName, QWidget *parent)
{
    auto *hint = new QLabel(parent);
    hint->setObjectName(objectName);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #c62828;"));
    hint->setVisible(false);
    return hint;
}

void setHint(QLabel *hint, const QString &text)
{
    hint->setText(text);
    hint->setVisible(!text.isEmpty());
}

QLabel *makeStatus(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setVisible(false);
    return label;
}

void setStatus(QLabel *label, Status status, const QString &text)
{
    const char *color = colorOf(status);
    label->setStyleSheet(color ? QStringLiteral("color: %1;").arg(QLatin1String(color))
                               : QStringLiteral("color: palette(placeholder-text);"));
    label->setText(text);
    label->setProperty("status", int(status));
    label->setVisible(!text.isEmpty());
}

QWidget *withHint(QWidget *field, QLabel *hint)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(hint);
    return box;
}

QWidget *keepRow(QWidget *child)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(child);
    return box;
}

QWidget *withButton(QWidget *field, QPushButton *button)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(button);
    return box;
}

QLineEdit *makeSecretEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace tidemark::ui::form
