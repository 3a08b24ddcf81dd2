#include "common/fast_json.h"
#include "common/translation.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstring>
#include <functional>

namespace tidemark::json {

namespace {

constexpr uint64_t kStringTag = 0x9e3779b97f4a7c15ULL;
constexpr uint64_t kNumberTag = 0xc2b2ae3d27d4eb4fULL;
constexpr uint64_t kTrueTag = 0x165667b19e3779f9ULL;
constexpr uint64_t kFalseTag = 0x27d4eb2f165667c5ULL;
constexpr uint64_t kNullTag = 0x85ebca77c2b2ae63ULL;
constexpr uint64_t kArrayTag = 0xff51afd7ed558ccdULL;
constexpr uint64_t kObjectTag = 0xc4ceb9fe1a85ec53ULL;

uint64_t mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

std::string_view trimmed(std::string_view token)
{
    while (!token.empty()
           && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r'
               || token.back() == '\t'))
        token.remove_suffix(1);
    return token;
}

// The escaped body of a string token: the raw token without its quotes and trailing white space.
std::string_view stringBody(od::value &value)
{
    std::string_view token = trimmed(value.raw_json_token());
    if (token.size() >= 2 && token.front() == '"' && token.back() == '"')
        return token.substr(1, token.size() - 2);
    return {};
}

void appendUtf8(uint32_t cp, std::string &out)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool readHex4(std::string_view s, size_t at, uint32_t &out)
{
    if (at + 4 > s.size())
        return false;
    uint32_t v = 0;
    for (size_t i = 0; i < 4; ++i) {
        const int h = hexValue(s[at + i]);
        if (h < 0)
            return false;
        v = (v << 4) | uint32_t(h);
    }
    out = v;
    return true;
}

[[noreturn]] void throwType(od::value &value, std::string_view what, const char *expected)
{
    od::json_type actual {};
    const char *found = "an invalid value";
    if (value.type().get(actual) == simdjson::SUCCESS)
        found = describe(actual);
    const char *location = trimmed(value.raw_json_token()).data();
    throw ShapeError(std::string(what) + ": expected " + expected + ", found " + found, location);
}

} // namespace

Expected<simdjson::padded_string> readPadded(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {Tr::tr("Cannot open %1: %2.").arg(path, file.errorString())};
    }
    const qint64 size = file.size();
    simdjson::padded_string buffer(size_t(std::max<qint64>(size, 0)));
    qint64 done = 0;
    while (done < size) {
        const qint64 n = file.read(buffer.data() + done, size - done);
        if (n <= 0) {
            return Error {Tr::tr("Cannot read %1: %2.").arg(path, file.errorString())};
        }
        done += n;
    }
    return buffer;
}

TextPosition positionOf(std::string_view text, size_t offset)
{
    offset = std::min(offset, text.size());
    TextPosition pos;
    const char *begin = text.data();
    const char *end = begin + offset;
    const char *lineStart = begin;
    for (const char *p = begin; p < end;) {
        const void *nl = std::memchr(p, '\n', size_t(end - p));
        if (!nl)
            break;
        ++pos.line;
        p = static_cast<const char *>(nl) + 1;
        lineStart = p;
    }
    pos.column = qsizetype(end - lineStart) + 1;
    return pos;
}

const char *describe(od::json_type type)
{
    switch (type) {
    case od::json_type::array: return "an array";
    case od::json_type::object: return "an object";
    case od::json_type::number: return "a number";
    case od::json_type::string: return "a string";
    case od::json_type::boolean: return "a boolean";
    case od::json_type::null: return "null";
    }
    return "an unknown value";
}

std::string_view rawKey(od::field &field)
{
    const char *begin = field.key().raw();
    const char *p = begin;
    while (*p != '"') {
        if (*p == '\\')
            ++p;
        ++p;
    }
    return {begin, size_t(p - begin)};
}

std::string key(od::field &field)
{
    const std::string_view raw = rawKey(field);
    std::string out;
    appendUnescaped(raw, out);
    return out;
}

