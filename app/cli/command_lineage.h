#pragma once

#include <QStringList>

namespace tidemark::cli {

// tidemark-cli lineage --manifest M [--select UNIQUE_ID_OR_NAME] [--upstream N] [--downstream N]
//                      [--format json|dot|mermaid]
int runLineage(const QStringList &arguments);

} // namespace tidemark::cli
