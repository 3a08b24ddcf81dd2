#include "diff/diff_control.h"

#include "warehouse/database.h"

#include <algorithm>

namespace tidemark::diff {

void DiffControl::cancel()
{
    m_cancelled = true;
    QMutexLocker lock(&m_mutex);
    for (warehouse::Database *db : m_databases)
        db->cancel();
}

void DiffControl::attach(warehouse::Database *db)
{
    db->setCancelCheck([this] { return isCancelled(); });
    QMutexLocker lock(&m_mutex);
    m_databases.push_back(db);
    if (m_cancelled)
        db->cancel();
}

void DiffControl::detach(warehouse::Database *db)
{
    db->setCancelCheck({});
    QMutexLocker lock(&m_mutex);
    m_databases.erase(std::remove(m_databases.begin(), m_databases.end(), db), m_databases.end());
}

} // namespace tidemark::diff
