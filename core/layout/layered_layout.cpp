#include "layout/layered_layout.h"

#include <algorithm>
#include <numeric>

namespace tidemark::layout {

namespace {

using Id = uint32_t;

// Beyond this many nodes and dummies, a component gets fewer sweeps (the later ones gain little).
constexpr size_t kLargeLayeredGraph = 40000;

// Compressed adjacency: the values of key i are values[offsets[i] .. offsets[i + 1]), in input
// order.
struct Csr
{
    std::vector<uint32_t> offsets;
    std::vector<Id> values;

    const Id *begin(Id i) const { return values.data() + offsets[i]; }
    const Id *end(Id i) const { return values.data() + offsets[i + 1]; }
    uint32_t count(Id i) const { return offsets[i + 1] - offsets[i]; }
};

Csr buildCsr(size_t keys, const std::vector<std::pair<Id, Id>> &pairs)
{
    Csr csr;
    csr.offsets.assign(keys + 1, 0);
    for (const auto &[key, value] : pairs)
        ++csr.offsets[key + 1];
    for (size_t i = 0; i < keys; ++i)
        csr.offsets[i + 1] += csr.offsets[i];
    csr.values.resize(pairs.size());
    std::vector<uint32_t> fill(csr.offsets.begin(), csr.offsets.end() - 1);
    for (const auto &[key, value] : pairs)
        csr.values[fill[key]++] = value;
    return csr;
}

Id findRoot(std::vector<Id> &parent, Id i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

// Marks the edges that close a cycle (DFS back edges, nodes and edges taken in index order).
std::vector<char> backEdges(size_t n, const std::vector<std::pair<Id, Id>> &edges)
{
    std::vector<std::pair<Id, Id>> byTail; // (from, edge index)
    byTail.reserve(edges.size());
    for (Id e = 0; e < edges.size(); ++e)
        byTail.emplace_back(edges[e].first, e);
    const Csr out = buildCsr(n, byTail);

    std::vector<char> reversed(edges.size(), 0);
    std::vector<uint8_t> state(n, 0); // 0 unseen, 1 on the DFS stack, 2 finished
    std::vector<std::pair<Id, uint32_t>> stack; // node, cursor into its out-edges
    for (Id root = 0; root < n; ++root) {
        if (state[root])
            continue;
        state[root] = 1;
        stack.emplace_back(root, out.offsets[root]);
        while (!stack.empty()) {
            const Id v = stack.back().first;
            const uint32_t cursor = stack.back().second;
            if (cursor == out.offsets[v + 1]) {
                state[v] = 2;
                stack.pop_back();
                continue;
            }
            ++stack.back().second;
            const Id e = out.values[cursor];
            const Id w = edges[e].second;
            if (state[w] == 1) {
                reversed[e] = 1;
            } else if (state[w] == 0) {
                state[w] = 1;
                stack.emplace_back(w, out.offsets[w]);
            }
        }
    }
    return reversed;
}

// Longest-path layers over an acyclic edge list, then anchors applied per component.
std::vector<int> assignLayers(size_t n, const std::vector<std::pair<Id, Id>> &dag,
                              const std::vector<Anchor> &anchors,
                              const std::vector<Id> &componentOf, size_t componentCount)
{
    const Csr children = buildCsr(n, dag);
    std::vector<uint32_t> indegree(n, 0);
    for (const auto &[tail, head] : dag)
        ++indegree[head];
    std::vector<int> layer(n, 0);
    std::vector<Id> queue;
    queue.reserve(n);
    for (Id v = 0; v < n; ++v) {
        if (indegree[v] == 0)
            queue.push_back(v);
    }
    for (size_t next = 0; next < queue.size(); ++next) {
        const Id v = queue[next];
        for (const Id *c = children.begin(v); c != children.end(v); ++c) {
            layer[*c] = std::max(layer[*c], layer[v] + 1);
            if (--indegree[*c] == 0)
                queue.push_back(*c);
        }
    }
    auto anchorOf = [&anchors](Id v) { return anchors.empty() ? Anchor::Free : anchors[v]; };

    // A free node without parents sits just left of its nearest child rather than far left.
    std::vector<char> hasParent(n, 0);
    for (const auto &[tail, head] : dag)
        hasParent[head] = 1;
    for (Id v = 0; v < n; ++v) {
        if (hasParent[v] || anchorOf(v) != Anchor::Free || children.count(v) == 0)
            continue;
        int nearest = layer[*children.begin(v)];
        for (const Id *c = children.begin(v); c != children.end(v); ++c)
            nearest = std::min(nearest, layer[*c]);
        layer[v] = nearest - 1;
    }

    // Sinks anchored to the last layer go one past everything else of their component.
    std::vector<int> deepest(componentCount, -1);
    auto isLastSink
        = [&](Id v) { return anchorOf(v) == Anchor::LastLayer && children.count(v) == 0; };
    for (Id v = 0; v < n; ++v) {
        if (!isLastSink(v))
            deepest[componentOf[v]] = std::max(deepest[componentOf[v]], layer[v]);
    }
    for (Id v = 0; v < n; ++v) {
        if (isLastSink(v))
            layer[v] = std::max(layer[v], deepest[componentOf[v]] + 1);
    }
    return layer;
}

// Crossings between consecutive layers (Barth, Juenger and Mutzel: inversions counted with a
// Fenwick tree).
size_t countCrossings(const std::vector<std::vector<Id>> &layers, const std::vector<uint32_t> &pos,
                      const Csr &down)
{
    size_t total = 0;
    std::vector<uint32_t> tree;
    std::vector<uint32_t> lower;
    for (size_t l = 0; l + 1 < layers.size(); ++l) {
        const size_t m = layers[l + 1].size();
        tree.assign(m + 1, 0);
        size_t inserted = 0;
        for (const Id u : layers[l]) {
            lower.clear();
            for (const Id *v = down.begin(u); v != down.end(u); ++v)
                lower.push_back(pos[*v]);
            std::sort(lower.begin(), lower.end());
            for (const uint32_t p : lower) {
                size_t atMost = 0; // inserted so far at positions <= p
                for (size_t i = p + 1; i > 0; i -= i & (~i + 1))
                    atMost += tree[i];
                total += inserted - atMost;
                for (size_t i = p + 1; i <= m; i += i & (~i + 1))
                    ++tree[i];
                ++inserted;
            }
        }
    }
    return total;
}

struct ComponentResult
{
    int layers = 0;
    double height = 0.0;
    size_t initialCrossings = 0;
    size_t crossings = 0;
};

// Lays out one connected component in its own coordinates (x from 0, top at 0).
class ComponentLayouter
{
public:
    ComponentLayouter(const std::vector<std::pair<Id, Id>> &dag, const std::vector<int> &layer,
                      const LayoutOptions &options, LayeredLayout &out)
        : m_dag(dag)
        , m_layer(layer)
        , m_options(options)
        , m_out(out)
        , m_localOf(layer.size(), 0)
    {
    }

    ComponentResult run(const std::vector<Id> &members, const std::vector<Id> &edgeIds);

private:
    void build(const std::vector<Id> &members, const std::vector<Id> &edgeIds);
    void reorder(size_t l, bool byParents);
    void transpose();
    size_t pairCrossings(Id u, Id v) const;
    void refreshPositions(size_t l);
    void place();
    double separation(Id a, Id b) const;

    const std::vector<std::pair<Id, Id>> &m_dag;
    const std::vector<int> &m_layer;
    const LayoutOptions &m_options;
    LayeredLayout &m_out;
    std::vector<Id> m_localOf;

    // The component's layered graph: real nodes first (member order), then dummies.
    std::vector<int> m_vLayer;
    std::vector<char> m_dummy;
    std::vector<std::vector<Id>> m_layers;
    std::vector<uint32_t> m_pos;
    Csr m_up;
    Csr m_down;
    std::vector<Id> m_chainStart; // per component edge: first dummy; the chain is consecutive
    std::vector<double> m_centre;
};

void ComponentLayouter::build(const std::vector<Id> &members, const std::vector<Id> &edgeIds)
{
    const size_t k = members.size();
    for (Id i = 0; i < k; ++i)
        m_localOf[members[i]] = i;
    m_vLayer.assign(k, 0);
    m_dummy.assign(k, 0);
    int layers = 0;
    for (Id i = 0; i < k; ++i) {
        m_vLayer[i] = m_layer[members[i]];
        layers = std::max(layers, m_vLayer[i] + 1);
    }
    std::vector<std::pair<Id, Id>> segments; // (upper, lower)
    m_chainStart.clear();
    for (const Id e : edgeIds) {
        const Id tail = m_localOf[m_dag[e].first];
        const Id head = m_localOf[m_dag[e].second];
        m_chainStart.push_back(Id(m_vLayer.size()));
        Id previous = tail;
        for (int l = m_vLayer[tail] + 1; l < m_vLayer[head]; ++l) {
            const Id d = Id(m_vLayer.size());
            m_vLayer.push_back(l);
            m_dummy.push_back(1);
            segments.emplace_back(previous, d);
            previous = d;
        }
        segments.emplace_back(previous, head);
    }
    const size_t total = m_vLayer.size();
    m_layers.assign(size_t(layers), {});
    for (Id v = 0; v < total; ++v)
        m_layers[size_t(m_vLayer[v])].push_back(v);
    m_pos.assign(total, 0);
    for (size_t l = 0; l < m_layers.size(); ++l)
        refreshPositions(l);
    m_down = buildCsr(total, segments);
    for (auto &segment : segments)
        std::swap(segment.first, segment.second);
    m_up = buildCsr(total, segments);
}

void ComponentLayouter::refreshPositions(size_t l)
{
    for (uint32_t i = 0; i < m_layers[l].size(); ++i)
        m_pos[m_layers[l][i]] = i;
}

// Sorts a layer by the barycenter of each node's neighbours in the adjacent layer (relative
// positions); a node without neighbours there keeps its relative place. The sort is stable.
void ComponentLayouter::reorder(size_t l, bool byParents)
{
    std::vector<Id> &order = m_layers[l];
    const size_t adjacent = byParents ? l - 1 : l + 1;
    const double adjacentSize = double(m_layers[adjacent].size());
    const Csr &neighbours = byParents ? m_up : m_down;
    struct Keyed
    {
        double key;
        uint32_t position;
        Id node;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(order.size());
    for (const Id v : order) {
        double sum = 0.0;
        const uint32_t count = neighbours.count(v);
        for (const Id *n = neighbours.begin(v); n != neighbours.end(v); ++n)
            sum += (m_pos[*n] + 0.5) / adjacentSize;
        const double key = count ? sum / count : (m_pos[v] + 0.5) / double(order.size());
        keyed.push_back({key, m_pos[v], v});
    }
    // Ties keep their current order (the position breaks them), which keeps the sort stable.
    std::sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        return a.key != b.key ? a.key < b.key : a.position < b.position;
    });
    for (size_t i = 0; i < keyed.size(); ++i)
        order[i] = keyed[i].node;
    refreshPositions(l);
}

// Crossings among the segments of u and v (both sides) with u placed above v.
size_t ComponentLayouter::pairCrossings(Id u, Id v) const
{
    size_t crossings = 0;
    for (const Csr *side : {&m_up, &m_down}) {
        for (const Id *a = side->begin(u); a != side->end(u); ++a) {
            for (const Id *b = side->begin(v); b != side->end(v); ++b)
                crossings += m_pos[*a] > m_pos[*b];
        }
    }
    return crossings;
}

// Local search after a sweep: swap neighbours in a layer while that removes crossings.
void ComponentLayouter::transpose()
{
    for (int round = 0; round < 4; ++round) {
        bool improved = false;
        for (size_t l = 0; l < m_layers.size(); ++l) {
            std::vector<Id> &order = m_layers[l];
            for (size_t i = 0; i + 1 < order.size(); ++i) {
                const Id u = order[i];
                const Id v = order[i + 1];
                if (pairCrossings(v, u) < pairCrossings(u, v)) {
                    std::swap(order[i], order[i + 1]);
                    m_pos[order[i]] = uint32_t(i);
                    m_pos[order[i + 1]] = uint32_t(i + 1);
                    improved = true;
                }
            }
        }
        if (!improved)
            break;
    }
}

double ComponentLayouter::separation(Id a, Id b) const
{
    const double ha = m_dummy[a] ? 0.0 : m_options.nodeHeight;
    const double hb = m_dummy[b] ? 0.0 : m_options.nodeHeight;
    const double gap = (m_dummy[a] || m_dummy[b]) ? m_options.edgeSpacing : m_options.nodeSpacing;
    return (ha + hb) / 2.0 + gap;
}

// Vertical centres: minimise the weighted squared length of the segments (long edges weigh more so
// they run straight) with each layer's order and spacing kept, one layer at a time; each layer's
// problem is an isotonic regression solved exactly by pooling adjacent violators.
void ComponentLayouter::place()
{
    const size_t total = m_vLayer.size();
    m_centre.assign(total, 0.0);
    for (const auto &order : m_layers) {
        double offset = 0.0;
        for (size_t i = 0; i < order.size(); ++i) {
            if (i)
                offset += separation(order[i - 1], order[i]);
            m_centre[order[i]] = offset;
        }
        for (const Id v : order)
            m_centre[v] -= offset / 2.0;
    }
    auto weight = [this](Id a, Id b) {
        return m_dummy[a] && m_dummy[b] ? 8.0 : (m_dummy[a] || m_dummy[b]) ? 2.0 : 1.0;
    };

    struct Block
    {
        double weight;
        double weighted; // sum of weight * target
        size_t start;
    };
    std::vector<Block> blocks;
    std::vector<double> offsets;
    const int layerCount = int(m_layers.size());
    const int passes = std::min(m_options.placementPasses,
                                total > kLargeLayeredGraph ? 6 : m_options.placementPasses);
    for (int pass = 0; pass < passes && layerCount > 1; ++pass) {
        for (int step = 0; step < layerCount; ++step) {
            const auto &order = m_layers[size_t(pass % 2 == 0 ? step : layerCount - 1 - step)];
            blocks.clear();
            offsets.assign(order.size(), 0.0);
            for (size_t i = 0; i < order.size(); ++i) {
                const Id v = order[i];
                if (i)
                    offsets[i] = offsets[i - 1] + separation(order[i - 1], v);
                double w = 0.0;
                double wc = 0.0;
                for (const Csr *side : {&m_up, &m_down}) {
                    for (const Id *n = side->begin(v); n != side->end(v); ++n) {
                        const double sw = weight(v, *n);
                        w += sw;
                        wc += sw * m_centre[*n];
                    }
                }
                if (w == 0.0) {
                    w = 1e-6;
                    wc = w * m_centre[v];
                }
                Block block {w, wc - w * offsets[i], i};
                while (!blocks.empty()
                       && blocks.back().weighted * block.weight
                           > block.weighted * blocks.back().weight) {
                    block.weight += blocks.back().weight;
                    block.weighted += blocks.back().weighted;
                    block.start = blocks.back().start;
                    blocks.pop_back();
                }
                blocks.push_back(block);
            }
            for (size_t b = 0; b < blocks.size(); ++b) {
                const size_t end = b + 1 < blocks.size() ? blocks[b + 1].start : order.size();
                const double mean = blocks[b].weighted / blocks[b].weight;
                for (size_t i = blocks[b].start; i < end; ++i)
                    m_centre[order[i]] = mean + offsets[i];
            }
        }
    }
}

ComponentResult ComponentLayouter::run(const std::vector<Id> &members,
                                       const std::vector<Id> &edgeIds)
{
    build(members, edgeIds);
    ComponentResult result;
    result.layers = int(m_layers.size());

    // Crossing reduction: alternate downward and upward sweeps, keep the best order seen.
    size_t best = countCrossings(m_layers, m_pos, m_down);
    result.initialCrossings = best;
    std::vector<std::vector<Id>> bestLayers = m_layers;
    int stale = 0;
    const int passes
        = std::min(m_options.crossingPasses,
                   m_vLayer.size() > kLargeLayeredGraph ? 8 : m_options.crossingPasses);
    for (int pass = 0; pass < passes && best > 0 && m_layers.size() > 1; ++pass) {
        if (pass % 2 == 0) {
            for (size_t l = 1; l < m_layers.size(); ++l)
                reorder(l, true);
        } else {
            for (size_t l = m_layers.size() - 1; l-- > 0;)
                reorder(l, false);
        }
        transpose();
        const size_t crossings = countCrossings(m_layers, m_pos, m_down);
        if (crossings < best) {
            best = crossings;
            bestLayers = m_layers;
            stale = 0;
        } else if (++stale >= 4) {
            break;
        }
    }
    m_layers = std::move(bestLayers);
    for (size_t l = 0; l < m_layers.size(); ++l)
        refreshPositions(l);
    result.crossings = best;

    place();
    double top = 0.0;
    double bottom = 0.0;
    for (Id v = 0; v < m_vLayer.size(); ++v) {
        const double half = m_dummy[v] ? 0.0 : m_options.nodeHeight / 2.0;
        top = v ? std::min(top, m_centre[v] - half) : m_centre[v] - half;
        bottom = v ? std::max(bottom, m_centre[v] + half) : m_centre[v] + half;
    }
    result.height = bottom - top;

    const double column = m_options.nodeWidth + m_options.layerSpacing;
    for (const auto &order : m_layers) {
        int rank = 0;
        for (const Id v : order) {
            if (m_dummy[v])
                continue;
            LayoutNode &node = m_out.nodes[members[v]];
            node.layer = m_vLayer[v];
            node.order = rank++;
            node.x = m_vLayer[v] * column;
            node.y = m_centre[v] - m_options.nodeHeight / 2.0 - top;
        }
    }
    for (size_t i = 0; i < edgeIds.size(); ++i) {
        LayoutEdge &edge = m_out.edges[edgeIds[i]];
        const Id end = i + 1 < edgeIds.size() ? m_chainStart[i + 1] : Id(m_vLayer.size());
        for (Id d = m_chainStart[i]; d < end; ++d)
            edge.bends.push_back(
                {m_vLayer[d] * column + m_options.nodeWidth / 2.0, m_centre[d] - top});
    }
    return result;
}

} // namespace

LayeredLayout layoutLayered(size_t nodeCount,
                            const std::vector<std::pair<uint32_t, uint32_t>> &edges,
                            const std::vector<Anchor> &anchors, const LayoutOptions &options)
{
    LayeredLayout out;
    const size_t n = nodeCount;
    out.nodes.resize(n);
    if (n == 0)
        return out;

    std::vector<std::pair<Id, Id>> unique;
    unique.reserve(edges.size());
    for (const auto &[from, to] : edges) {
        if (from != to && from < n && to < n)
            unique.emplace_back(from, to);
    }
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());

