#pragma once

#include <nlohmann/json.hpp>

#include <QStringList>
#include <QVariant>

namespace tidemark::diff {

// A database value as JSON: numbers as numbers, booleans, NULL as null, timestamps as ISO 8601
// text, binary as hex text, everything else as text.
nlohmann::json valueToJson(const QVariant &value);

// A list of texts as a JSON array of strings.
nlohmann::json stringsToJson(const QStringList &list);

} // namespace tidemark::diff
