#pragma once

#include <QStringList>

namespace tidemark::cli {

// tidemark-cli ci --integration FILE [--pr N] [--post] [--format json|markdown|text] [--rerun]
int runCi(const QStringList &arguments);

} // namespace tidemark::cli
