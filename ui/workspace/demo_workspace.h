#pragma once

// The bundled demo: Tidemark Coffee Roasters' production and pull-request artifacts and its SQLite
// warehouse, unpacked from the binary's resources into a folder on first use, and an integration
// that reads them, so the app shows a pull request with finished diffs without network or account.

#include "ci/integration.h"
#include "common/expected.h"

#include <QString>

namespace tidemark::ui {

struct DemoWorkspace
{
    QString folder;
    // Local artifacts (with pull request #17's facts) and the SQLite warehouse.
    ci::Integration integration;
};

// <AppLocalDataLocation>/demo
QString defaultDemoFolder();

// Writes the manifests and builds the warehouse in `folder` unless they are already there and up
// to date (a stamp of the bundled content decides). Blocking: SQLite work on the calling thread.
Expected<DemoWorkspace> prepareDemoWorkspace(const QString &folder = defaultDemoFolder());

} // namespace tidemark::ui
