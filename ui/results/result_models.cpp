#include "results/result_models.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace tidemark::ui::results {

namespace {

const QColor kRemoved(0xfd, 0xe4, 0xe2); // prod side of a difference, rows only in prod
const QColor kAdded(0xdd, 0xf4, 0xe4); // PR side of a difference, rows only in PR
const QColor kChanged(0xff, 0xf1, 0xd6); // changed columns and values
const QColor kMuted(0x6b, 0x72, 0x80); // NULL, "not compared"
const QColor kAlert(0xb4, 0x23, 0x18); // differing counts

QString percentText(double pct)
{
    return QLocale().toString(pct, 'f', 2) + QStringLiteral(" %");
}

QFont italic()
{
    QFont f;
    f.setItalic(true);
    return f;
}

QFont bold()
{
    QFont f;
    f.setBold(true);
    return f;
}

QString cellText(const nlohmann::json &value)
{
    if (value.is_null())
        return QStringLiteral("NULL");
    if (value.is_number_integer())
        return QLocale::c().toString(value.get<qint64>());
    QString text = exporting::valueText(value);
    text.replace(QLatin1Char('\n'), QStringLiteral(" \u21b5 "));
    return text;
}

} // namespace

QVariant sortValue(const nlohmann::json &value)
{
    if (value.is_null())
        return {};
    if (value.is_boolean())
        return value.get<bool>();
    if (value.is_number_unsigned())
        return QVariant::fromValue(value.get<quint64>());
    if (value.is_number_integer())
        return QVariant::fromValue(value.get<qint64>());
    if (value.is_number())
        return value.get<double>();
    return exporting::valueText(value);
}

// ---- ColumnsModel ------------------------------------------------------------------------------

ColumnsModel::ColumnsModel(QObject *parent)
    : RowTableModel(parent)
{
}

void ColumnsModel::setResult(const diff::DiffResult &result)
{
    setRows(exporting::columnRows(result));
}

int ColumnsModel::columns() const
{
    return ColumnCount;
}

