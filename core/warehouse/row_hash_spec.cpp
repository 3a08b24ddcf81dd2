#include "warehouse/row_hash_spec.h"

namespace tidemark::warehouse {

QString rowHashSpec(RowHashKind hash, const QStringList &tokens)
{
    return QLatin1String(hash == RowHashKind::PostgresColumns ? "pgc:" : "md5:")
        + tokens.join(QLatin1Char(','));
}

qint64 nullColumnHash(int position)
{
    // splitmix64's finaliser of the position: a fixed, well-spread value per column.
    quint64 z = quint64(position + 1) * 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return qint64(z ^ (z >> 31));
}

} // namespace tidemark::warehouse
