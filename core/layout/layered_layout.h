#pragma once

// A layered (Sugiyama-style) drawing of a directed graph, computed as plain data: cycles broken by
// reversing DFS back edges, longest-path layering, long edges split by dummy nodes, crossings
// reduced by barycenter sweeps each followed by adjacent transpositions (the best order found is
// kept; it is never worse than the initial one), and compact coordinates from a weighted quadratic
// placement solved exactly per layer. Connected components are laid out one by one and packed onto
// shelves. Layers run left to right; the output is deterministic for a given input.

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace tidemark::layout {

struct LayoutOptions
{
    double nodeWidth = 200.0;
    double nodeHeight = 40.0;
    double layerSpacing = 90.0; // horizontal gap between two columns of boxes
    double nodeSpacing = 14.0; // vertical gap between two boxes of a column
    double edgeSpacing = 10.0; // vertical room for a long edge passing through a column
    double componentSpacing = 48.0; // gap between packed components
    // Sweeps at most (fewer for components of over 40,000 nodes and dummies, where later sweeps
    // gain little); crossing reduction stops early after four sweeps without a gain.
    int crossingPasses = 16; // barycenter sweeps; 0 keeps the initial order
    int placementPasses = 12; // coordinate-refinement sweeps
};

// Where a node must go whatever its edges say.
enum class Anchor : uint8_t {
    Free, // where its edges put it (a node without parents moves next to its children)
    FirstLayer, // stays in the layer its parents allow (sources and seeds: the left edge)
    LastLayer, // a sink pushed to the last layer of its component (exposures: the right edge)
};

struct Point
{
    double x = 0.0;
    double y = 0.0;
};

struct LayoutNode
{
    int layer = 0; // within its component; every edge goes from a lower to a higher layer
    int order = 0; // rank among the nodes of its component's layer, top to bottom
    int component = 0; // connected component, largest first
    double x = 0.0; // top-left corner of the node's box
    double y = 0.0;
};

struct LayoutEdge
{
    uint32_t from = 0; // as given (parent)
    uint32_t to = 0; // as given (child)
    bool reversed = false; // broke a cycle: drawn from `to` (lower layer) to `from`
    // Centres of the columns a long edge passes through, from the lower layer to the higher one.
    std::vector<Point> bends;
};

struct LayeredLayout
{
    std::vector<LayoutNode> nodes; // one per input node, same index
    std::vector<LayoutEdge> edges; // deduplicated, without self loops, sorted by (from, to)
    int layerCount = 0; // of the deepest component
    int componentCount = 0;
    double width = 0.0;
    double height = 0.0;
    size_t initialCrossings = 0; // edge crossings of the initial order
    size_t crossings = 0; // edge crossings of the final order
};

// `anchors` is empty (all Free) or has one entry per node. Edges name nodes by index; duplicates
// and self loops are dropped.
LayeredLayout layoutLayered(size_t nodeCount,
                            const std::vector<std::pair<uint32_t, uint32_t>> &edges,
                            const std::vector<Anchor> &anchors = {},
                            const LayoutOptions &options = {});

} // namespace tidemark::layout
