#pragma once

#include <nlohmann/json.hpp>

#include <QVariant>

namespace tidemark::diff {

// A database value as JSON: numbers as numbers, booleans, NULL as null, timestamps as ISO 8601
// text, binary as hex text, everything else as text.
nlohmann::json valueToJson(const QVariant &value);

} // namespace tidemark::diff
