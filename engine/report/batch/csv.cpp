#include "engine/report/batch/csv.hpp"

#include <fmt/format.h>

namespace lexgap::report::batch {

std::string csv_field(std::string_view text) {
  std::string value;
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) value = "'";
  for (char ch : text) {
    auto picture = control_picture(static_cast<unsigned char>(ch));
    value += picture.empty() ? std::string(1, ch) : picture;
  }
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char ch : value) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return out + "\"";
}

namespace {

std::string override_text(model::Finding const& f) {
  if (!f.override_) return {};
  auto const& o = *f.override_;
  return fmt::format("{} by {}{}{}", model::to_string(o.result), o.authority, o.date.empty() ? "" : " on " + o.date,
                     o.remark.empty() ? "" : ": " + o.remark);
}

}  // namespace

std::string findings_csv(Batch const& batch) {
  std::string out =
      "jurisdiction,name,requirement,article,strength,severity,result,computed,override,explanation,evidence\r\n";
  for (std::size_t j = 0; j < batch.jurisdictions.size(); ++j) {
    auto const& jur = batch.jurisdictions[j];
    for (auto r : batch.columns) {
      auto const& f = batch.finding(j, r);
      auto const& req = batch.baseline.requirements[r];
      std::string fields[] = {jur.code,
                              jur.name,
                              req.id,
                              req.article,
                              model::to_string(req.strength),
                              model::to_string(req.severity),
                              model::to_string(f.result()),
                              model::to_string(f.computed),
                              override_text(f),
                              f.explanation,
                              evidence_citations(f)};
      for (std::size_t i = 0; i < std::size(fields); ++i) out += (i ? "," : "") + csv_field(fields[i]);
      out += "\r\n";
    }
  }
  return out;
}

}  // namespace lexgap::report::batch
