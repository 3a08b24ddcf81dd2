#include "dbt/primary_key.h"

#include <algorithm>
#include <cctype>

namespace tidemark::dbt {

namespace {

constexpr std::pair<PrimaryKeyRule, const char *> kRuleNames[] = {
    {PrimaryKeyRule::ModelMeta, "model_meta"},
    {PrimaryKeyRule::ColumnMeta, "column_meta"},
    {PrimaryKeyRule::ColumnTag, "column_tag"},
    {PrimaryKeyRule::UniquenessTest, "uniqueness_test"},
    {PrimaryKeyRule::UniqueKey, "unique_key"},
    {PrimaryKeyRule::Constraint, "constraint"},
    {PrimaryKeyRule::Name, "name"},
    {PrimaryKeyRule::None, "none"},
};

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string trim(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return std::string(s);
}

// Whether the parenthesis that opens `s` is the one that closes it: "(a || b)" but not "(a) ||
// (b)".
bool enclosedInParentheses(const std::string &s)
{
    if (s.size() < 2 || s.front() != '(' || s.back() != ')')
        return false;
    int depth = 0;
    char quote = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '\'' || c == '"' || c == '`') {
            quote = c;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')' && --depth == 0) {
            return i == s.size() - 1;
        }
    }
    return false;
}

// A bare or quoted identifier, possibly qualified ("t.col" -> "col"); empty for literals and calls.
std::string identifierOf(const std::string &term)
{
    std::string t = trim(term);
    while (enclosedInParentheses(t))
        t = trim(t.substr(1, t.size() - 2));
    if (t.empty() || t.front() == '\'')
        return {};
    if (t.size() >= 2
        && ((t.front() == '"' && t.back() == '"') || (t.front() == '`' && t.back() == '`')
            || (t.front() == '[' && t.back() == ']')))
        return t.substr(1, t.size() - 2);
    // cast(x as text), x::text
    if (const size_t cast = t.find("::"); cast != std::string::npos)
        t = trim(t.substr(0, cast));
    const std::string l = lower(t);
    if (l.rfind("cast(", 0) == 0 && t.back() == ')') {
        const size_t as = l.rfind(" as ");
        if (as != std::string::npos)
            return identifierOf(t.substr(5, as - 5));
    }
    if (const size_t dot = t.rfind('.'); dot != std::string::npos)
        t = t.substr(dot + 1);
    const bool plain = std::all_of(t.begin(), t.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '_' || c == '$';
    });
    if (!plain || std::isdigit(static_cast<unsigned char>(t.front())))
        return {};
    return t;
}

// Splits on `separator` outside quotes and parentheses.
std::vector<std::string> splitTopLevel(const std::string &s, const std::string &separator)
{
    std::vector<std::string> parts;
    int depth = 0;
    char quote = 0;
    size_t start = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quote) {
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"' || c == '`') {
            quote = c;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')') {
            --depth;
        } else if (depth == 0 && s.compare(i, separator.size(), separator) == 0) {
            parts.push_back(s.substr(start, i - start));
            i += separator.size() - 1;
            start = i + 1;
        }
    }
    parts.push_back(s.substr(start));
    return parts;
}

void appendUnique(std::vector<std::string> &out, const std::string &column)
{
    if (!column.empty() && std::find(out.begin(), out.end(), column) == out.end())
        out.push_back(column);
}

std::vector<std::string> metaKeyColumns(const nlohmann::json &value)
{
    std::vector<std::string> out;
    if (value.is_string()) {
        for (const std::string &part : splitTopLevel(value.get<std::string>(), ","))
            appendUnique(out, trim(part));
    } else if (value.is_array()) {
        for (const auto &item : value) {
            if (item.is_string())
                appendUnique(out, trim(item.get<std::string>()));
        }
    }
    return out;
}

bool isUniqueTest(const TestInfo &test)
{
    return test.testName == "unique";
}

bool isCombinationTest(const TestInfo &test)
{
    return test.testName == "unique_combination_of_columns";
}

} // namespace

const char *toString(PrimaryKeyRule rule)
{
    for (const auto &[value, name] : kRuleNames) {
        if (value == rule)
            return name;
    }
    return "none";
}

