#include "diff/hash/run_state.h"
#include "common/translation.h"

#include <algorithm>

namespace tidemark::diff::hashdiff {

using warehouse::Database;

RunState::RunState(Database &databaseA, const warehouse::TableName &nameA, Database &databaseB,
                   const warehouse::TableName &nameB, const DiffOptions &diffOptions,
                   DiffControl *control)
    : dbA(databaseA)
    , dbB(databaseB)
    , tableA(nameA)
    , tableB(nameB)
    , options(diffOptions)
    , ctl(control ? control : &localControl)
{
}

Error RunState::stopped() const
{
    if (deadline && deadline->expired())
        return Error {
            Tr::tr("the diff took longer than its time limit of %n second(s) and was stopped",
                   nullptr, options.timeLimitSeconds)};
    return Error {Tr::tr("the diff was cancelled")};
}

Expected<void> RunState::onBothSides(const SideTask &task)
{
    std::optional<Error> errors[2];
    std::future<void> done[2];
    // Threaded sides first, so that an inline side does not hold the other one back.
    const int first = workers[0]->threaded() ? 0 : 1;
    for (const int side : {first, 1 - first}) {
        done[side] = workers[side]->post([this, &task, &errors, side](Database &db) {
            if (ctl->isCancelled())
                return;
            QElapsedTimer busy;
            busy.start();
            auto ok = task(db, side);
            busyMs[side] += busy.elapsed();
            if (!ok)
                errors[side] = ok.error();
        });
    }
    done[0].wait();
    done[1].wait();
    if (ctl->isCancelled())
        return stopped();
    for (const auto &error : errors) {
        if (error)
            return *error;
    }
    return {};
}

int RunState::maxCells() const
{
    // Boundaries per statement: integers are written into the SQL, text is bound.
    int textParts = 0;
    for (const KeyKind kind : codec.kinds())
        textParts += kind != KeyKind::Integer ? 1 : 0;
    if (textParts == 0)
        return 8192;
    return std::min(8192, kMaxParameters / textParts);
}

} // namespace tidemark::diff::hashdiff
