#include "ci/gitignore_matcher.h"

#include <cstring>

namespace tidemark::ci {

namespace {

// The outcomes of one matching attempt. Besides "no match" there are two ways to give up early,
// as in git: AbortAll when no later position of an enclosing '*' can succeed either (the text ran
// out), AbortToDoubleStar when only an enclosing "**" could still succeed (a single '*' cannot
// cross the '/' it reached).
enum class Match { Yes, No, AbortAll, AbortToDoubleStar };

using uchar = unsigned char;

bool isGlobSpecial(uchar c)
{
    return c == '*' || c == '?' || c == '[' || c == '\\';
}

// A POSIX class name inside [...]: "alpha" in "[[:alpha:]]". ASCII only, as in git, whatever the
// locale. Returns -1 for an unknown name (the pattern is then malformed and matches nothing).
int matchesClass(const uchar *name, int length, uchar c)
{
    const auto is = [&](const char *n) {
        return int(std::strlen(n)) == length && std::memcmp(name, n, size_t(length)) == 0;
    };
    const bool lower = c >= 'a' && c <= 'z';
    const bool upper = c >= 'A' && c <= 'Z';
    const bool digit = c >= '0' && c <= '9';
    const bool graph = c >= 0x21 && c <= 0x7e;
    if (is("alnum"))
        return lower || upper || digit;
    if (is("alpha"))
        return lower || upper;
    if (is("blank"))
        return c == ' ' || c == '\t';
    if (is("cntrl"))
        return c < 0x20 || c == 0x7f;
    if (is("digit"))
        return digit;
    if (is("graph"))
        return graph;
    if (is("lower"))
        return lower;
    if (is("print"))
        return graph || c == ' ';
    if (is("punct"))
        return graph && !lower && !upper && !digit;
    if (is("space"))
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    if (is("upper"))
        return upper;
    if (is("xdigit"))
        return digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    return -1;
}

// Matches one bracket expression starting just after '['. On return p points at the closing ']'.
// Returns No/Yes, or AbortAll for a malformed class (no closing bracket, unknown [:name:]).
Match matchBracket(const uchar *&p, uchar t, bool pathname)
{
    uchar c = *p;
    bool negated = false;
    if (c == '!' || c == '^') {
        negated = true;
        c = *++p;
    }
    bool matched = false;
    uchar previous = 0;
    // The first character after '[' (or '[!') is a member even when it is ']'.
    do {
        if (c == 0)
            return Match::AbortAll;
        if (c == '\\') {
            c = *++p;
            if (c == 0)
                return Match::AbortAll;
            if (t == c)
                matched = true;
        } else if (c == '-' && previous && p[1] && p[1] != ']') {
            c = *++p;
            if (c == '\\') {
                c = *++p;
                if (c == 0)
                    return Match::AbortAll;
            }
            if (t >= previous && t <= c)
                matched = true;
            c = 0; // a range end does not start another range
        } else if (c == '[' && p[1] == ':') {
            const uchar *name = p + 2;
            const uchar *q = name;
            while (*q && *q != ']')
                ++q;
            if (*q == 0)
                return Match::AbortAll;
            const int length = int(q - name) - 1;
            if (length < 0 || q[-1] != ':') {
                // Not "[:name:]": an ordinary '['.
                if (t == '[')
                    matched = true;
                c = '[';
            } else {
                const int inClass = matchesClass(name, length, t);
                if (inClass < 0)
                    return Match::AbortAll;
                if (inClass)
                    matched = true;
                p = q;
                c = 0;
            }
        } else if (t == c) {
            matched = true;
        }
        previous = c;
        c = *++p;
    } while (c != ']');
    if (matched == negated || (pathname && t == '/'))
        return Match::No;
    return Match::Yes;
}

Match doMatch(const uchar *p, const uchar *text, bool pathname)
{
    const uchar *const start = p;
    for (; *p; ++text, ++p) {
        uchar t = *text;
        if (t == 0 && *p != '*')
            return Match::AbortAll;
        switch (*p) {
        case '\\': {
            // The next character literally; a trailing backslash matches nothing.
            const uchar literal = *++p;
            if (t != literal)
                return Match::No;
            if (literal == 0)
                return Match::No;
            continue;
        }
        case '?':
            if (pathname && t == '/')
                return Match::No;
            continue;
        case '[': {
            ++p;
            const Match m = matchBracket(p, t, pathname);
            if (m != Match::Yes)
                return m;
            continue;
        }
        case '*': {
            bool crossesSlash = !pathname;
            if (p[1] == '*') {
                const uchar *before = p - 1;
                ++p;
                while (p[1] == '*')
                    ++p;
                const uchar *after = p + 1;
                // "**" counts only as a whole component: at the start or after '/', and at the
                // end or before '/'. Anywhere else it is a plain '*'.
                if ((before < start || *before == '/')
                    && (*after == 0 || *after == '/' || (after[0] == '\\' && after[1] == '/'))) {
                    // "**/" may match no directory at all: try the rest right here.
                    if (*after == '/' && doMatch(after + 1, text, pathname) == Match::Yes)
                        return Match::Yes;
                    crossesSlash = true;
                } else {
                    crossesSlash = !pathname;
                }
            }
            ++p; // p is now at what follows the stars
            if (*p == 0) {
                // A trailing "**" matches everything; a trailing '*' stops at a slash.
                if (!crossesSlash && std::strchr(reinterpret_cast<const char *>(text), '/'))
                    return Match::No;
                return Match::Yes;
            }
            if (!crossesSlash && *p == '/') {
                // "*/": the star covers the rest of this component.
                const char *slash = std::strchr(reinterpret_cast<const char *>(text), '/');
                if (!slash)
                    return Match::No;
                text = reinterpret_cast<const uchar *>(slash);
                // The for loop's increments consume the slash on both sides.
                continue;
            }
            for (;;) {
                if (t == 0)
                    break;
                if (!isGlobSpecial(*p)) {
                    // Skip ahead to the next place where the following literal can start.
                    const uchar wanted = *p;
                    while ((t = *text) != 0 && (crossesSlash || t != '/')) {
                        if (t == wanted)
                            break;
                        ++text;
                    }
                    if (t != wanted)
                        return Match::No;
                }
                const Match m = doMatch(p, text, pathname);
                if (m != Match::No) {
                    if (!crossesSlash || m != Match::AbortToDoubleStar)
                        return m;
                } else if (!crossesSlash && t == '/') {
                    return Match::AbortToDoubleStar;
                }
                t = *++text;
            }
            return Match::AbortAll;
        }
        default:
            if (t != *p)
                return Match::No;
            continue;
        }
    }
    return *text ? Match::No : Match::Yes;
}

// git's trimming of a .gitignore line: trailing spaces go unless the last one is escaped.
QByteArray trimTrailingSpaces(const QByteArray &line)
{
    qsizetype lastSpace = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == ' ') {
            if (lastSpace < 0)
                lastSpace = i;
        } else if (c == '\\') {
            ++i;
            if (i >= line.size())
                return line;
            lastSpace = -1;
        } else {
            lastSpace = -1;
        }
    }
    return lastSpace >= 0 ? line.left(lastSpace) : line;
}

} // namespace

