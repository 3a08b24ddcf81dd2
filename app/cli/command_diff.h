#pragma once

#include <QStringList>

namespace tidemark::cli {

// tidemark-cli diff URL1 TABLE1 [URL2] TABLE2 -k KEY[,KEY...] [options] [--format json|text]
int runDiff(const QStringList &arguments);

} // namespace tidemark::cli
