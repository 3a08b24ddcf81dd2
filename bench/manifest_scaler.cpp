#include "manifest_scaler.h"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <utility>

namespace tidemark::bench {

namespace {

using ordered_json = nlohmann::ordered_json;

std::string copySuffix(int copy)
{
    return "__c" + std::to_string(copy);
}

// Writes JSON as Python's json.dump (what dbt uses) does by default, through a large buffer.
class DbtStyleWriter final
{
public:
    explicit DbtStyleWriter(std::FILE *file)
        : m_file(file)
    {
        m_buffer.reserve(kFlushAt + 65536);
    }

    void raw(std::string_view text)
    {
        m_buffer.append(text);
        if (m_buffer.size() >= kFlushAt)
            flush();
    }

    void key(const std::string &name)
    {
        raw(ordered_json(name).dump(-1, ' ', true));
        raw(": ");
    }

    void value(const ordered_json &json)
    {
        if (json.is_object()) {
            raw("{");
            bool first = true;
            for (auto it = json.begin(); it != json.end(); ++it) {
                if (!first)
                    raw(", ");
                first = false;
                key(it.key());
                value(*it);
            }
            raw("}");
        } else if (json.is_array()) {
            raw("[");
            bool first = true;
            for (const ordered_json &element : json) {
                if (!first)
                    raw(", ");
                first = false;
                value(element);
            }
            raw("]");
        } else {
            raw(json.dump(-1, ' ', true));
        }
    }

    bool flush()
    {
        const bool ok = std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) == m_buffer.size();
        m_buffer.clear();
        m_ok = m_ok && ok;
        return m_ok;
    }

    bool ok() const { return m_ok; }

private:
    static constexpr size_t kFlushAt = size_t(1) << 20;
    std::FILE *m_file;
    std::string m_buffer;
    bool m_ok = true;
};

// Renames the references of one copy.
class CopyRenamer final
{
public:
    CopyRenamer(const std::unordered_set<std::string> &nodeIds, int copy)
        : m_nodeIds(nodeIds)
        , m_suffix(copySuffix(copy))
    {
    }

    bool isCopied(const std::string &uniqueId) const { return m_nodeIds.count(uniqueId) != 0; }

    std::string id(const std::string &uniqueId) const
    {
        return isCopied(uniqueId) ? uniqueId + m_suffix : uniqueId;
    }

    void renameIdList(ordered_json &list) const
    {
        if (!list.is_array())
            return;
        for (ordered_json &element : list) {
            if (element.is_string())
                element = id(element.get<std::string>());
        }
    }

