#pragma once

// Small building blocks of the settings forms: red inline hints, status lines for connection tests
// and a field with a button beside it.

#include <QString>

class QLabel;
class QLineEdit;
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

} // namespace tidemark::ui::form
