#include "engine/model/taxonomy.hpp"

#include <boost/graph/adjacency_list.hpp>

#include <algorithm>
#include <functional>
#include <string_view>
#include <unordered_map>

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
std::size_t index_of(TermKind kind) { return static_cast<std::size_t>(kind); }
// Hashes std::string and std::string_view alike, so a term is found by a view
// of its name without copying it (comparison asks for coverage on every
// requirement of every jurisdiction).
struct NameHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view name) const { return std::hash<std::string_view>{}(name); }
};
}  // namespace

// Vertices are every term named (defined or only referenced by "covers");
// an edge u -> v says u covers v. `reach[u][v]` is the coverage of v by u over
// all paths: the best path's weakest edge (full beats partial beats none).
struct Taxonomy::Graph {
  using AdjacencyList = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, TermVertex, CoverEdge>;
  using Vertex = AdjacencyList::vertex_descriptor;
  AdjacencyList graph;
  std::array<std::unordered_map<std::string, Vertex, NameHash, std::equal_to<>>, kind_count> index;
  std::vector<std::vector<Coverage>> reach;  // a row may be shorter than the vertex count: none beyond

  Vertex vertex(TermKind kind, std::string const& name) {
    auto& by_name = index[index_of(kind)];
    if (auto it = by_name.find(name); it != by_name.end()) return it->second;
    auto v = boost::add_vertex(TermVertex{kind, name}, graph);
    by_name.emplace(name, v);
    reach.emplace_back(v + 1, Coverage::none);
    reach[v][v] = Coverage::full;
    return v;
  }

  std::optional<Vertex> find(TermKind kind, std::string_view name) const {
    auto const& by_name = index[index_of(kind)];
    if (auto it = by_name.find(name); it != by_name.end()) return it->second;
    return std::nullopt;
  }

  Coverage reaches(Vertex from, Vertex to) const {
    auto const& row = reach[from];
    return to < row.size() ? row[to] : Coverage::none;
  }

  // The table was closed before u -> v; the new paths are a ~> u -> v ~> b.
  void close_over(Vertex u, Vertex v, Coverage edge) {
    std::vector<std::pair<Vertex, Coverage>> after_v;
    for (Vertex b = 0; b < reach[v].size(); ++b)
      if (reach[v][b] != Coverage::none) after_v.emplace_back(b, std::min(edge, reach[v][b]));
    for (Vertex a = 0; a < reach.size(); ++a) {
      Coverage to_u = reaches(a, u);
      if (to_u == Coverage::none) continue;
      auto& row = reach[a];
      for (auto [b, onward] : after_v) {
        if (b >= row.size()) row.resize(b + 1, Coverage::none);
        row[b] = std::max(row[b], std::min(to_u, onward));
      }
    }
  }
};

Taxonomy::Taxonomy() : graph_(std::make_unique<Graph>()) {}
Taxonomy::~Taxonomy() = default;
Taxonomy::Taxonomy(Taxonomy&&) noexcept = default;
Taxonomy& Taxonomy::operator=(Taxonomy&&) noexcept = default;

bool Taxonomy::add_term(Term term) {
  auto& by_name = terms_[index_of(term.kind)];
  if (by_name.count(term.name)) return false;
  graph_->vertex(term.kind, term.name);
  std::string name = term.name;
  by_name.emplace(std::move(name), std::move(term));
  return true;
}

void Taxonomy::add_cover(TermKind kind, std::string const& from, std::string const& to, bool partially) {
  auto u = graph_->vertex(kind, from);
  auto v = graph_->vertex(kind, to);
  boost::add_edge(u, v, CoverEdge{partially}, graph_->graph);
  graph_->close_over(u, v, partially ? Coverage::partial : Coverage::full);
}

Term const* Taxonomy::find(TermKind kind, std::string_view name) const {
  auto const& by_name = terms_[index_of(kind)];
  auto it = by_name.find(name);
  return it == by_name.end() ? nullptr : &it->second;
}

std::vector<Term const*> Taxonomy::find_any_kind(std::string_view name) const {
  std::vector<Term const*> found;
  for (auto const& by_name : terms_)
    if (auto it = by_name.find(name); it != by_name.end()) found.push_back(&it->second);
  return found;
}

std::vector<std::string> Taxonomy::names(TermKind kind) const {
  std::vector<std::string> result;
  for (auto const& [name, term] : terms_[index_of(kind)]) result.push_back(name);
  return result;
}

std::size_t Taxonomy::size() const {
  std::size_t n = 0;
  for (auto const& by_name : terms_) n += by_name.size();
  return n;
}

Coverage Taxonomy::coverage(TermKind kind, std::string_view from, std::string_view to) const {
  if (from == to) return Coverage::full;
  auto u = graph_->find(kind, from);
  auto v = graph_->find(kind, to);
  if (!u || !v) return Coverage::none;
  return graph_->reaches(*u, *v);
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
