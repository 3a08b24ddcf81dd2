#include "diff/hash_diff.h"

#include <QCoreApplication>

namespace tidemark::diff {

Expected<DiffResult> hashDiff(warehouse::Database &, const warehouse::TableName &, warehouse::Database &,
                              const warehouse::TableName &, const DiffOptions &, DiffControl *)
{
    return Error{QCoreApplication::translate("tidemark::diff::HashDiff",
                                             "diffs across two connections are not available in this build yet")};
}

} // namespace tidemark::diff
