#include "results/model_context.h"
#include "translation.h"

#include "dbt/change_plan.h"

#include <QCoreApplication>

namespace tidemark::ui {

namespace {

// lupdate files the Tr::tr() calls of free functions under the enclosing namespace, so that is the
// context the translations are looked up in.
QString ruleText(dbt::PrimaryKeyRule rule)
{
    switch (rule) {
    case dbt::PrimaryKeyRule::ModelMeta: return Tr::tr("the model's meta (primary-key tag)");
    case dbt::PrimaryKeyRule::ColumnMeta: return Tr::tr("column meta (primary-key: true)");
    case dbt::PrimaryKeyRule::ColumnTag: return Tr::tr("a column tag (primary-key)");
    case dbt::PrimaryKeyRule::UniquenessTest: return Tr::tr("a uniqueness test");
    case dbt::PrimaryKeyRule::UniqueKey: return Tr::tr("the unique_key config");
    case dbt::PrimaryKeyRule::Constraint: return Tr::tr("a primary_key constraint");
    case dbt::PrimaryKeyRule::Name: return Tr::tr("the column's name (id, pk, pkey or <model>_id)");
    case dbt::PrimaryKeyRule::None: return Tr::tr("no rule matched");
    }
    return {};
}

} // namespace

ModelContext ModelContext::fromPlannedModel(const dbt::PlannedModel &model)
{
    ModelContext c;
    c.modelName = QString::fromStdString(model.name);
    c.uniqueId = QString::fromStdString(model.uniqueId);
    c.status = QString::fromLatin1(dbt::toString(model.status));
    for (const std::string &column : model.primaryKey.columns)
        c.primaryKeyColumns << QString::fromStdString(column);
    c.primaryKeyRule = ruleText(model.primaryKey.rule);
    c.primaryKeyDetail = QString::fromStdString(model.primaryKey.detail);
    return c;
}

} // namespace tidemark::ui