    const std::vector<char> reversed = backEdges(n, unique);
    std::vector<std::pair<Id, Id>> dag(unique.size());
    out.edges.resize(unique.size());
    for (size_t e = 0; e < unique.size(); ++e) {
        const auto [from, to] = unique[e];
        out.edges[e].from = from;
        out.edges[e].to = to;
        out.edges[e].reversed = reversed[e];
        dag[e] = reversed[e] ? std::make_pair(to, from) : std::make_pair(from, to);
    }

    // Connected components, numbered by their smallest node.
    std::vector<Id> root(n);
    std::iota(root.begin(), root.end(), Id(0));
    for (const auto &[a, b] : unique) {
        const Id ra = findRoot(root, a);
        const Id rb = findRoot(root, b);
        if (ra != rb)
            root[std::max(ra, rb)] = std::min(ra, rb);
    }
    std::vector<Id> componentOf(n);
    std::vector<Id> idOfRoot(n, Id(-1));
    std::vector<std::vector<Id>> members;
    for (Id v = 0; v < n; ++v) {
        const Id r = findRoot(root, v);
        if (idOfRoot[r] == Id(-1)) {
            idOfRoot[r] = Id(members.size());
            members.emplace_back();
        }
        componentOf[v] = idOfRoot[r];
        members[componentOf[v]].push_back(v);
    }
    std::vector<std::vector<Id>> componentEdges(members.size());
    for (Id e = 0; e < dag.size(); ++e)
        componentEdges[componentOf[dag[e].first]].push_back(e);

