#include "engine/query/query.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace lexgap::query {
namespace {

using List = std::vector<model::Jurisdiction const*>;

std::string section(char const* heading, List const& list, std::size_t code_width) {
  std::string out = fmt::format("{} ({}):\n", heading, list.size());
  for (auto const* j : list) out += fmt::format("  {:<{}}  {}\n", j->code, code_width, j->name);
  return out;
}

nlohmann::json to_json(List const& list) {
  auto out = nlohmann::json::array();
  for (auto const* j : list) out.push_back({{"code", j->code}, {"name", j->name}});
  return out;
}

}  // namespace

Answer answer(Expression const& expression, std::vector<model::Jurisdiction> const& jurisdictions) {
  Answer a;
  for (auto const& j : jurisdictions) {
    switch (evaluate(expression, j)) {
      case Truth::yes: a.satisfied.push_back(&j); break;
      case Truth::unknown: a.unknown.push_back(&j); break;
      case Truth::no: a.not_satisfied.push_back(&j); break;
    }
  }
  return a;
}

std::string answer_text(Answer const& answer) {
  std::size_t width = 2;
  for (auto const* list : {&answer.satisfied, &answer.unknown, &answer.not_satisfied})
    for (auto const* j : *list) width = std::max(width, j->code.size());
  return section("satisfied", answer.satisfied, width) + section("unknown", answer.unknown, width) +
         section("not satisfied", answer.not_satisfied, width);
}

nlohmann::json answer_json(std::string const& query, Answer const& answer) {
  return {{"schema_version", answer_schema_version},
          {"query", query},
          {"satisfied", to_json(answer.satisfied)},
          {"unknown", to_json(answer.unknown)},
          {"not_satisfied", to_json(answer.not_satisfied)}};
}

}  // namespace lexgap::query
