#include "diff/diff_control.h"

#include "warehouse/database.h"

namespace tidemark::diff {

void DiffControl::attach(warehouse::Database *db)
{
    db->setCancelCheck([this] { return isCancelled(); });
    const int id = onCancel([db] { db->cancel(); });
    QMutexLocker lock(&m_mutex);
    m_databases[db] = id;
}

void DiffControl::detach(warehouse::Database *db)
{
    db->setCancelCheck({});
    int id = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_databases.find(db); it != m_databases.end()) {
            id = it->second;
            m_databases.erase(it);
        }
    }
    remove(id);
}

} // namespace tidemark::diff