void appendUnescaped(std::string_view s, std::string &out)
{
    size_t start = 0;
    while (true) {
        const size_t slash = s.find('\\', start);
        if (slash == std::string_view::npos) {
            out.append(s.substr(start));
            return;
        }
        out.append(s.substr(start, slash - start));
        if (slash + 1 >= s.size())
            return;
        const char c = s[slash + 1];
        size_t next = slash + 2;
        switch (c) {
        case 'n': out.push_back('\n'); break;
        case 't': out.push_back('\t'); break;
        case 'r': out.push_back('\r'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'u': {
            uint32_t cp = 0;
            if (!readHex4(s, slash + 2, cp)) {
                out.push_back('?');
                break;
            }
            next = slash + 6;
            if (cp >= 0xD800 && cp <= 0xDBFF && next + 6 <= s.size() && s[next] == '\\'
                && s[next + 1] == 'u') {
                uint32_t low = 0;
                if (readHex4(s, next + 2, low) && low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    next += 6;
                }
            }
            appendUtf8(cp, out);
            break;
        }
        default: out.push_back(c); break; // \" \\ \/
        }
        start = next;
    }
}

bool isNull(od::value &value)
{
    return value.is_null();
}

std::string string(od::value value, std::string_view what)
{
    od::json_type type {};
    if (value.type().get(type) != simdjson::SUCCESS || type != od::json_type::string)
        throwType(value, what, "a string");
    std::string out;
    appendUnescaped(stringBody(value), out);
    return out;
}

std::string stringOrEmpty(od::value value, std::string_view what)
{
    od::json_type type {};
    if (value.type().get(type) == simdjson::SUCCESS && type == od::json_type::null)
        return {};
    return string(value, what);
}

bool boolean(od::value value, std::string_view what)
{
    bool b = false;
    if (value.get_bool().get(b) != simdjson::SUCCESS)
        throwType(value, what, "true or false");
    return b;
}

bool truthy(od::value value)
{
    od::json_type type {};
    if (value.type().get(type) != simdjson::SUCCESS)
        return false;
    switch (type) {
    case od::json_type::boolean: {
        bool b = false;
        return value.get_bool().get(b) == simdjson::SUCCESS && b;
    }
    case od::json_type::string: {
        const std::string_view body = stringBody(value);
        if (body.size() > 4 && body.find('\\') == std::string_view::npos)
            return false; // longer than "true", "yes" or "1"
        std::string s;
        appendUnescaped(body, s);
        std::transform(s.begin(), s.end(), s.begin(),
                       [](unsigned char c) { return char(std::tolower(c)); });
        return s == "true" || s == "yes" || s == "1";
    }
    case od::json_type::number: {
        double d = 0;
        return value.get_double().get(d) == simdjson::SUCCESS && d != 0;
    }
    default: return false;
    }
}

od::object object(od::value value, std::string_view what)
{
    od::object obj;
    if (value.get_object().get(obj) != simdjson::SUCCESS)
        throwType(value, what, "an object");
    return obj;
}

od::array array(od::value value, std::string_view what)
{
    od::array arr;
    if (value.get_array().get(arr) != simdjson::SUCCESS)
        throwType(value, what, "an array");
    return arr;
}

std::vector<std::string> stringList(od::value value, std::string_view what)
{
    std::vector<std::string> out;
    if (value.is_null())
        return out;
    for (auto element : array(value, what))
        out.push_back(string(element.value(), what));
    return out;
}

std::vector<std::string> stringOrStringList(od::value value, std::string_view what)
{
    od::json_type type {};
    if (value.type().get(type) == simdjson::SUCCESS && type == od::json_type::string)
        return {string(value, what)};
    return stringList(value, what);
}

uint64_t combine(uint64_t seed, uint64_t value)
{
    return mix(seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2)));
}

uint64_t digestString(std::string_view unescaped)
{
    return combine(kStringTag, std::hash<std::string_view> {}(unescaped));
}

uint64_t digest(od::value value)
{
    od::json_type type {};
    if (value.type().get(type) != simdjson::SUCCESS)
        throw ShapeError("invalid JSON value", trimmed(value.raw_json_token()).data());
    switch (type) {
    case od::json_type::string: {
        const std::string_view body = stringBody(value);
        if (body.find('\\') == std::string_view::npos)
            return digestString(body);
        std::string unescaped;
        unescaped.reserve(body.size());
        appendUnescaped(body, unescaped);
        return digestString(unescaped);
    }
    case od::json_type::number:
        return combine(kNumberTag, std::hash<std::string_view> {}(trimmed(value.raw_json_token())));
    case od::json_type::boolean: return value.get_bool().value_unsafe() ? kTrueTag : kFalseTag;
    case od::json_type::null: return kNullTag;
    case od::json_type::array: {
        uint64_t h = kArrayTag;
        for (auto element : value.get_array())
            h = combine(h, digest(element.value()));
        return h;
    }
    case od::json_type::object: {
        // Order-independent: a sum of per-field digests.
        uint64_t sum = 0;
        for (auto field : value.get_object()) {
            od::field f = take(field);
            const std::string_view raw = rawKey(f);
            const uint64_t k = raw.find('\\') == std::string_view::npos ? digestString(raw)
                                                                        : digestString(key(f));
            sum += mix(combine(k, digest(f.value())));
        }
        return combine(kObjectTag, sum);
    }
    }
    return 0;
}

nlohmann::json toJson(od::value value)
{
    od::json_type type {};
    if (value.type().get(type) != simdjson::SUCCESS)
        throw ShapeError("invalid JSON value", trimmed(value.raw_json_token()).data());
    switch (type) {
    case od::json_type::string: {
        std::string s;
        appendUnescaped(stringBody(value), s);
        return s;
    }
    case od::json_type::number: {
        const std::string_view token = trimmed(value.raw_json_token());
        return nlohmann::json::parse(token.begin(), token.end(), nullptr, false);
    }
    case od::json_type::boolean: return value.get_bool().value_unsafe();
    case od::json_type::null: return nullptr;
    case od::json_type::array: {
        nlohmann::json out = nlohmann::json::array();
        for (auto element : value.get_array())
            out.push_back(toJson(element.value()));
        return out;
    }
    case od::json_type::object: {
        nlohmann::json out = nlohmann::json::object();
        for (auto field : value.get_object()) {
            od::field f = take(field);
            out[key(f)] = toJson(f.value());
        }
        return out;
    }
    }
    return nullptr;
}

} // namespace tidemark::json