    void renameNode(ordered_json &node) const
    {
        if (auto it = node.find("unique_id"); it != node.end() && it->is_string())
            *it = id(it->get<std::string>());
        if (auto it = node.find("name"); it != node.end() && it->is_string())
            *it = it->get<std::string>() + m_suffix;
        std::string oldAlias;
        if (auto it = node.find("alias"); it != node.end() && it->is_string()) {
            oldAlias = it->get<std::string>();
            *it = oldAlias + m_suffix;
        }
        if (auto it = node.find("fqn");
            it != node.end() && it->is_array() && !it->empty() && it->back().is_string())
            it->back() = it->back().get<std::string>() + m_suffix;
        if (auto it = node.find("relation_name");
            it != node.end() && it->is_string() && !oldAlias.empty()) {
            std::string relation = it->get<std::string>();
            const size_t at = relation.rfind(oldAlias);
            if (at != std::string::npos) {
                relation.insert(at + oldAlias.size(), m_suffix);
                *it = std::move(relation);
            }
        }
        if (auto it = node.find("depends_on"); it != node.end() && it->is_object()) {
            if (auto nodes = it->find("nodes"); nodes != it->end())
                renameIdList(*nodes);
        }
        if (auto it = node.find("attached_node"); it != node.end() && it->is_string())
            *it = id(it->get<std::string>());
    }

private:
    const std::unordered_set<std::string> &m_nodeIds;
    std::string m_suffix;
};

void writeNodes(DbtStyleWriter &out, const ordered_json &nodes,
                const std::unordered_set<std::string> &nodeIds, int copies)
{
    out.raw("{");
    bool first = true;
    for (int copy = 0; copy < copies; ++copy) {
        const CopyRenamer renamer(nodeIds, copy);
        for (auto it = nodes.begin(); it != nodes.end(); ++it) {
            ordered_json node = *it;
            renamer.renameNode(node);
            if (!first)
                out.raw(", ");
            first = false;
            out.key(renamer.id(it.key()));
            out.value(node);
        }
    }
    out.raw("}");
}

// parent_map / child_map: the copied entries once per copy; the shared ones (sources, exposures)
// once, with every copy of a copied node they list.
void writeNodeMap(DbtStyleWriter &out, const ordered_json &map,
                  const std::unordered_set<std::string> &nodeIds, int copies)
{
    if (!map.is_object()) {
        out.value(map);
        return;
    }
    out.raw("{");
    bool first = true;
    auto separate = [&] {
        if (!first)
            out.raw(", ");
        first = false;
    };
    for (int copy = 0; copy < copies; ++copy) {
        const CopyRenamer renamer(nodeIds, copy);
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!renamer.isCopied(it.key()))
                continue;
            ordered_json list = *it;
            renamer.renameIdList(list);
            separate();
            out.key(renamer.id(it.key()));
            out.value(list);
        }
    }
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (nodeIds.count(it.key()))
            continue;
        ordered_json list = ordered_json::array();
        for (const ordered_json &element : *it) {
            if (element.is_string() && nodeIds.count(element.get<std::string>())) {
                for (int copy = 0; copy < copies; ++copy)
                    list.push_back(element.get<std::string>() + copySuffix(copy));
            } else {
                list.push_back(element);
            }
        }
        separate();
        out.key(it.key());
        out.value(list);
    }
    out.raw("}");
}

} // namespace

ManifestScaler::ManifestScaler(ordered_json manifest)
    : m_manifest(std::move(manifest))
{
    if (auto nodes = m_manifest.find("nodes"); nodes != m_manifest.end() && nodes->is_object()) {
        for (auto it = nodes->begin(); it != nodes->end(); ++it)
            m_nodeIds.insert(it.key());
    }
}

Expected<ManifestScaler> ManifestScaler::load(const QString &path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    if (!in)
        return Error {QStringLiteral("Cannot open %1.").arg(path)};
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ordered_json manifest = ordered_json::parse(text, nullptr, false);
    if (manifest.is_discarded() || !manifest.is_object() || !manifest.contains("nodes"))
        return Error {QStringLiteral("%1 is not a dbt manifest.json.").arg(path)};
    return ManifestScaler(std::move(manifest));
}

size_t ManifestScaler::nodeCount() const
{
    return m_nodeIds.size();
}

Expected<qint64> ManifestScaler::write(const QString &target, int copies) const
{
    std::unique_ptr<std::FILE, int (*)(std::FILE *)> file(
        std::fopen(target.toLocal8Bit().constData(), "wb"), &std::fclose);
    if (!file)
        return Error {QStringLiteral("Cannot create %1.").arg(target)};
    DbtStyleWriter out(file.get());
    out.raw("{");
    bool first = true;
    for (auto it = m_manifest.begin(); it != m_manifest.end(); ++it) {
        if (!first)
            out.raw(", ");
        first = false;
        out.key(it.key());
        if (it.key() == "nodes")
            writeNodes(out, *it, m_nodeIds, copies);
        else if (it.key() == "parent_map" || it.key() == "child_map")
            writeNodeMap(out, *it, m_nodeIds, copies);
        else
            out.value(*it);
    }
    out.raw("}");
    if (!out.flush())
        return Error {QStringLiteral("Cannot write %1.").arg(target)};
    const long size = std::ftell(file.get());
    if (std::fclose(file.release()) != 0 || size < 0)
        return Error {QStringLiteral("Cannot write %1.").arg(target)};
    return qint64(size);
}

} // namespace tidemark::bench
