#pragma once

// Small building blocks of the settings forms: red inline hints, status lines for connection tests,
// a field with a button beside it, and the settings' form layouts, line edits and check boxes.

#include <QString>

#include <functional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QObject;
class QPushButton;
class QWidget;

namespace tidemark::ui::form {

enum class Status { Neutral, Busy, Ok, Error };

// A hidden, word-wrapped label that shows a red hint under a field.
QLabel *makeHint(const QString &objectName, QWidget *parent);
// Shows `text` in red (hides the label when empty).
void setHint(QLabel *hint, const QString &text);

// A word-wrapped, selectable status line (result of a test, loading state).
QLabel *makeStatus(const QString &objectName, QWidget *parent);
void setStatus(QLabel *label, Status status, const QString &text);

// `field` above its `hint` (the row a form layout shows).
QWidget *withHint(QWidget *field, QLabel *hint);
// A container that stays in a form row while `child` is shown and hidden: a QFormLayout row must
// never be hidden in Qt 6.4.2 (its layout then overruns its row arrays).
QWidget *keepRow(QWidget *child);
// `field` with `button` to its right.
QWidget *withButton(QWidget *field, QPushButton *button);

// A line edit for a secret: masked, no autocompletion.
QLineEdit *makeSecretEdit(const QString &objectName, QWidget *parent);

// A "Browse…" button that puts the file chosen into `target`.
QPushButton *makeBrowseButton(const QString &objectName, QLineEdit *target, const QString &filter);

// The settings' form layout: labels right-aligned, fields growing, rows never wrapped.
QFormLayout *makeFormLayout(QWidget *parent);
QLineEdit *makeLineEdit(const QString &objectName, const QString &placeholder, QWidget *parent);
QCheckBox *makeCheckBox(const QString &objectName, const QString &text, const QString &toolTip,
                        QWidget *parent);

// Calls `changed` (in `context`) whenever the text of a line edit under `root` changes, spin
// boxes' included.
void watchEdits(QWidget *root, QObject *context, const std::function<void()> &changed);

} // namespace tidemark::ui::form
