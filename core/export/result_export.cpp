#include "export/result_export.h"
#include "common/translation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace tidemark::exporting {

namespace {

constexpr char kCrLf[] = "\r\n";

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray number(double value)
{
    return QByteArray::fromStdString(nlohmann::json(value).dump());
}

QByteArray line(const QList<QByteArray> &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += fields.at(i);
    }
    out += kCrLf;
    return out;
}

QByteArray name(const char *text)
{
    return csvField(QString::fromLatin1(text), false);
}

bool containsCi(const QStringList &list, const QString &value)
{
    return list.contains(value, Qt::CaseInsensitive);
}

// A member of a JSON object; null when `object` is not an object or lacks it.
const nlohmann::json &member(const nlohmann::json &object, const char *key)
{
    static const nlohmann::json null;
    if (!object.is_object())
        return null;
    const auto it = object.find(key);
    return it == object.end() ? null : *it;
}

// The sample rows of one kind ("exclusive_a", "exclusive_b", "updated"); empty when malformed.
const nlohmann::json &samplesOf(const diff::DiffResult &result, const char *kind)
{
    static const nlohmann::json empty = nlohmann::json::array();
    const nlohmann::json &rows = member(result.samples, kind);
    return rows.is_array() ? rows : empty;
}

} // namespace

const char *toString(CsvTable table)
{
    switch (table) {
    case CsvTable::Summary: return "summary";
    case CsvTable::Columns: return "columns";
    case CsvTable::Samples: return "samples";
    case CsvTable::Profiles: return "profiles";
    }
    return "summary";
}

