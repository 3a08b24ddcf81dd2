#include "lineage/lineage_status.h"

#include <QPalette>

namespace tidemark::ui {

QString LineageStatusStyle::name(LineageStatus status)
{
    switch (status) {
    case LineageStatus::New: return tr("new");
    case LineageStatus::Modified: return tr("modified");
    case LineageStatus::Impacted: return tr("impacted");
    case LineageStatus::Unchanged: return tr("unchanged");
    case LineageStatus::NotDiffed: return tr("not diffed");
    }
    return {};
}

QString LineageStatusStyle::description(LineageStatus status)
{
    switch (status) {
    case LineageStatus::New: return tr("Added by the pull request");
    case LineageStatus::Modified: return tr("Changed by the pull request");
    case LineageStatus::Impacted: return tr("Downstream of a change");
    case LineageStatus::Unchanged: return tr("Neither changed nor downstream of a change");
    case LineageStatus::NotDiffed: return tr("Changed or impacted, but left out of the diff");
    }
    return {};
}

QColor LineageStatusStyle::color(LineageStatus status)
{
    // Mid-tone hues that keep their contrast against both a white and a near-black canvas.
    switch (status) {
    case LineageStatus::New: return QColor(0x2d, 0xa4, 0x4e);
    case LineageStatus::Modified: return QColor(0xe0, 0x7b, 0x10);
    case LineageStatus::Impacted: return QColor(0x3b, 0x82, 0xf6);
    case LineageStatus::Unchanged: return QColor(0x8c, 0x95, 0x9f);
    case LineageStatus::NotDiffed: return QColor(0xa3, 0x71, 0xf7);
    }
    return QColor(0x8c, 0x95, 0x9f);
}

bool LineageStatusStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor LineageStatusStyle::fill(LineageStatus status, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor tint = color(status);
    const bool unchanged = status == LineageStatus::Unchanged;
    const double amount = isDark(palette) ? (unchanged ? 0.10 : 0.26) : (unchanged ? 0.06 : 0.16);
    auto mix = [amount](int a, int b) { return int(a + (b - a) * amount + 0.5); };
    return QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()),
                  mix(base.blue(), tint.blue()));
}

} // namespace tidemark::ui