bool wildmatch(const QByteArray &glob, const QByteArray &text, bool pathname)
{
    // QByteArray::constData() is always NUL-terminated.
    return doMatch(reinterpret_cast<const uchar *>(glob.constData()),
                   reinterpret_cast<const uchar *>(text.constData()), pathname)
        == Match::Yes;
}

GitignoreMatcher::GitignoreMatcher(const QStringList &lines)
{
    for (const QString &rawLine : lines) {
        // A list entry may itself hold several lines (a pasted .gitignore).
        const QList<QByteArray> split = rawLine.toUtf8().split('\n');
        for (QByteArray line : split) {
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            line = trimTrailingSpaces(line);
            Pattern pattern;
            if (line.startsWith('!')) {
                pattern.negated = true;
                line.remove(0, 1);
            }
            if (line.endsWith('/')) {
                pattern.directoryOnly = true;
                line.chop(1);
            }
            if (line.isEmpty())
                continue; // matches nothing
            pattern.basenameOnly = !line.contains('/');
            if (line.startsWith('/'))
                line.remove(0, 1);
            pattern.glob = line;
            while (pattern.literalPrefix < line.size()
                   && !isGlobSpecial(uchar(line.at(pattern.literalPrefix))))
                ++pattern.literalPrefix;
            m_patterns.push_back(std::move(pattern));
        }
    }
}

// As git does, the literal start of an anchored pattern is compared as text and only the rest goes
// through wildmatch; so in "doc**/x" the "**" counts as whole components, exactly as git sees it.
bool GitignoreMatcher::matchesPath(const Pattern &pattern, const QByteArray &path)
{
    const qsizetype prefix = pattern.literalPrefix;
    if (path.size() < prefix || !path.startsWith(QByteArrayView(pattern.glob).first(prefix)))
        return false;
    if (prefix == pattern.glob.size())
        return path.size() == prefix;
    return wildmatch(pattern.glob.mid(prefix), path.mid(prefix), true);
}

const GitignoreMatcher::Pattern *GitignoreMatcher::lastMatch(const QByteArray &path,
                                                             bool isDirectory) const
{
    const qsizetype slash = path.lastIndexOf('/');
    const QByteArray basename = slash >= 0 ? path.mid(slash + 1) : path;
    for (auto it = m_patterns.rbegin(); it != m_patterns.rend(); ++it) {
        if (it->directoryOnly && !isDirectory)
            continue;
        if (it->basenameOnly ? wildmatch(it->glob, basename, false) : matchesPath(*it, path))
            return &*it;
    }
    return nullptr;
}

bool GitignoreMatcher::ignored(const QString &path) const
{
    if (m_patterns.empty())
        return false;
    QByteArray bytes = path.toUtf8();
    while (bytes.startsWith('/'))
        bytes.remove(0, 1);
    while (bytes.startsWith("./"))
        bytes.remove(0, 2);
    if (bytes.isEmpty())
        return false;

    // A directory that is excluded hides everything below it: no pattern can re-include a file
    // there. Look at the parents from the top, as git does while it walks the tree.
    for (qsizetype slash = bytes.indexOf('/'); slash >= 0; slash = bytes.indexOf('/', slash + 1)) {
        if (slash == 0)
            continue;
        const Pattern *decider = lastMatch(bytes.left(slash), true);
        if (decider && !decider->negated)
            return true;
    }
    const Pattern *decider = lastMatch(bytes, false);
    return decider && !decider->negated;
}

} // namespace tidemark::ci
