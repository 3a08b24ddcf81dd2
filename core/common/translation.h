#pragma once

// One translation context per namespace for the messages of code outside QObject classes:
// Tr::tr("...") in tidemark::ci is translated in the context "tidemark::ci" (lupdate reads the
// context from Q_DECLARE_TR_FUNCTIONS). QObject classes keep their own class context.

#include <QCoreApplication>

namespace tidemark {
namespace json {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tidemark::json)
};
} // namespace json
namespace warehouse {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tidemark::warehouse)
};
} // namespace warehouse
namespace net {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tidemark::net)
};
} // namespace net
namespace profiles {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tidemark::profiles)
};
} // namespace profiles
namespace review {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tidemark::review)
};
} // namespace review
namespace values {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tidemark::values)
};
} // namespace values
namespace exporting {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tidemark::exporting)
};
} // namespace exporting
namespace ci {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tidemark::ci)
};
} // namespace ci
namespace git {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tidemark::git)
};
} // namespace git
namespace secrets {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tidemark::secrets)
};
} // namespace secrets
namespace store {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tidemark::store)
};
} // namespace store
namespace cloud {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tidemark::cloud)
};
} // namespace cloud
namespace dbt {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tidemark::dbt)
};
} // namespace dbt
namespace diff {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tidemark::diff)
};
} // namespace diff
} // namespace tidemark
