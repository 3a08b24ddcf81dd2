#pragma once

#include <QStringList>

namespace tidemark::cli {

// tidemark-cli changes --base BASE_MANIFEST --pr PR_MANIFEST [--format json|text] [--slim]
//                      [--primary-key-tag TAG]
int runChanges(const QStringList &arguments);

} // namespace tidemark::cli
