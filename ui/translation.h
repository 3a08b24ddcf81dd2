#pragma once

// The translation context of tidemark::ui's messages outside QObject classes: Tr::tr("...") is
// translated in the context "tidemark::ui" (see core/common/translation.h).

#include <QCoreApplication>

namespace tidemark::ui {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tidemark::ui)
};
} // namespace tidemark::ui
