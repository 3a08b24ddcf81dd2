#pragma once

// One kind of warehouse's fields in the Data Connection section (a server, an SQLite file, an
// ODBC DSN, ...): what says where the warehouse is, turned into and read from a connection URL.
// The User and Password rows are the section's, shown for the forms that use them.

#include <QList>
#include <QWidget>

class QFormLayout;

namespace tidemark::warehouse {
struct ConnectionSpec;
}

namespace tidemark::ui {

class ConnectionForm : public QWidget
{
    Q_OBJECT

public:
    // A driver the form edits: its URL scheme (warehouse::toString) and the driver combo's text.
    struct Kind
    {
        QString id;
        QString label;
    };

    explicit ConnectionForm(QWidget *parent = nullptr);

    virtual QList<Kind> kinds() const = 0;
    // Picks the kind edited (one of kinds(), as the driver combo switches).
    virtual void setKind(const QString &id) { Q_UNUSED(id) }
    // Whether the section's User and Password rows apply.
    virtual bool usesPassword() const = 0;

    // The connection URL with `user` (the User row), or empty while nothing is entered.
    virtual QString url(const QString &user) const = 0;
    // Shows `spec`, a URL of one of kinds() parsed.
    virtual void setUrl(const warehouse::ConnectionSpec &spec) = 0;
    virtual void clear() = 0;
    // Why url(user) cannot be used; empty when it can or when nothing is entered.
    virtual QString validationError(const QString &user) const
    {
        Q_UNUSED(user)
        return {};
    }
    // The form's labels, for the section to line them up with its own.
    QList<QWidget *> labels() const;

Q_SIGNALS:
    void changed();

protected:
    // Adds a row labelled `label` (its buddy: `buddy`, else `field`) to the form.
    void addRow(const QString &label, QWidget *field, QWidget *buddy = nullptr);
    // Emits changed() whenever a line edit of the form changes; called once the rows are built.
    void watchEdits();

private:
    QFormLayout *m_form = nullptr;
};

} // namespace tidemark::ui
