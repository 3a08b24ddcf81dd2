#pragma once

// Helpers over simdjson's On-Demand API for the large artifacts dbt writes (manifest.json can be
// hundreds of megabytes): read a file into a padded buffer, pull typed values out while naming the
// place of any mismatch, and digest large values without copying them.
//
// Strings are unescaped here (not in simdjson's per-document string buffer), so that memory stays
// bounded by what the caller keeps, not by the size of the document.

#include "common/expected.h"

#include <nlohmann/json_fwd.hpp>
#include <simdjson.h>

#include <QString>

#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

namespace tidemark::json {

namespace od = simdjson::ondemand;

// Thrown inside a parse when the document does not have the expected shape; the loader catches it
// and turns it into an Error that names the file, the position and what was expected.
class ShapeError final : public std::exception
{
public:
    ShapeError(std::string what, const char *location)
        : m_what(std::move(what))
        , m_location(location)
    {
    }
    const char *what() const noexcept override { return m_what.c_str(); }
    const char *location() const { return m_location; }

private:
    std::string m_what;
    const char *m_location;
};

// Unwraps a simdjson result, throwing simdjson_error on failure (the loader catches it).
template<typename Result> auto take(Result &&result)
{
    if (result.error() != simdjson::SUCCESS)
        throw simdjson::simdjson_error(result.error());
    return std::forward<Result>(result).value_unsafe();
}

// Reads a whole file (also from Qt resources) into a buffer with the padding simdjson needs.
Expected<simdjson::padded_string> readPadded(const QString &path);

// 1-based line and column of byte offset `offset` in `text`.
struct TextPosition
{
    qsizetype line = 1;
    qsizetype column = 1;
};
TextPosition positionOf(std::string_view text, size_t offset);

// A readable name for a JSON type ("an object", "a string", ...).
const char *describe(od::json_type type);

// The key of an object field as it stands in the document (escapes kept; dbt keys rarely have any).
std::string_view rawKey(od::field &field);
// The key, unescaped.
std::string key(od::field &field);

// Unescapes the body of a JSON string (without its quotes) and appends it to `out`.
void appendUnescaped(std::string_view escaped, std::string &out);

// Typed reads: each throws ShapeError naming `what` when the value has another type.
std::string string(od::value value, std::string_view what);
std::string stringOrEmpty(od::value value, std::string_view what); // null -> ""
bool boolean(od::value value, std::string_view what);
bool truthy(od::value value); // true, "true", "yes", 1 -> true; anything else false; never throws
std::vector<std::string> stringList(od::value value, std::string_view what); // null -> {}
std::vector<std::string> stringOrStringList(od::value value, std::string_view what);
od::object object(od::value value, std::string_view what);
od::array array(od::value value, std::string_view what);
bool isNull(od::value &value);

// A 64-bit digest of a JSON value that does not depend on the order of object keys, on white space
// or on how a string was escaped. Two values with equal content have equal digests.
uint64_t digest(od::value value);
// The digest of one string's content.
uint64_t digestString(std::string_view unescaped);
uint64_t combine(uint64_t seed, uint64_t value);

// Converts a (small) value, such as a node's `meta`, to nlohmann::json.
nlohmann::json toJson(od::value value);

} // namespace tidemark::json
