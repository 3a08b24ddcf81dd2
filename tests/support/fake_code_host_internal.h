#pragma once

// Shared by the fake code host's files (fake_code_host*.cpp); not for tests.

#include "support/fake_code_host.h"

#include <QString>

#include <optional>

namespace tidemark::test::fake {

inline constexpr const char *kTimestamp = "2024-05-01T10:00:00Z";

// A percent-encoded path or query part, decoded ('+' stays '+').
QString decoded(const QString &encoded);
// A value from a JSON body, or from a form body as GitLab also accepts.
std::optional<QString> bodyValue(const FakeCodeHost::Request &request, const QString &key);
// A QStringBuilder expression as a QString (brace-initialised JSON objects need the real type).
QString str(const QString &text);
// A stable 40-character hex "SHA" for a seed.
QString fakeSha(const QString &seed);

} // namespace tidemark::test::fake
