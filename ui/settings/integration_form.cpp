#include "settings/integration_form.h"
#include "translation.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tidemark::ui::form {

namespace {

// lupdate files the Tr::tr() calls of free functions under the enclosing namespace, so that is the
// context the translations are looked up in.
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

QPushButton *makeBrowseButton(const QString &objectName, QLineEdit *target, const QString &filter)
{
    auto *button = new QPushButton(Tr::tr("Browse…"));
    button->setObjectName(objectName);
    QObject::connect(button, &QPushButton::clicked, target, [button, target, filter] {
        const QString start = target->text().isEmpty() ? QDir::homePath() : target->text();
        const QString chosen = QFileDialog::getOpenFileName(button->window(),
                                                            Tr::tr("Choose a File"), start, filter);
        if (!chosen.isEmpty())
            target->setText(QDir::toNativeSeparators(chosen));
    });
    return button;
}

QFormLayout *makeFormLayout(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

QLineEdit *makeLineEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QCheckBox *makeCheckBox(const QString &objectName, const QString &text, const QString &toolTip,
                        QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(objectName);
    box->setToolTip(toolTip);
    return box;
}

void watchEdits(QWidget *root, QObject *context, const std::function<void()> &changed)
{
    const auto edits = root->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits)
        QObject::connect(edit, &QLineEdit::textChanged, context, changed);
}

} // namespace tidemark::ui::form
