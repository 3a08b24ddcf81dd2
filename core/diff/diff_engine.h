#pragma once

// The entry point of a diff: opens the connections (on the calling thread, which should be a
// worker), picks the algorithm (join on one connection, hash across two) and runs it.

#include "common/expected.h"
#include "diff/diff_control.h"
#include "diff/diff_options.h"
#include "diff/diff_result.h"
#include "warehouse/connection_spec.h"
#include "warehouse/table_name.h"

#include <optional>

namespace tidemark::diff {

struct DiffRequest
{
    warehouse::ConnectionSpec connectionA;
    warehouse::TableName tableA;
    std::optional<warehouse::ConnectionSpec> connectionB; // none: the same connection as A
    warehouse::TableName tableB;
    DiffOptions options;
};

Expected<DiffResult> runDiff(const DiffRequest &request, DiffControl *control = nullptr);

} // namespace tidemark::diff
