// "Files to ignore": the .gitignore matcher against a table of cases, each of which is also put to
// the real `git check-ignore --no-index`, so the table itself is checked against git.

#include "ci/gitignore_matcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using tidemark::ci::GitignoreMatcher;
using tidemark::ci::wildmatch;

namespace {

// What `git check-ignore` says about the file `path` with these .gitignore lines: 1 ignored,
// 0 not ignored, -1 (and a test failure message in `why`) when git could not answer.
int gitSays(const QStringList &patterns, const QString &path, QString *why)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *why = QStringLiteral("cannot create a temporary directory");
        return -1;
    }
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    const auto run = [&](const QStringList &args, int *exitCode) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(dir.path());
        process.start(git, args);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
            *why = QStringLiteral("git %1 did not finish").arg(args.join(QLatin1Char(' ')));
            return false;
        }
        *exitCode = process.exitCode();
        if (*exitCode > 1)
            *why = QStringLiteral("git %1 failed: %2")
                       .arg(args.join(QLatin1Char(' ')),
                            QString::fromLocal8Bit(process.readAllStandardError()));
        return true;
    };
    int code = 0;
    if (!run({QStringLiteral("init"), QStringLiteral("-q")}, &code) || code != 0)
        return -1;

    QFile ignore(dir.filePath(QStringLiteral(".gitignore")));
    if (!ignore.open(QIODevice::WriteOnly)) {
        *why = QStringLiteral("cannot write .gitignore");
        return -1;
    }
    for (const QString &line : patterns)
        ignore.write(line.toUtf8() + '\n');
    ignore.close();

    // The file and its directories exist, so that git sees directories as directories.
    const QString file = dir.filePath(path);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile touch(file);
    if (!touch.open(QIODevice::WriteOnly)) {
        *why = QStringLiteral("cannot create %1").arg(path);
        return -1;
    }
    touch.close();

    if (!run({QStringLiteral("-c"), QStringLiteral("core.excludesFile=/dev/null"),
              QStringLiteral("check-ignore"), QStringLiteral("--no-index"), QStringLiteral("-q"),
              path},
             &code))
        return -1;
    if (code > 1)
        return -1;
    return code == 0 ? 1 : 0;
}

} // namespace

class TestGitignoreMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesLikeGit_data();
    void matchesLikeGit();
    void wildmatchDirect_data();
    void wildmatchDirect();
    void emptyAndCommentOnly();
    void multiLineEntry();
};

void TestGitignoreMatcher::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        QFAIL("git is not installed: this test checks every case against `git check-ignore`; "
              "install git (tools/dev.sh lists it)");
}

