#pragma once

// What the lineage view tells about a node: how the pull request touched it, and the colours and
// words for that. The colours read on light and dark palettes alike.

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QPalette;

namespace tidemark::ui {

enum class LineageStatus {
    New, // added by the pull request
    Modified, // changed by the pull request
    Impacted, // downstream of a change
    Unchanged, // neither changed nor downstream of a change
    NotDiffed, // new, modified or impacted, but left out of the diff
};
inline constexpr int kLineageStatusCount = 5;

class LineageStatusStyle final
{
    Q_DECLARE_TR_FUNCTIONS(LineageStatusStyle)

public:
    static QString name(LineageStatus status); // "modified"
    static QString description(LineageStatus status); // for the legend's tooltips
    static QColor color(LineageStatus status); // the border and the legend swatch
    // The box's fill: the status colour laid lightly over the palette's base colour.
    static QColor fill(LineageStatus status, const QPalette &palette);
    static bool isDark(const QPalette &palette);
};

} // namespace tidemark::ui