QVariant ColumnsModel::cell(const exporting::ColumnRow &c, int column, int role) const
{
    using exporting::ColumnRow;
    const bool differs
        = c.status != ColumnRow::Status::Unchanged || (c.different && *c.different > 0);
    if (role == StatusRole)
        return QString::fromLatin1(exporting::toString(c.status));
    if (role == DifferingRole)
        return differs;
    if (role == Qt::BackgroundRole) {
        switch (c.status) {
        case ColumnRow::Status::OnlyA: return QBrush(kRemoved);
        case ColumnRow::Status::OnlyB: return QBrush(kAdded);
        case ColumnRow::Status::TypeChanged: return QBrush(kChanged);
        case ColumnRow::Status::Unchanged: return differs ? QBrush(kChanged) : QVariant();
        }
    }
    switch (column) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return c.name;
        if (role == Qt::FontRole && c.role == ColumnRow::Role::Key)
            return bold();
        if (role == Qt::ToolTipRole && c.role == ColumnRow::Role::Key)
            return tr("Key column: rows are matched on it");
        break;
    case TypeAColumn:
    case TypeBColumn: {
        const QString &type = column == TypeAColumn ? c.typeA : c.typeB;
        const bool absent = (column == TypeAColumn && c.status == ColumnRow::Status::OnlyB)
            || (column == TypeBColumn && c.status == ColumnRow::Status::OnlyA);
        // The result names types only where they changed; otherwise they are the same on both
        // sides.
        const bool same = c.status == ColumnRow::Status::Unchanged && type.isEmpty();
        if (role == SortRole)
            return absent ? QString() : type;
        if (role == Qt::DisplayRole)
            return absent ? tr("—") : same ? tr("same") : type;
        if (role == Qt::ForegroundRole && (absent || same))
            return QBrush(kMuted);
        if (role == Qt::FontRole && same)
            return italic();
        if (role == Qt::ToolTipRole && same)
            return tr("The same type on both sides");
        if (role == Qt::ToolTipRole && absent)
            return tr("The column does not exist on this side");
        break;
    }
    case StatusColumn:
        if (role == SortRole)
            return int(c.status);
        if (role == Qt::DisplayRole) {
            switch (c.status) {
            case ColumnRow::Status::OnlyA: return tr("only in prod");
            case ColumnRow::Status::OnlyB: return tr("only in PR");
            case ColumnRow::Status::TypeChanged: return tr("type changed");
            case ColumnRow::Status::Unchanged: return tr("unchanged");
            }
        }
        if (role == Qt::FontRole && c.status != ColumnRow::Status::Unchanged)
            return bold();
        break;
    case DifferentColumn:
        if (role == SortRole)
            return c.different ? QVariant::fromValue(*c.different)
                               : QVariant::fromValue(qint64(-1));
        if (role == Qt::DisplayRole) {
            if (c.different)
                return QLocale().toString(*c.different);
            return c.role == ColumnRow::Role::Key ? tr("key") : tr("not compared");
        }
        if (role == Qt::ForegroundRole) {
            if (!c.different)
                return QBrush(kMuted);
            if (*c.different > 0)
                return QBrush(kAlert);
        }
        if (role == Qt::FontRole) {
            if (!c.different)
                return italic();
            if (*c.different > 0)
                return bold();
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case MatchColumn:
        if (role == SortRole)
            return c.matchPct ? *c.matchPct : -1.0;
        if (role == Qt::DisplayRole && c.matchPct) {
            // Never show 100.00 % for a column that has differences.
            double pct = *c.matchPct;
            if (c.different && *c.different > 0 && pct > 99.99)
                pct = 99.99;
            return percentText(pct);
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ComparedAsColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return c.comparedAs;
        break;
    default: break;
    }
    return {};
}

QVariant ColumnsModel::header(int section, int role) const
{
    if (role == Qt::TextAlignmentRole && (section == DifferentColumn || section == MatchColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Column");
    case TypeAColumn: return tr("Type in prod");
    case TypeBColumn: return tr("Type in PR");
    case StatusColumn: return tr("Status");
    case DifferentColumn: return tr("Differing values");
    case MatchColumn: return tr("Match %");
    case ComparedAsColumn: return tr("Compared as");
    default: return {};
    }
}

// ---- SamplesModel ------------------------------------------------------------------------------

SamplesModel::SamplesModel(QObject *parent)
    : RowTableModel(parent)
{
}

void SamplesModel::setResult(const diff::DiffResult &result)
{
    std::vector<SampleRow> rows;
    m_columns = exporting::sampleColumns(result);
    const nlohmann::json &samples = result.samples;
    auto rowsOf = [&samples](const char *kind) {
        if (!samples.is_object() || !samples.contains(kind) || !samples[kind].is_array())
            return nlohmann::json::array();
        return samples[kind];
    };
    for (const auto &r : rowsOf("exclusive_a"))
        rows.push_back({QStringLiteral("exclusive_a"), r, r, nullptr, {}});
    for (const auto &r : rowsOf("exclusive_b"))
        rows.push_back({QStringLiteral("exclusive_b"), r, nullptr, r, {}});
    for (const auto &r : rowsOf("updated")) {
        if (!r.is_object())
            continue;
        SampleRow row {QStringLiteral("updated"),
                       r.value("key", nlohmann::json()),
                       r.value("a", nlohmann::json()),
                       r.value("b", nlohmann::json()),
                       {}};
        if (!row.key.is_object())
            row.key = row.a;
        const auto differing = r.value("different_columns", nlohmann::json::array());
        if (differing.is_array()) {
            for (const auto &d : differing)
                row.differing << exporting::valueText(d).toLower();
        }
        rows.push_back(std::move(row));
    }
    setRows(std::move(rows));
}

int SamplesModel::columns() const
{
    return 1 + int(m_columns.key.size()) + 2 * int(m_columns.values.size());
}

QVariant SamplesModel::cell(const SampleRow &r, int column, int role) const
{
    if (role == KindRole)
        return r.kind;
    if (column == 0) {
        if (role == Qt::DisplayRole) {
            if (r.kind == QLatin1String("exclusive_a"))
                return tr("only in prod");
            if (r.kind == QLatin1String("exclusive_b"))
                return tr("only in PR");
            return tr("changed");
        }
        if (role == SortRole)
            return r.kind;
        if (role == DifferingRole)
            return !r.differing.isEmpty();
        if (role == Qt::BackgroundRole) {
            if (r.kind == QLatin1String("exclusive_a"))
                return QBrush(kRemoved);
            if (r.kind == QLatin1String("exclusive_b"))
                return QBrush(kAdded);
            return QBrush(kChanged);
        }
        if (role == Qt::FontRole)
            return bold();
        return {};
    }
    nlohmann::json value;
    bool differing = false;
    bool absent = false;
    bool sideB = false;
    const int keyCount = keyColumnCount();
    if (column <= keyCount) {
        value = exporting::sampleValue(r.key, m_columns.key.at(column - 1));
    } else {
        const int valueIndex = (column - 1 - keyCount) / 2;
        sideB = (column - 1 - keyCount) % 2 == 1;
        const QString &name = m_columns.values.at(valueIndex);
        const nlohmann::json &side = sideB ? r.b : r.a;
        absent = side.is_null();
        value = exporting::sampleValue(side, name);
        differing = r.differing.contains(name.toLower());
    }
    switch (role) {
    case Qt::DisplayRole: return absent ? QString() : cellText(value);
    case Qt::ToolTipRole: return absent ? QVariant() : QVariant(exporting::valueText(value));
    case SortRole: return sortValue(value);
    case DifferingRole: return differing;
    case Qt::BackgroundRole:
        if (differing)
            return QBrush(sideB ? kAdded : kRemoved);
        break;
    case Qt::ForegroundRole:
        if (!absent && value.is_null())
            return QBrush(kMuted);
        break;
    case Qt::FontRole:
        if (!absent && value.is_null())
            return italic();
        if (differing)
            return bold();
        break;
    case Qt::TextAlignmentRole:
        if (value.is_number())
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default: break;
    }
    return {};
}

QVariant SamplesModel::header(int section, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (section == 0)
        return tr("Row");
    const int keyCount = keyColumnCount();
    if (section <= keyCount)
        return role == Qt::ToolTipRole ? tr("Key column %1").arg(m_columns.key.at(section - 1))
                                       : m_columns.key.at(section - 1);
    const int valueIndex = (section - 1 - keyCount) / 2;
    if (valueIndex >= m_columns.values.size())
        return {};
    const bool sideB = (section - 1 - keyCount) % 2 == 1;
    return sideB ? tr("%1 (PR)").arg(m_columns.values.at(valueIndex))
                 : tr("%1 (prod)").arg(m_columns.values.at(valueIndex));
}

// ---- ProfilesModel -----------------------------------------------------------------------------

ProfilesModel::ProfilesModel(QObject *parent)
    : RowTableModel(parent)
{
}

void ProfilesModel::setResult(const diff::DiffResult &result)
{
    std::vector<ProfileRow> rows;
    for (const diff::ColumnProfile &p : result.profilesA)
        rows.push_back({p.name, p, std::nullopt});
    for (const diff::ColumnProfile &p : result.profilesB) {
        const auto it = std::find_if(rows.begin(), rows.end(), [&p](const ProfileRow &r) {
            return r.name.compare(p.name, Qt::CaseInsensitive) == 0;
        });
        if (it != rows.end())
            it->b = p;
        else
            rows.push_back({p.name, std::nullopt, p});
    }
    setRows(std::move(rows));
}

std::optional<double> ProfilesModel::nullPercent(int row, bool sideB) const
{
    const auto &p = sideB ? m_rows.at(size_t(row)).b : m_rows.at(size_t(row)).a;
    if (!p)
        return std::nullopt;
    const qint64 rows = p->count + p->nulls; // count is the non-NULL values
    return rows > 0 ? 100.0 * double(p->nulls) / double(rows) : 0.0;
}

std::optional<qint64> ProfilesModel::distinct(int row, bool sideB) const
{
    const auto &p = sideB ? m_rows.at(size_t(row)).b : m_rows.at(size_t(row)).a;
    if (!p)
        return std::nullopt;
    return p->distinct;
}

int ProfilesModel::columns() const
{
    return ColumnCount;
}

QVariant ProfilesModel::cell(const ProfileRow &r, int column, int role) const
{
    if (column == NameColumn) {
        if (role == Qt::DisplayRole || role == SortRole)
            return r.name;
        if (role == Qt::FontRole)
            return bold();
        return {};
    }
    const int measure = (column - 1) / 2; // 0 count, 1 nulls, 2 distinct, 3 min, 4 max, 5 mean
    const bool sideB = (column - 1) % 2 == 1;
    const auto &p = sideB ? r.b : r.a;
    const auto &other = sideB ? r.a : r.b;
    auto raw = [measure](const diff::ColumnProfile &profile) -> nlohmann::json {
        switch (measure) {
        case 0: return profile.count;
        case 1: return profile.nulls;
        case 2: return profile.distinct;
        case 3: return profile.min;
        case 4: return profile.max;
        default: return profile.mean;
        }
    };
    if (!p) {
        if (role == Qt::DisplayRole)
            return tr("—");
        if (role == Qt::ForegroundRole)
            return QBrush(kMuted);
        if (role == Qt::ToolTipRole)
            return sideB ? tr("Not a column in PR") : tr("Not a column in prod");
        return {};
    }
    const nlohmann::json value = raw(*p);
    // Counts differ whenever the row counts do; the other measures are worth a look when they
    // differ.
    const bool differs = measure != 0 && other && raw(*other) != value;
    switch (role) {
    case Qt::DisplayRole:
        if (measure == 1) {
            const qint64 rows = p->count + p->nulls;
            const double pct = rows > 0 ? 100.0 * double(p->nulls) / double(rows) : 0.0;
            return QStringLiteral("%1 (%2)").arg(QLocale().toString(p->nulls), percentText(pct));
        }
        if (value.is_number_integer())
            return QLocale().toString(value.get<qint64>());
        if (value.is_number_float())
            return QLocale().toString(value.get<double>(), 'g', 8);
        return value.is_null() ? QString() : cellText(value);
    case SortRole: return sortValue(value);
    case DifferingRole: return differs;
    case Qt::BackgroundRole:
        if (differs)
            return QBrush(kChanged);
        break;
    case Qt::TextAlignmentRole:
        if (measure <= 2 || value.is_number())
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default: break;
    }
    return {};
}

QVariant ProfilesModel::header(int section, int role) const
{
    if (role == Qt::TextAlignmentRole && section >= CountA && section <= DistinctB)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch ((section - 1) / 2) {
        case 0: return tr("Values that are not NULL");
        case 1: return tr("NULL values, and their share of the rows");
        case 2: return tr("Distinct values that are not NULL");
        case 5: return tr("The average of a numeric column");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == NameColumn)
        return tr("Column");
    static const char *const measures[]
        = {QT_TR_NOOP("Count"), QT_TR_NOOP("NULLs"), QT_TR_NOOP("Distinct"),
           QT_TR_NOOP("Min"),   QT_TR_NOOP("Max"),   QT_TR_NOOP("Mean")};
    const int measure = (section - 1) / 2;
    if (measure < 0 || measure >= 6)
        return {};
    const QString name = tr(measures[measure]);
    return (section - 1) % 2 == 1 ? tr("%1 (PR)").arg(name) : tr("%1 (prod)").arg(name);
}

// ---- DownstreamModel ---------------------------------------------------------------------------

DownstreamModel::DownstreamModel(QObject *parent)
    : RowTableModel(parent)
{
}

int DownstreamModel::columns() const
{
    return ColumnCount;
}

QVariant DownstreamModel::cell(const DownstreamEntry &e, int column, int role) const
{
    if (role == UniqueIdRole)
        return e.uniqueId;
    if (role == Qt::ToolTipRole)
        return tr("Double-click to open %1").arg(e.uniqueId);
    if (role != Qt::DisplayRole && role != SortRole) {
        if (role == Qt::FontRole && column == NameColumn)
            return bold();
        if (role == Qt::ForegroundRole && column == UniqueIdColumn)
            return QBrush(kMuted);
        return {};
    }
    switch (column) {
    case NameColumn: return e.name.isEmpty() ? e.uniqueId : e.name;
    case TypeColumn: return e.resourceType;
    case StatusColumn: return e.status;
    case UniqueIdColumn: return e.uniqueId;
    default: return {};
    }
}

QVariant DownstreamModel::header(int section, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case StatusColumn: return tr("Status");
    case UniqueIdColumn: return tr("Unique ID");
    default: return {};
    }
}

} // namespace tidemark::ui::results