void TestGitignoreMatcher::matchesLikeGit_data()
{
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("expected");

    const auto row = [](const char *name, QStringList patterns, const char *path, bool expected) {
        QTest::newRow(name) << patterns << QString::fromUtf8(path) << expected;
    };
    const auto L = [](const char *s) { return QString::fromUtf8(s); };

    // Blank lines, comments, trailing spaces, escapes.
    row("no patterns", {}, "a.txt", false);
    row("comment line", {L("#foo")}, "#foo", false);
    row("escaped hash", {L("\\#foo")}, "#foo", true);
    row("blank and space-only lines", {L(""), L("   "), L("a.txt")}, "a.txt", true);
    row("space-only line matches nothing", {L("   ")}, "b.txt", false);
    row("trailing spaces trimmed", {L("a.txt   ")}, "a.txt", true);
    row("escaped trailing space kept", {L("a.txt\\ ")}, "a.txt ", true);
    row("escaped trailing space required", {L("a.txt\\ ")}, "a.txt", false);
    row("leading spaces kept", {L(" a.txt")}, "a.txt", false);
    row("leading space matches", {L(" a.txt")}, " a.txt", true);
    row("trailing backslash matches nothing", {L("foo\\")}, "foo", false);
    row("escaped star is literal", {L("foo\\*")}, "foo*", true);
    row("escaped star not a wildcard", {L("foo\\*")}, "foox", false);
    row("escaped bang is literal", {L("\\!important")}, "!important", true);

    // Basename patterns (no slash) match at any depth, directories included.
    row("extension at depth", {L("*.log")}, "logs/deep/x.log", true);
    row("name matches a parent directory", {L("node_modules")}, "web/node_modules/pkg/index.js",
        true);
    row("name matches a file", {L("build")}, "src/build", true);
    row("case sensitive", {L("*.SQL")}, "models/a.sql", false);
    row("non-ascii name", {L("données/")}, "données/a.csv", true);

    // Anchoring: a leading or middle slash ties the pattern to the root.
    row("leading slash anchors", {L("/build")}, "build", true);
    row("leading slash not deeper", {L("/build")}, "src/build", false);
    row("anchored star stays in root", {L("/*.log")}, "logs/x.log", false);
    row("middle slash anchors", {L("doc/frotz")}, "a/doc/frotz", false);
    row("middle slash at root", {L("doc/frotz")}, "doc/frotz", true);
    row("anchored star one level", {L("models/*.sql")}, "models/a.sql", true);
    row("anchored star not two levels", {L("models/*.sql")}, "models/staging/a.sql", false);
    row("star as a whole component", {L("models/*/a.sql")}, "models/x/a.sql", true);

    // A trailing slash: directories only, and then everything below them.
    row("dir pattern ignores a file of that name? no", {L("build/")}, "build", false);
    row("dir pattern ignores its files", {L("build/")}, "build/x.o", true);
    row("dir pattern at any depth", {L("build/")}, "src/build/x.o", true);
    row("anchored dir pattern elsewhere", {L("src/build/")}, "build/x.o", false);
    row("anchored dir pattern", {L("doc/frotz/")}, "doc/frotz/a", true);
    row("any directory", {L("*/")}, "dir/a.txt", true);
    row("any directory, not a root file", {L("*/")}, "a.txt", false);
    row("dir-only negation leaves files", {L("*.txt"), L("!a.txt/")}, "a.txt", true);

    // Negation: the last matching pattern wins.
    row("negation re-includes", {L("*.sql"), L("!keep.sql")}, "models/keep.sql", false);
    row("order matters", {L("!keep.sql"), L("*.sql")}, "keep.sql", true);
    row("negation alone", {L("!*.sql")}, "a.sql", false);
    row("negated directory pattern", {L("build/"), L("!build/")}, "build/x", false);
    row("whitelist: sql kept", {L("*"), L("!*/"), L("!*.sql")}, "models/a.sql", false);
    row("whitelist: others ignored", {L("*"), L("!*/"), L("!*.sql")}, "models/a.py", true);

    // A file cannot be re-included when a parent directory is excluded.
    row("excluded parent wins", {L("logs/"), L("!logs/keep.txt")}, "logs/keep.txt", true);
    row("dir/** then negation works", {L("logs/**"), L("!logs/keep.txt")}, "logs/keep.txt", false);
    row("dir/* then negation works", {L("logs/*"), L("!logs/keep.txt")}, "logs/keep.txt", false);
    row("dir/* excludes subdirectories", {L("logs/*"), L("!logs/keep.txt")}, "logs/sub/keep.txt",
        true);
    row("root excluded, folder re-included", {L("/*"), L("!/models/")}, "models/a.sql", false);
    row("root excluded, other folder", {L("/*"), L("!/models/")}, "seeds/a.csv", true);
    row("docs example: only foo/bar kept", {L("/*"), L("!/foo"), L("/foo/*"), L("!/foo/bar")},
        "foo/bar/x.sql", false);
    row("docs example: foo/baz excluded", {L("/*"), L("!/foo"), L("/foo/*"), L("!/foo/bar")},
        "foo/baz/x.sql", true);
    row("docs example: doc/*.txt one level", {L("doc/*.txt")}, "doc/sub/notes.txt", false);
    row("excluded grandparent", {L("a/"), L("!a/b/"), L("!a/b/c.txt")}, "a/b/c.txt", true);

    // ?, [...], [!...], [^...], ranges and classes.
    row("question mark", {L("file?.txt")}, "file1.txt", true);
    row("question mark one char", {L("file?.txt")}, "file12.txt", false);
    row("question mark not slash", {L("/a?b")}, "a/b", false);
    row("range", {L("file[0-9].txt")}, "file7.txt", true);
    row("range miss", {L("file[0-9].txt")}, "filex.txt", false);
    row("bang negated set", {L("file[!0-9].txt")}, "filex.txt", true);
    row("caret negated set", {L("file[^0-9].txt")}, "file1.txt", false);
    row("posix class", {L("[[:upper:]]*.md")}, "README.md", true);
    row("posix class miss", {L("[[:upper:]]*.md")}, "readme.md", false);
    row("bracket first in set", {L("[]a]x")}, "]x", true);
    row("trailing dash literal", {L("x[a-]")}, "x-", true);
    row("unclosed bracket matches nothing", {L("x[ab")}, "x[ab", false);

    // ** in leading, trailing and middle positions.
    row("leading ** at root", {L("**/foo")}, "foo", true);
    row("leading ** deep", {L("**/foo")}, "a/b/foo", true);
    row("leading ** with path", {L("**/foo/bar")}, "x/foo/bar", true);
    row("leading ** path not partial", {L("**/foo/bar")}, "x/foo/baz/bar", false);
    row("trailing ** below", {L("abc/**")}, "abc/d/e.txt", true);
    row("trailing ** not the name itself", {L("abc/**")}, "abc", false);
    row("middle ** zero dirs", {L("a/**/b")}, "a/b", true);
    row("middle ** many dirs", {L("a/**/b")}, "a/x/y/b", true);
    row("middle ** anchored", {L("a/**/b")}, "ab/x/b", false);
    row("lone **", {L("**")}, "a/b/c", true);
    row("** dir-only", {L("a/**/")}, "a/b/c.txt", true);
    row("** dir-only, direct file", {L("a/**/")}, "a/c.txt", false);
    row("** inside a name is a star", {L("/x/foo**bar")}, "x/foo/y/bar", false);
    row("** inside a basename", {L("foo**bar")}, "dir/fooxbar", true);
    row("** after a literal prefix", {L("/foo**/bar")}, "foo/x/bar", true);
}