std::optional<PrimaryKeyRule> primaryKeyRuleFromString(std::string_view text)
{
    for (const auto &[value, name] : kRuleNames) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

std::vector<std::string> columnsOfExpression(const std::string &expression)
{
    std::vector<std::string> out;
    std::string e = trim(expression);
    // (a || '-' || b) -> a || '-' || b, when the parentheses enclose the whole expression
    while (enclosedInParentheses(e))
        e = trim(e.substr(1, e.size() - 2));
    const std::string l = lower(e);
    std::vector<std::string> terms;
    if (e.find("||") != std::string::npos) {
        terms = splitTopLevel(e, "||");
    } else if ((l.rfind("concat(", 0) == 0 || l.rfind("concat_ws(", 0) == 0) && e.back() == ')') {
        const size_t open = e.find('(');
        terms = splitTopLevel(e.substr(open + 1, e.size() - open - 2), ",");
        if (l.rfind("concat_ws(", 0) == 0 && !terms.empty())
            terms.erase(terms.begin()); // the separator
    } else {
        terms = {e};
    }
    for (const std::string &term : terms) {
        std::string t = trim(term);
        // coalesce(a, '') -> a
        const std::string lt = lower(t);
        if (lt.rfind("coalesce(", 0) == 0 && t.back() == ')') {
            const auto args = splitTopLevel(t.substr(9, t.size() - 10), ",");
            if (!args.empty())
                t = args.front();
        }
        appendUnique(out, identifierOf(t));
    }
    return out;
}

PrimaryKeyFinder::PrimaryKeyFinder(const Manifest &manifest, std::string tag)
    : m_tag(std::move(tag))
{
    for (const TestInfo &test : manifest.tests) {
        if (!test.attachedNode.empty()
            && (isUniqueTest(test) || isCombinationTest(test) || test.testName == "not_null"))
            m_tests[test.attachedNode].push_back(&test);
    }
    for (auto &[uid, tests] : m_tests) {
        std::sort(tests.begin(), tests.end(),
                  [](const TestInfo *a, const TestInfo *b) { return a->uniqueId < b->uniqueId; });
    }
}

PrimaryKey PrimaryKeyFinder::find(const Node &node) const
{
    PrimaryKey key;

    // 1. model meta
    if (const auto it = node.meta.find(m_tag); it != node.meta.end()) {
        key.columns = metaKeyColumns(*it);
        if (!key.columns.empty()) {
            key.rule = PrimaryKeyRule::ModelMeta;
            key.detail = "meta." + m_tag;
            return key;
        }
    }
    // 2. column meta, 3. column tags
    for (const Column &column : node.columns) {
        if (std::find(column.trueMetaKeys.begin(), column.trueMetaKeys.end(), m_tag)
            != column.trueMetaKeys.end())
            appendUnique(key.columns, column.name);
    }
    if (!key.columns.empty()) {
        key.rule = PrimaryKeyRule::ColumnMeta;
        key.detail = "columns.*.meta." + m_tag;
        return key;
    }
    for (const Column &column : node.columns) {
        if (std::find(column.tags.begin(), column.tags.end(), m_tag) != column.tags.end())
            appendUnique(key.columns, column.name);
    }
    if (!key.columns.empty()) {
        key.rule = PrimaryKeyRule::ColumnTag;
        key.detail = "columns.*.tags: " + m_tag;
        return key;
    }
    // 4. uniqueness tests: a single column that is also not_null first, then any single column,
    // then expressions and combinations.
    if (const auto it = m_tests.find(node.uniqueId); it != m_tests.end()) {
        const auto &tests = it->second;
        auto notNull = [&tests](const std::string &column) {
            return std::any_of(tests.begin(), tests.end(), [&column](const TestInfo *t) {
                return t->testName == "not_null" && lower(t->columnName) == lower(column);
            });
        };
        const TestInfo *best = nullptr;
        int bestScore = -1;
        std::vector<std::string> bestColumns;
        for (const TestInfo *test : tests) {
            std::vector<std::string> columns;
            int score = 0;
            if (isUniqueTest(*test)) {
                columns = columnsOfExpression(test->columnName);
                if (columns.size() == 1)
                    score = notNull(columns.front()) ? 3 : 2;
                else
                    score = 1;
            } else if (isCombinationTest(*test)) {
                for (const std::string &c : test->combinationOfColumns)
                    appendUnique(columns, identifierOf(c));
                score = 1;
            }
            if (!columns.empty() && score > bestScore) {
                best = test;
                bestScore = score;
                bestColumns = std::move(columns);
            }
        }
        if (best) {
            key.columns = std::move(bestColumns);
            key.rule = PrimaryKeyRule::UniquenessTest;
            key.detail = best->uniqueId;
            return key;
        }
    }
    // 5. unique_key
    for (const std::string &column : node.uniqueKey) {
        for (const std::string &part : columnsOfExpression(column))
            appendUnique(key.columns, part);
    }
    if (!key.columns.empty()) {
        key.rule = PrimaryKeyRule::UniqueKey;
        key.detail = "config.unique_key";
        return key;
    }
    // 6. constraints
    if (!node.constraintPrimaryKey.empty()) {
        key.columns = node.constraintPrimaryKey;
        key.rule = PrimaryKeyRule::Constraint;
        key.detail = "constraints: primary_key";
        return key;
    }
    for (const Column &column : node.columns) {
        if (column.primaryKeyConstraint)
            appendUnique(key.columns, column.name);
    }
    if (!key.columns.empty()) {
        key.rule = PrimaryKeyRule::Constraint;
        key.detail = "columns.*.constraints: primary_key";
        return key;
    }
    if (!node.dbtPrimaryKey.empty()) {
        key.columns = node.dbtPrimaryKey;
        key.rule = PrimaryKeyRule::Constraint;
        key.detail = "primary_key";
        return key;
    }
    // 7. a column's name
    const std::string model = lower(node.name);
    std::vector<std::string> names = {"id", "pk", "pkey", model + "_id"};
    if (model.size() > 1 && model.back() == 's')
        names.push_back(model.substr(0, model.size() - 1) + "_id");
    for (const std::string &candidate : names) {
        for (const Column &column : node.columns) {
            if (lower(column.name) == candidate) {
                key.columns = {column.name};
                key.rule = PrimaryKeyRule::Name;
                key.detail = "column named " + column.name;
                return key;
            }
        }
    }
    key.rule = PrimaryKeyRule::None;
    key.detail = node.columns.empty()
        ? "no primary key: the model documents no columns and has no uniqueness test, unique_key "
          "or primary_key constraint; add meta: {"
            + m_tag + ": [column, ...]} to the model"
        : "no primary key: no meta or tag '" + m_tag
            + "', no uniqueness test, unique_key, primary_key constraint or column named id, pk, "
              "pkey or "
            + node.name + "_id; add meta: {" + m_tag + ": [column, ...]} to the model";
    return key;
}

} // namespace tidemark::dbt
