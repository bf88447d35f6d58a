#include "engine/model/taxonomy.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>

#include <algorithm>

namespace lexgap::model {

char const* to_string(TermKind kind) {
  switch (kind) {
    case TermKind::family: return "offence family";
    case TermKind::conduct: return "conduct";
    case TermKind::circumstance: return "circumstance";
    case TermKind::exception: return "exception";
    case TermKind::means: return "means";
    case TermKind::basis: return "jurisdictional basis";
    case TermKind::measure: return "measure";
    case TermKind::aggravation: return "aggravation";
  }
  return "term";
}

namespace {
struct CoverEdge {
  bool partial = false;
};
struct TermVertex {
  TermKind kind = TermKind::family;
  std::string name;
};
}  // namespace

// Vertices are every term named (defined or only referenced by "covers");
// an edge u -> v says u covers v.
struct Taxonomy::Graph {
  using AdjacencyList = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, TermVertex, CoverEdge>;
  using Vertex = AdjacencyList::vertex_descriptor;
  AdjacencyList graph;
  std::map<std::pair<TermKind, std::string>, Vertex> index;

  Vertex vertex(TermKind kind, std::string const& name) {
    auto key = std::make_pair(kind, name);
    if (auto it = index.find(key); it != index.end()) return it->second;
    auto v = boost::add_vertex(TermVertex{kind, name}, graph);
    index.emplace(key, v);
    return v;
  }

  // Keeps the edges that cover fully (filtered_graph needs a regular functor).
  struct FullEdges {
    AdjacencyList const* g = nullptr;
    bool operator()(AdjacencyList::edge_descriptor e) const { return !(*g)[e].partial; }
  };

  std::optional<Vertex> find(TermKind kind, std::string const& name) const {
    if (auto it = index.find({kind, name}); it != index.end()) return it->second;
    return std::nullopt;
  }

  template <typename G>
  static bool reaches(G const& g, Vertex from, Vertex to) {
    struct Found {};
    struct Visitor : boost::default_bfs_visitor {
      Vertex target;
      void discover_vertex(Vertex v, G const&) const {
        if (v == target) throw Found{};
      }
    };
    Visitor visitor;
    visitor.target = to;
    std::vector<boost::default_color_type> colors(boost::num_vertices(g));
    try {
      boost::breadth_first_search(g, from,
                                  boost::visitor(visitor).color_map(boost::make_iterator_property_map(
                                      colors.begin(), boost::get(boost::vertex_index, g))));
    } catch (Found const&) {
      return true;
    }
    return false;
  }
};

Taxonomy::Taxonomy() : graph_(std::make_unique<Graph>()) {}
Taxonomy::~Taxonomy() = default;
Taxonomy::Taxonomy(Taxonomy&&) noexcept = default;
Taxonomy& Taxonomy::operator=(Taxonomy&&) noexcept = default;

bool Taxonomy::add_term(Term term) {
  auto key = std::make_pair(term.kind, term.name);
  if (terms_.count(key)) return false;
  graph_->vertex(term.kind, term.name);
  terms_.emplace(key, std::move(term));
  return true;
}

void Taxonomy::add_cover(TermKind kind, std::string const& from, std::string const& to, bool partially) {
  auto u = graph_->vertex(kind, from);
  auto v = graph_->vertex(kind, to);
  boost::add_edge(u, v, CoverEdge{partially}, graph_->graph);
}

Term const* Taxonomy::find(TermKind kind, std::string const& name) const {
  auto it = terms_.find({kind, name});
  return it == terms_.end() ? nullptr : &it->second;
}

std::vector<Term const*> Taxonomy::find_any_kind(std::string const& name) const {
  std::vector<Term const*> found;
  for (auto const& [key, term] : terms_)
    if (key.second == name) found.push_back(&term);
  return found;
}

std::vector<std::string> Taxonomy::names(TermKind kind) const {
  std::vector<std::string> result;
  for (auto const& [key, term] : terms_)
    if (key.first == kind) result.push_back(key.second);
  return result;
}

Coverage Taxonomy::coverage(TermKind kind, std::string const& from, std::string const& to) const {
  if (from == to) return Coverage::full;
  auto u = graph_->find(kind, from);
  auto v = graph_->find(kind, to);
  if (!u || !v) return Coverage::none;
  auto const& g = graph_->graph;
  boost::filtered_graph<Graph::AdjacencyList, Graph::FullEdges> full_edges(g, Graph::FullEdges{&g});
  if (Graph::reaches(full_edges, *u, *v)) return Coverage::full;
  if (Graph::reaches(g, *u, *v)) return Coverage::partial;
  return Coverage::none;
}

std::optional<std::vector<std::string>> Taxonomy::find_cycle() const {
  auto const& g = graph_->graph;
  auto n = boost::num_vertices(g);
  enum class Mark { unvisited, on_path, done };
  std::vector<Mark> marks(n, Mark::unvisited);
  std::vector<Graph::Vertex> path;
  std::optional<std::vector<std::string>> cycle;

  std::function<bool(Graph::Vertex)> visit = [&](Graph::Vertex u) {
    marks[u] = Mark::on_path;
    path.push_back(u);
    for (auto [e, end] = boost::out_edges(u, g); e != end; ++e) {
      auto v = boost::target(*e, g);
      if (marks[v] == Mark::on_path) {
        std::vector<std::string> names;
        auto start = std::find(path.begin(), path.end(), v);
        for (auto it = start; it != path.end(); ++it) names.push_back(g[*it].name);
        names.push_back(g[v].name);
        cycle = std::move(names);
        return true;
      }
      if (marks[v] == Mark::unvisited && visit(v)) return true;
    }
    path.pop_back();
    marks[u] = Mark::done;
    return false;
  };
  for (Graph::Vertex u = 0; u < n; ++u)
    if (marks[u] == Mark::unvisited && visit(u)) return cycle;
  return std::nullopt;
}

}  // namespace lexgap::model