std::optional<CsvTable> csvTableFromString(QStringView text)
{
    for (CsvTable t :
         {CsvTable::Summary, CsvTable::Columns, CsvTable::Samples, CsvTable::Profiles}) {
        if (text.compare(QLatin1String(toString(t)), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

const char *toString(ColumnRow::Status status)
{
    switch (status) {
    case ColumnRow::Status::OnlyA: return "only_prod";
    case ColumnRow::Status::OnlyB: return "only_pr";
    case ColumnRow::Status::TypeChanged: return "type_changed";
    case ColumnRow::Status::Unchanged: return "unchanged";
    }
    return "unchanged";
}

const char *toString(ColumnRow::Role role)
{
    switch (role) {
    case ColumnRow::Role::Key: return "key";
    case ColumnRow::Role::Compared: return "compared";
    case ColumnRow::Role::NotCompared: return "not_compared";
    }
    return "compared";
}

std::vector<ColumnRow> columnRows(const diff::DiffResult &result)
{
    std::vector<ColumnRow> keys;
    std::vector<ColumnRow> others;
    auto find = [&](const QString &column) -> ColumnRow * {
        for (auto *list : {&keys, &others}) {
            for (ColumnRow &row : *list) {
                if (row.name.compare(column, Qt::CaseInsensitive) == 0)
                    return &row;
            }
        }
        return nullptr;
    };
    for (const QString &k : result.key)
        keys.push_back({k, {}, {}, ColumnRow::Status::Unchanged, ColumnRow::Role::Key, {}, {}, {}});
    for (const diff::ColumnDiff &c : result.columns) {
        others.push_back({c.name,
                          {},
                          {},
                          ColumnRow::Status::Unchanged,
                          ColumnRow::Role::Compared,
                          c.different,
                          c.matchPct,
                          c.comparedAs});
    }
    for (const diff::TypeChange &t : result.schema.typeChanged) {
        ColumnRow *row = find(t.column);
        if (!row) {
            others.push_back({t.column,
                              {},
                              {},
                              ColumnRow::Status::Unchanged,
                              ColumnRow::Role::NotCompared,
                              {},
                              {},
                              {}});
            row = &others.back();
        }
        row->typeA = t.a;
        row->typeB = t.b;
        row->status = ColumnRow::Status::TypeChanged;
    }
    for (const QString &c : result.schema.onlyA) {
        if (!find(c))
            others.push_back(
                {c, {}, {}, ColumnRow::Status::OnlyA, ColumnRow::Role::NotCompared, {}, {}, {}});
    }
    for (const QString &c : result.schema.onlyB) {
        if (!find(c))
            others.push_back(
                {c, {}, {}, ColumnRow::Status::OnlyB, ColumnRow::Role::NotCompared, {}, {}, {}});
    }
    std::stable_sort(others.begin(), others.end(), [](const ColumnRow &x, const ColumnRow &y) {
        return x.name.compare(y.name, Qt::CaseInsensitive) < 0;
    });
    keys.insert(keys.end(), std::make_move_iterator(others.begin()),
                std::make_move_iterator(others.end()));
    return keys;
}

nlohmann::json sampleValue(const nlohmann::json &row, const QString &column)
{
    if (!row.is_object())
        return nullptr;
    const std::string exact = column.toStdString();
    if (const auto it = row.find(exact); it != row.end())
        return *it;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (fromStd(it.key()).compare(column, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return nullptr;
}

SampleColumns sampleColumns(const diff::DiffResult &result)
{
    SampleColumns out;
    // The key columns as the samples spell them (the database's names), else as the result does.
    auto spelled = [&](const QString &column) {
        for (const char *kind : {"exclusive_a", "exclusive_b", "updated"}) {
            for (const auto &row : samplesOf(result, kind)) {
                const nlohmann::json &object
                    = member(row, "key").is_object() ? member(row, "key") : row;
                if (!object.is_object())
                    continue;
                for (auto it = object.begin(); it != object.end(); ++it) {
                    if (fromStd(it.key()).compare(column, Qt::CaseInsensitive) == 0)
                        return fromStd(it.key());
                }
            }
        }
        return column;
    };
    for (const QString &k : result.key)
        out.key << spelled(k);
    for (const diff::ColumnDiff &c : result.columns)
        out.values << c.name;
    auto addFrom = [&](const nlohmann::json &object) {
        if (!object.is_object())
            return;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString column = fromStd(it.key());
            if (!containsCi(out.key, column) && !containsCi(out.values, column))
                out.values << column;
        }
    };
    for (const char *kind : {"exclusive_a", "exclusive_b"}) {
        for (const auto &row : samplesOf(result, kind))
            addFrom(row);
    }
    for (const auto &row : samplesOf(result, "updated")) {
        addFrom(member(row, "a"));
        addFrom(member(row, "b"));
    }
    return out;
}

QString valueText(const nlohmann::json &value)
{
    if (value.is_null())
        return {};
    if (value.is_string())
        return fromStd(value.get_ref<const std::string &>());
    return fromStd(value.dump());
}

QByteArray csvField(const QString &value, bool isText)
{
    if (value.isEmpty())
        return isText ? QByteArrayLiteral("\"\"") : QByteArray();
    QString text = value;
    if (isText) {
        const QChar first = text.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t')
            || first == QLatin1Char('\r'))
            text.prepend(QLatin1Char('\''));
    }
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n')
        || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes.prepend('"');
        bytes.append('"');
    }
    return bytes;
}

QByteArray csvNull()
{
    return {};
}

QByteArray csvField(const nlohmann::json &value)
{
    if (value.is_null())
        return csvNull();
    if (value.is_number() || value.is_boolean())
        return csvField(fromStd(value.dump()), false);
    return csvField(valueText(value), true);
}

QByteArray summaryCsv(const diff::DiffResult &r)
{
    QByteArray out = line({name("metric"), name("value")});
    auto text = [&](const char *metric, const QString &value) {
        out += line({name(metric), csvField(value)});
    };
    auto count = [&](const char *metric, qint64 value) {
        out += line({name(metric), number(value)});
    };
    auto flag = [&](const char *metric, bool value) {
        out += line({name(metric), name(value ? "true" : "false")});
    };
    const QString separator = QStringLiteral("; ");
    text("table_a", r.tableA);
    text("table_b", r.tableB);
    text("algorithm", r.algorithm);
    text("key", r.key.join(separator));
    count("rows.a", r.rows.a);
    count("rows.b", r.rows.b);
    count("rows.exclusive_a", r.rows.exclusiveA);
    count("rows.exclusive_b", r.rows.exclusiveB);
    count("rows.updated", r.rows.updated);
    count("rows.unchanged", r.rows.unchanged);
    count("primary_key.null_a", r.primaryKey.nullA);
    count("primary_key.null_b", r.primaryKey.nullB);
    count("primary_key.duplicate_a", r.primaryKey.duplicateA);
    count("primary_key.duplicate_b", r.primaryKey.duplicateB);
    count("primary_key.duplicate_rows_a", r.primaryKey.duplicateRowsA);
    count("primary_key.duplicate_rows_b", r.primaryKey.duplicateRowsB);
    count("schema.columns_a", r.schema.columnsA);
    count("schema.columns_b", r.schema.columnsB);
    text("schema.only_a", r.schema.onlyA.join(separator));
    text("schema.only_b", r.schema.onlyB.join(separator));
    QStringList changes;
    for (const diff::TypeChange &t : r.schema.typeChanged)
        changes << QStringLiteral("%1: %2 -> %3").arg(t.column, t.a, t.b);
    text("schema.type_changed", changes.join(separator));
    flag("schema.order_changed", r.schema.orderChanged);
    out += line({name("match_score"), number(r.matchScore)});
    flag("complete", r.complete);
    count("rows_downloaded", r.rowsDownloaded);
    count("duration_ms", r.durationMs);
    if (r.sampling.is_object()) {
        for (const char *field : {"sample_fraction", "confidence", "tolerance"}) {
            if (r.sampling.contains(field))
                out += line({name((std::string("sampling.") + field).c_str()),
                             csvField(member(r.sampling, field))});
        }
        for (const char *field : {"updated", "exclusive_a", "exclusive_b"}) {
            const nlohmann::json &e = member(r.sampling, field);
            if (!e.is_object())
                continue;
            const std::string base = std::string("sampling.") + field;
            out += line({name((base + ".estimate").c_str()), csvField(member(e, "estimate"))});
            const nlohmann::json &interval = member(e, "interval");
            if (interval.is_object()) {
                out += line({name((base + ".min").c_str()), csvField(member(interval, "min"))});
                out += line({name((base + ".max").c_str()), csvField(member(interval, "max"))});
            }
        }
    }
    for (const QString &w : r.warnings)
        text("warning", w);
    return out;
}

QByteArray columnsCsv(const diff::DiffResult &result)
{
    QByteArray out
        = line({name("column"), name("type_prod"), name("type_pr"), name("status"), name("role"),
                name("different"), name("match_pct"), name("compared_as")});
    for (const ColumnRow &c : columnRows(result)) {
        out += line({csvField(c.name), c.typeA.isEmpty() ? csvNull() : csvField(c.typeA),
                     c.typeB.isEmpty() ? csvNull() : csvField(c.typeB), name(toString(c.status)),
                     name(toString(c.role)), c.different ? number(*c.different) : csvNull(),
                     c.matchPct ? number(*c.matchPct) : csvNull(),
                     c.comparedAs.isEmpty() ? csvNull() : csvField(c.comparedAs)});
    }
    return out;
}

QByteArray samplesCsv(const diff::DiffResult &result)
{
    const SampleColumns columns = sampleColumns(result);
    QList<QByteArray> header {name("kind")};
    for (const QString &k : columns.key)
        header << csvField(k);
    for (const QString &c : columns.values)
        header << csvField(c + QStringLiteral(" (prod)")) << csvField(c + QStringLiteral(" (PR)"));
    header << name("different_columns");
    QByteArray out = line(header);

    auto row = [&](const char *kind, const nlohmann::json &key, const nlohmann::json &a,
                   const nlohmann::json &b, const nlohmann::json &differing) {
        QList<QByteArray> fields {name(kind)};
        for (const QString &k : columns.key)
            fields << csvField(sampleValue(key, k));
        for (const QString &c : columns.values)
            fields << csvField(sampleValue(a, c)) << csvField(sampleValue(b, c));
        QStringList names;
        if (differing.is_array()) {
            for (const auto &d : differing)
                names << valueText(d);
        }
        fields << (names.isEmpty() ? csvNull() : csvField(names.join(QStringLiteral("; "))));
        out += line(fields);
    };
    const nlohmann::json none;
    for (const auto &r : samplesOf(result, "exclusive_a"))
        row("exclusive_a", r, r, none, none);
    for (const auto &r : samplesOf(result, "exclusive_b"))
        row("exclusive_b", r, none, r, none);
    for (const auto &r : samplesOf(result, "updated")) {
        const nlohmann::json &key
            = member(r, "key").is_object() ? member(r, "key") : member(r, "a");
        row("updated", key, member(r, "a"), member(r, "b"), member(r, "different_columns"));
    }
    return out;
}

QByteArray profilesCsv(const diff::DiffResult &result)
{
    QByteArray out = line({name("side"), name("column"), name("count"), name("nulls"),
                           name("distinct"), name("min"), name("max"), name("mean")});
    auto side = [&](const char *label, const std::vector<diff::ColumnProfile> &profiles) {
        for (const diff::ColumnProfile &p : profiles) {
            out += line({name(label), csvField(p.name), number(p.count), number(p.nulls),
                         number(p.distinct), csvField(p.min), csvField(p.max), csvField(p.mean)});
        }
    };
    side("prod", result.profilesA);
    side("PR", result.profilesB);
    return out;
}

QByteArray toCsv(const diff::DiffResult &result, CsvTable table)
{
    switch (table) {
    case CsvTable::Summary: return summaryCsv(result);
    case CsvTable::Columns: return columnsCsv(result);
    case CsvTable::Samples: return samplesCsv(result);
    case CsvTable::Profiles: return profilesCsv(result);
    }
    return summaryCsv(result);
}

QByteArray toJsonBytes(const diff::DiffResult &result)
{
    return QByteArray::fromStdString(
               result.toJson().dump(2, ' ', false, nlohmann::json::error_handler_t::replace))
        + '\n';
}

namespace {

Expected<void> writeFile(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty())
        return Error {Tr::tr("No file name was given for the export.")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error {Tr::tr("Cannot write %1: %2.")
                          .arg(QFileInfo(path).absoluteFilePath(), file.errorString())};
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return Error {Tr::tr("Cannot write %1: %2.")
                          .arg(QFileInfo(path).absoluteFilePath(), file.errorString())};
    }
    return {};
}

} // namespace

Expected<void> writeJson(const diff::DiffResult &result, const QString &path)
{
    return writeFile(path, toJsonBytes(result));
}

Expected<void> writeCsv(const diff::DiffResult &result, CsvTable table, const QString &path)
{
    return writeFile(path, toCsv(result, table));
}

} // namespace tidemark::exporting