void TestGitignoreMatcher::matchesLikeGit()
{
    QFETCH(QStringList, patterns);
    QFETCH(QString, path);
    QFETCH(bool, expected);

    const GitignoreMatcher matcher(patterns);
    QString why;
    const int git = gitSays(patterns, path, &why);
    if (git < 0)
        QFAIL(qPrintable(why));
    // The table is right only if git agrees with it; then the matcher must agree with both.
    QVERIFY2(bool(git) == expected,
             qPrintable(QStringLiteral("git check-ignore says %1 for this row")
                            .arg(git ? QStringLiteral("ignored") : QStringLiteral("not ignored"))));
    QCOMPARE(matcher.ignored(path), expected);
}

void TestGitignoreMatcher::wildmatchDirect_data()
{
    QTest::addColumn<QByteArray>("glob");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("pathname");
    QTest::addColumn<bool>("expected");

    QTest::newRow("star crosses slash without pathname")
        << QByteArray("a*c") << QByteArray("ab/c") << false << true;
    QTest::newRow("star stops at slash with pathname")
        << QByteArray("a*c") << QByteArray("ab/c") << true << false;
    QTest::newRow("many stars, no blow-up")
        << QByteArray("*a*a*a*a*a*a*a*a*a*a*a*a*a*b") << QByteArray(200, 'a') << true << false;
    QTest::newRow("class colon without name")
        << QByteArray("[[:]x") << QByteArray(":x") << true << true;
    QTest::newRow("unknown class") << QByteArray("[[:nope:]]") << QByteArray("a") << true << false;
    QTest::newRow("escaped range end") << QByteArray("[a-\\z]") << QByteArray("m") << true << true;
}

void TestGitignoreMatcher::wildmatchDirect()
{
    QFETCH(QByteArray, glob);
    QFETCH(QByteArray, text);
    QFETCH(bool, pathname);
    QFETCH(bool, expected);
    QCOMPARE(wildmatch(glob, text, pathname), expected);
}

void TestGitignoreMatcher::emptyAndCommentOnly()
{
    QVERIFY(GitignoreMatcher().isEmpty());
    QVERIFY(!GitignoreMatcher().ignored(QStringLiteral("a.sql")));
    const GitignoreMatcher comments(
        {QStringLiteral("# only a comment"), QString(), QStringLiteral("!")});
    QVERIFY(comments.isEmpty());
    QVERIFY(!comments.ignored(QStringLiteral("a.sql")));
}

void TestGitignoreMatcher::multiLineEntry()
{
    // A pasted .gitignore in one entry, with Windows line ends.
    const GitignoreMatcher matcher({QStringLiteral("*.md\r\n!README.md\r\ndocs/")});
    QVERIFY(matcher.ignored(QStringLiteral("CHANGELOG.md")));
    QVERIFY(!matcher.ignored(QStringLiteral("README.md")));
    QVERIFY(matcher.ignored(QStringLiteral("docs/index.html")));
    QVERIFY(!matcher.ignored(QStringLiteral("models/a.sql")));
    // Leading "./" and "/" are tolerated in the paths asked about.
    QVERIFY(matcher.ignored(QStringLiteral("./docs/a")));
    QVERIFY(matcher.ignored(QStringLiteral("/docs/a")));
}

QTEST_GUILESS_MAIN(TestGitignoreMatcher)
#include "tst_gitignore_matcher.moc"
