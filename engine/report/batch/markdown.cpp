#include "engine/report/batch/markdown.hpp"

#include "engine/report/batch/html.hpp"

#include <fmt/format.h>

#include <string_view>
#include <vector>

namespace lexgap::report::batch {

std::string escape_markdown(std::string_view text) {
  static constexpr std::string_view markup = "\\`*_[]<>|~&";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char ch = text[i];
    if (ch == '\r' || ch == '\n') {
      out += "<br>";
      if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else if (markup.find(ch) != std::string_view::npos) {
      out += '\\';
      out += ch;
    } else if (auto picture = control_picture(static_cast<unsigned char>(ch)); !picture.empty()) {
      out += picture;
    } else {
      out += ch;
    }
  }
  return out;
}

namespace {

std::string m(std::string_view text) { return escape_markdown(text); }

std::string caveat() {
  return fmt::format("> **Unknown is not a gap.** {}\n\n", unknown_caveat);
}

// The header and rule lines of a table: the leading columns, then one column per result.
std::string table_head(std::vector<char const*> const& leading) {
  std::string names = "|", rule = "|";
  for (auto const* l : leading) {
    names += fmt::format(" {} |", l);
    rule += "---|";
  }
  for (auto r : reported_results) {
    names += fmt::format(" {} |", model::to_string(r));
    rule += "--:|";
  }
  return names + "\n" + rule + "\n";
}

std::string tally_row(Tally const& t) {
  std::string out;
  for (auto r : reported_results) out += fmt::format(" {} |", t[static_cast<std::size_t>(r)]);
  return out;
}

std::string mark(model::Finding const& f) {
  return std::string(result_mark(f.result())) + (f.override_ ? "\\*" : "");
}

std::string footer(Batch const& batch) {
  return batch.generated.empty() ? "" : fmt::format("\n---\nGenerated {}.\n", m(batch.generated));
}

}  // namespace

std::string markdown_summary(Batch const& batch) {
  auto const& b = batch.baseline;
  std::string about;  // " (A/RES/54/263)", " (a profile of opsc)"
  for (auto const& i : b.instruments) about += (about.empty() ? "" : "; ") + m(i);
  if (!b.extends.empty()) about += (about.empty() ? "a profile of " : "; a profile of ") + m(b.extends);
  if (!about.empty()) about = " (" + about + ")";
  std::string out = fmt::format("# Gap report: {}\n\n", m(b.title));
  out += fmt::format("{} {} compared with baseline {}{} on {} requirements. {}\n\n", batch.jurisdictions.size(),
                     batch.jurisdictions.size() == 1 ? "jurisdiction" : "jurisdictions", m(b.id), about,
                     batch.columns.size(), counted_law(batch));
  out += caveat();
  if (!batch.rejected.empty()) {
    out += fmt::format("**{}:**\n\n", m(rejected_heading(batch)));
    for (auto const& f : batch.rejected) {
      out += "- " + m(f.path);
      if (!f.first_error.empty()) out += " — " + m(f.first_error);
      if (f.errors > 1) out += fmt::format(" (and {} more {})", f.errors - 1, f.errors == 2 ? "error" : "errors");
      out += "\n";
    }
    out += "\n";
  }

  out += "## Results by requirement and jurisdiction\n\n";
  out += "Key: M met · P partial · G gap · ? unknown · – not applicable · \\* set by a reviewer's override. "
         "Rows are requirements in the baseline's order; columns are jurisdictions.\n\n";
  out += "| Requirement | Article |";
  std::string rule = "|---|---|";
  for (std::size_t j = 0; j < batch.jurisdictions.size(); ++j) {
    out += fmt::format(" [{}]({}.md) |", m(batch.jurisdictions[j].code), batch.stems[j]);
    rule += ":-:|";
  }
  out += "\n" + rule + "\n";
  for (auto r : batch.columns) {
    auto const& req = b.requirements[r];
    out += fmt::format("| {} | {} |", m(req.id), m(req.article));
    for (std::size_t j = 0; j < batch.jurisdictions.size(); ++j) out += " " + mark(batch.finding(j, r)) + " |";
    out += "\n";
  }

  out += "\n## Jurisdictions\n\n" + table_head({"Code", "Name"});
  for (std::size_t j = 0; j < batch.jurisdictions.size(); ++j)
    out += fmt::format("| [{}]({}.md) | {} |{}\n", m(batch.jurisdictions[j].code), batch.stems[j],
                       m(batch.jurisdictions[j].name), tally_row(tally(batch, j)));

  out += "\n## Requirements\n\n" + table_head({"Requirement", "Article", "Summary", "Strength", "Severity"});
  for (auto r : batch.columns) {
    auto const& req = b.requirements[r];
    out += fmt::format("| {} | {} | {} | {} | {} |{}\n", m(req.id), m(req.article), m(req.summary),
                       model::to_string(req.strength), model::to_string(req.severity),
                       tally_row(tally_requirement(batch, r)));
  }
  std::string notes;
  for (auto r : batch.columns)
    for (auto const& n : b.requirements[r].notes) notes += fmt::format("- **{}**: {}\n", m(b.requirements[r].id), m(n));
  if (!notes.empty()) out += "\n### Notes on the requirements\n\n" + notes;
  if (auto unselected = b.requirements.size() - batch.columns.size())
    out += fmt::format("\n{} inherited {} not selected by this profile {} left out.\n", unselected,
                       unselected == 1 ? "requirement" : "requirements", unselected == 1 ? "is" : "are");

  if (auto sources = cited_sources(batch); !sources.empty()) {
    out += "\n## Sources cited\n\n";
    for (auto const* s : sources) {
      out += fmt::format("- **{}**: {}", m(s->id), m(s->title));
      for (auto const* part : {&s->symbol, &s->body, &s->session, &s->date, &s->url})
        if (!part->empty()) out += ", " + m(*part);
      out += "\n";
    }
  }
  return out + footer(batch);
}

std::string markdown_jurisdiction(Batch const& batch, std::size_t j) {
  auto const& jur = batch.jurisdictions[j];
  auto const& b = batch.baseline;
  std::string out = fmt::format("# {} {}\n\n[← All jurisdictions](index.md)\n\n", m(jur.code), m(jur.name));
  out += fmt::format("Compared with baseline {} ({}). Described in {}. {}\n\n", m(b.id), m(b.title), m(jur.origin.file),
                     counted_law(batch));
  out += table_head({}) + "|" + tally_row(tally(batch, j)) + "\n\n" + caveat();

  out += "## Findings\n\n| Result | Requirement | Article | Strength | Severity | Explanation | Evidence |\n"
         "|---|---|---|---|---|---|---|\n";
  for (auto r : batch.columns) {
    auto const& f = batch.finding(j, r);
    auto const& req = b.requirements[r];
    auto explanation = f.override_ ? fmt::format("(computed {}) {}", model::to_string(f.computed), f.explanation)
                                   : f.explanation;
    out += fmt::format("| {} {} | [{}](#{}) | {} | {} | {} | {} | {} |\n", mark(f), model::to_string(f.result()),
                       m(req.id), m(req.id), m(req.article), model::to_string(req.strength),
                       model::to_string(req.severity), m(explanation), m(evidence_citations(f)));
  }

  out += "\n## Every finding in detail\n";
  for (auto r : batch.columns) {
    auto const& f = batch.finding(j, r);
    auto const& req = b.requirements[r];
    // An explicit anchor: heading slugs differ from one Markdown renderer to the next.
    out += fmt::format("\n### <a id=\"{}\"></a>{} — {}\n\n{}\n\n", escape_html(req.id), m(req.id),
                       model::to_string(f.result()), m(req.summary));
    if (f.override_) {
      auto const& o = *f.override_;
      out += fmt::format("**Reviewer's override:** {} (computed {}) by {}{}{}\n\n", model::to_string(o.result),
                         model::to_string(f.computed), m(o.authority), o.date.empty() ? "" : " on " + m(o.date),
                         o.remark.empty() ? "" : ": " + m(o.remark));
    }
    for (auto const& t : f.trace) out += "- " + m(t) + "\n";
    if (f.evidence.empty()) out += "- No evidence: the sources say nothing on this.\n";
    for (auto const& e : f.evidence) {
      auto const& p = e.provenance;
      out += fmt::format("- Evidence: {} — {}. Cited to {}; written at {}:{}", m(e.statement), m(e.summary),
                         p.citations.empty() ? "nothing" : m(p.citation_text()), m(p.origin.file), p.origin.line);
      if (!p.in_force()) out += fmt::format("; **{}**{}", model::to_string(p.status), p.since.empty() ? "" : " since " + m(p.since));
      out += ".\n";
      for (auto const& n : p.notes) out += "  - Note: " + m(n) + "\n";
    }
  }
  return out + footer(batch);
}

}  // namespace lexgap::report::batch