    const std::vector<int> layer = assignLayers(n, dag, anchors, componentOf, members.size());

    ComponentLayouter layouter(dag, layer, options, out);
    std::vector<ComponentResult> results;
    results.reserve(members.size());
    for (size_t c = 0; c < members.size(); ++c) {
        results.push_back(layouter.run(members[c], componentEdges[c]));
        out.initialCrossings += results.back().initialCrossings;
        out.crossings += results.back().crossings;
        out.layerCount = std::max(out.layerCount, results.back().layers);
    }

    // Pack the components onto shelves, largest first, as wide as the widest component.
    std::vector<Id> rank(members.size());
    std::iota(rank.begin(), rank.end(), Id(0));
    std::stable_sort(rank.begin(), rank.end(),
                     [&members](Id a, Id b) { return members[a].size() > members[b].size(); });
    const double column = options.nodeWidth + options.layerSpacing;
    int shelfColumns = 0;
    for (const ComponentResult &r : results)
        shelfColumns = std::max(shelfColumns, r.layers);
    shelfColumns = std::max(shelfColumns, 4);
    int cursor = 0;
    double shelfTop = 0.0;
    double shelfHeight = 0.0;
    for (size_t placed = 0; placed < rank.size(); ++placed) {
        const Id c = rank[placed];
        const ComponentResult &r = results[c];
        if (cursor > 0 && cursor + r.layers > shelfColumns) {
            shelfTop += shelfHeight + options.componentSpacing;
            shelfHeight = 0.0;
            cursor = 0;
        }
        const double dx = cursor * column;
        for (const Id v : members[c]) {
            out.nodes[v].component = int(placed);
            out.nodes[v].x += dx;
            out.nodes[v].y += shelfTop;
        }
        for (const Id e : componentEdges[c]) {
            for (Point &p : out.edges[e].bends) {
                p.x += dx;
                p.y += shelfTop;
            }
        }
        out.width = std::max(out.width, dx + r.layers * column - options.layerSpacing);
        shelfHeight = std::max(shelfHeight, r.height);
        cursor += r.layers;
    }
    out.height = shelfTop + shelfHeight;
    out.componentCount = int(members.size());
    return out;
}

} // namespace tidemark::layout
