#pragma once

// "Files to ignore": .gitignore patterns over the repository-relative paths a pull request changed,
// with git's own semantics (gitignore(5)): blank lines and # comments, trailing spaces unless
// escaped, backslash escapes, ! negation where the last matching pattern wins, a leading or middle
// slash anchoring the pattern to the root, a trailing slash matching directories only, the
// wildcards
// *, ? and [...] (with [!...], [^...], ranges and [:classes:]), ** in leading, trailing and middle
// positions, and git's rule that a file cannot be re-included when one of its parent directories is
// excluded. The matcher agrees with `git check-ignore --no-index` (tests/ci/tst_gitignore_matcher).

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace tidemark::ci {

class GitignoreMatcher final
{
public:
    GitignoreMatcher() = default;
    // One pattern per entry, as the lines of a .gitignore file at the repository root.
    explicit GitignoreMatcher(const QStringList &lines);

    // Whether git would ignore this file. The path is relative to the repository root, with '/'
    // separators ("models/staging/stg_orders.sql"); every component but the last is a directory.
    bool ignored(const QString &path) const;

    // True when no line holds a pattern (all blank or comments).
    bool isEmpty() const { return m_patterns.empty(); }

private:
    struct Pattern
    {
        QByteArray glob; // UTF-8, escapes kept, leading '/' and trailing '/' removed
        bool negated = false;
        bool directoryOnly = false; // written with a trailing slash
        bool basenameOnly = false; // no slash: matches the last component at any depth
        qsizetype literalPrefix = 0; // leading characters before the first *, ?, [ or backslash
    };

    static bool matchesPath(const Pattern &pattern, const QByteArray &path);
    // The last pattern that decides about this path, or nullptr.
    const Pattern *lastMatch(const QByteArray &path, bool isDirectory) const;

    std::vector<Pattern> m_patterns;
};

// git's wildmatch: does the glob match the text? With pathname set, '*', '?' and [...] never
// match '/', and "**" between slashes matches any number of directories.
bool wildmatch(const QByteArray &glob, const QByteArray &text, bool pathname);

} // namespace tidemark::ci
