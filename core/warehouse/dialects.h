#pragma once

// The dialects of the databases Tidemark tests for real (PostgreSQL, MySQL/MariaDB, SQLite) and a
// plain ANSI one for the warehouses reached through ODBC.

#include "warehouse/dialect.h"

namespace tidemark::warehouse {

class PostgresDialect final : public Dialect
{
public:
    Driver driver() const override { return Driver::PostgreSQL; }
    QString distinct(const QString &a, const QString &b) const override;
    QString exactText(const QString &expr) const override;
    QString canonicalText(const QString &expr, const ValueForm &form) const override;
    QString hash64(const QString &textExpr) const override;
    QStringList sessionSetup() const override;
};

class MySqlDialect final : public Dialect
{
public:
    Driver driver() const override { return Driver::MySQL; }
    QString quote(const QString &identifier) const override;
    QString distinct(const QString &a, const QString &b) const override;
    bool supportsFullOuterJoin() const override { return false; }
    QString canonicalText(const QString &expr, const ValueForm &form) const override;
    QString hash64(const QString &textExpr) const override;
    QString concat(const QStringList &parts) const override;
    QString castToFloat(const QString &expr) const override;
    QString exactText(const QString &expr) const override;
    QString asText(const QString &expr) const override;
    TypeClass typeClass(const QString &typeName) const override;
    QStringList sessionSetup() const override;
};

class SqliteDialect final : public Dialect
{
public:
    Driver driver() const override { return Driver::SQLite; }
    // dbt-sqlite's names: a schema is an attached database; the database part of a three-part
    // name ("warehouse"."analytics"."orders") is dropped.
    QString table(const TableName &name) const override;
    // SQLite (3.39+) has FULL OUTER JOIN but plans RIGHT and FULL joins without automatic indexes,
    // so joining two unindexed tables that way is quadratic; its LEFT JOINs get them.
    bool supportsFullOuterJoin() const override { return false; }
    QString distinct(const QString &a, const QString &b) const override;
    QString canonicalText(const QString &expr, const ValueForm &form) const override;
    // Uses the tidemark_hash60() function Tidemark registers on its SQLite connections.
    QString hash64(const QString &textExpr) const override;
    QString sumHash(const QString &hashExpr) const override;
    QString castToFloat(const QString &expr) const override;
    // Unicode lower-casing in C (SQLite's own LOWER() folds ASCII letters only).
    QString lower(const QString &expr) const override;
    TypeClass typeClass(const QString &typeName) const override;
};

class OdbcDialect final : public Dialect
{
public:
    Driver driver() const override { return Driver::ODBC; }
    QString distinct(const QString &a, const QString &b) const override;
    QString canonicalText(const QString &expr, const ValueForm &form) const override;
    QString hash64(const QString &textExpr) const override;
};

} // namespace tidemark::warehouse
