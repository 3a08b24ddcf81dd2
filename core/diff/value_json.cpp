#include "diff/value_json.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <cmath>

namespace tidemark::diff {

nlohmann::json valueToJson(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return nullptr;
    switch (value.metaType().id()) {
    case QMetaType::Bool: return value.toBool();
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::LongLong: return value.toLongLong();
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::ULongLong: return value.toULongLong();
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (std::isfinite(d))
            return d;
        return value.toString().toStdString();
    }
    case QMetaType::QDateTime: return value.toDateTime().toString(Qt::ISODateWithMs).toStdString();
    case QMetaType::QDate: return value.toDate().toString(Qt::ISODate).toStdString();
    case QMetaType::QTime: return value.toTime().toString(Qt::ISODateWithMs).toStdString();
    case QMetaType::QByteArray: return value.toByteArray().toHex().toStdString();
    default: return value.toString().toStdString();
    }
}

nlohmann::json stringsToJson(const QStringList &list)
{
    nlohmann::json out = nlohmann::json::array();
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

} // namespace tidemark::diff
