#pragma once

// A connection to a warehouse, behind an interface so that the diff engine and the pipeline see
// only this. One object is used on the thread that opened it; cancel() may be called from any
// thread and stops the running statement on the server.

#include "common/expected.h"
#include "warehouse/connection_spec.h"
#include "warehouse/dialect.h"
#include "warehouse/table_name.h"

#include <QVariant>

#include <functional>
#include <memory>
#include <vector>

namespace tidemark::warehouse {

// One row of a result, valid only inside the callback that receives it.
class Row
{
public:
    virtual ~Row() = default;
    virtual int size() const = 0;
    virtual QVariant value(int column) const = 0;
    virtual bool isNull(int column) const = 0;
};

class Database
{
public:
    using RowCallback = std::function<bool(const Row &)>; // return false to stop reading

    virtual ~Database() = default;

    virtual const ConnectionSpec &spec() const = 0;
    virtual const Dialect &dialect() const = 0;

    // The columns of a table, in order; an Error names a missing table.
    virtual Expected<std::vector<ColumnInfo>> columns(const TableName &table) = 0;
    // Runs a statement that returns no rows.
    virtual Expected<void> execute(const QString &sql) = 0;
    // Runs a query, binding `values` to its ? placeholders, and streams the rows to `onRow`.
    virtual Expected<void> query(const QString &sql, const QVariantList &values,
                                 const RowCallback &onRow)
        = 0;
    // Stops the statement running on this connection (from any thread); the running call then
    // returns an Error that says it was cancelled. A statement that has not started yet is not
    // affected: see setCancelCheck().
    virtual void cancel() = 0;
    // While `cancelled` returns true (it is asked from this connection's thread, before each
    // statement, while rows are read and, on SQLite, while a statement runs), statements fail at
    // once with the cancelled Error. Nothing: no such check. A diff's DiffControl sets it for the
    // time the connection is attached to it, so that a cancel between two statements is not lost.
    virtual void setCancelCheck(std::function<bool()> cancelled) = 0;
};

// Opens a connection on the calling thread. Errors name the host, the database and the user, and
// say what to check; they never contain the password.
Expected<std::unique_ptr<Database>> openDatabase(const ConnectionSpec &spec);

} // namespace tidemark::warehouse
