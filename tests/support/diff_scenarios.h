#pragma once

// Named pairs of tables for the diff tests, generated deterministically, each with the options to
// diff them by. The expected answer comes from referenceDiff() over the rows that pass `keep`.

#include "support/diff_fixture.h"

#include <functional>

namespace tidemark::test {

struct DiffScenario
{
    QString name;
    FixtureTable a;
    FixtureTable b;
    diff::DiffOptions options;
    std::function<bool(const QVariantList &)>
        keep; // the rows options.where lets through (null: all)
};

std::vector<DiffScenario> diffScenarios();

// The rows of `table` that `keep` lets through.
FixtureTable filtered(const FixtureTable &table,
                      const std::function<bool(const QVariantList &)> &keep);

} // namespace tidemark::test
