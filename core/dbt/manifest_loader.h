#pragma once

#include "common/expected.h"
#include "dbt/manifest.h"

#include <QString>

#include <string_view>

namespace simdjson {
struct padded_string;
}

namespace tidemark::dbt {

struct ManifestLoadOptions
{
    bool keepParentMap
        = false; // keep the file's own parent_map (for checks; lineage does not need it)
};

// Loads a manifest.json (schema v4 to v12). `path` may name the file or a dbt `target/` folder.
// A file that is not a manifest, malformed or truncated gives one Error that names the file, the
// position (line and column) and what was expected there.
Expected<Manifest> loadManifest(const QString &path, const ManifestLoadOptions &options = {});

// Parses manifest JSON held in a padded buffer; `displayName` names it in errors.
Expected<Manifest> parseManifest(const simdjson::padded_string &json, const QString &displayName,
                                 const ManifestLoadOptions &options = {});

// The path of the manifest inside a folder, or `path` itself when it names a file.
QString resolveArtifactPath(const QString &path, const QString &fileName);

} // namespace tidemark::dbt
