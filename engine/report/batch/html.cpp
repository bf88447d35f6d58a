#include "engine/report/batch/html.hpp"

#include <fmt/format.h>

namespace lexgap::report::batch {

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if (auto picture = control_picture(static_cast<unsigned char>(ch)); !picture.empty())
          out += picture;
        else
          out += ch;
    }
  }
  return out;
}

namespace {

// Short for the escaping function: every string that reaches the page passes through it.
std::string h(std::string_view text) { return escape_html(text); }

std::string result_class(model::Result result) { return std::string("r-") + model::to_string(result); }

// Colours: ColorBrewer RdBu ends for met and gap, a light orange for
// partial, light grey for unknown: distinguishable with the common colour
// vision deficiencies, and each cell also carries its letter (result_mark).
constexpr char const* style = R"css(
:root { --met: #2166ac; --partial: #fdb863; --gap: #b2182b; --unknown: #ececec; --ink: #1a1a1a; --muted: #5a5a5a; --rule: #d0d0d0; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 96rem; padding: 1.5rem 2rem 3rem; font: 15px/1.5 system-ui, "Segoe UI", "DejaVu Sans", Helvetica, Arial, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; line-height: 1.25; }
h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1rem; margin: 0 0 .3rem; }
a { color: #174f85; }
code, .mono { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85em; }
.lede { margin: .2rem 0; color: var(--muted); }
.caveat { border-left: 4px solid var(--met); background: #f3f7fb; padding: .5rem .8rem; margin: 1rem 0; }
.problems { border-left: 4px solid var(--gap); background: #fbf1f1; padding: .5rem .8rem; margin: 1rem 0; }
.problems ul { margin: .3rem 0 0; padding-left: 1.2rem; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; align-items: center; margin: .4rem 0 .8rem; padding: 0; list-style: none; font-size: .9rem; }
.legend li { display: flex; align-items: center; gap: .35rem; }
.swatch, .badge { display: inline-block; min-width: 1.6em; padding: 0 .3em; border: 1px solid #9a9a9a; border-radius: 3px; text-align: center; font-weight: 700; font-size: .85rem; line-height: 1.5; }
.r-met { background: var(--met); color: #fff; }
.r-partial { background: var(--partial); color: #000; }
.r-gap { background: var(--gap); color: #fff; }
.r-unknown { background: var(--unknown); color: #444; }
.r-not-applicable { background: #fff; color: #444; }
.r-met, .r-partial, .r-gap, .r-unknown, .r-not-applicable { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; }
table.heatmap { font-size: .8rem; }
.heatmap th { font-weight: 600; }
.heatmap caption { caption-side: top; text-align: left; padding-bottom: .3rem; }
.heatmap th.corner { vertical-align: bottom; text-align: left; padding: 0 .6rem .3rem 0; }
.heatmap th.col { height: 17.5em; vertical-align: bottom; padding: 0 0 .3rem; white-space: nowrap; }
.heatmap th.col a { writing-mode: vertical-rl; transform: rotate(180deg); display: inline-block; color: var(--ink); text-decoration: none; font-weight: 500; font-size: .75rem; }
.heatmap th.col a:hover { text-decoration: underline; }
.heatmap th.row { position: sticky; left: 0; background: #fff; text-align: left; white-space: nowrap; padding: 0 .6rem 0 0; max-width: 14rem; overflow: hidden; text-overflow: ellipsis; }
.heatmap th.row .name { color: var(--muted); font-weight: 400; }
.heatmap td.cell { width: 1.55em; min-width: 1.55em; height: 1.55em; padding: 0; border: 1px solid #fff; text-align: center; }
.heatmap td.cell a { display: block; line-height: 1.55em; color: inherit; text-decoration: none; font-weight: 700; }
.heatmap td.cell a:hover, .heatmap td.cell a:focus { outline: 2px solid #000; outline-offset: -2px; }
.heatmap td.cell sup { font-size: .65em; line-height: 0; }
table.list { width: 100%; font-size: .9rem; }
table.list th, table.list td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--rule); }
table.list th { background: #f6f6f6; }
table.list th.n, table.list td.n { text-align: right; font-variant-numeric: tabular-nums; }
table.list svg { display: block; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.bar-met { fill: var(--met); } .bar-partial { fill: var(--partial); } .bar-gap { fill: var(--gap); }
.bar-unknown { fill: var(--unknown); } .bar-not-applicable { fill: #fff; }
table.list.tally { width: auto; }
.note { color: var(--muted); font-size: .85rem; margin: .2rem 0 0; }
.finding { border: 1px solid var(--rule); border-left-width: 6px; border-radius: 4px; padding: .7rem 1rem; margin: 0 0 .8rem; break-inside: avoid; }
.finding.r-met, .finding.r-partial, .finding.r-gap, .finding.r-unknown, .finding.r-not-applicable { background: #fff; color: var(--ink); }
.finding.r-met { border-left-color: var(--met); }
.finding.r-partial { border-left-color: var(--partial); }
.finding.r-gap { border-left-color: var(--gap); }
.finding.r-unknown { border-left-color: #b5b5b5; }
.finding .summary { margin: 0 0 .3rem; font-weight: 600; }
.finding .label { display: block; margin-top: .45rem; color: var(--muted); font-size: .72rem; font-weight: 700; letter-spacing: .06em; text-transform: uppercase; }
.finding .meta { color: var(--muted); font-size: .85rem; font-weight: 400; }
.finding .explanation { margin: .3rem 0; }
.finding ul { margin: .2rem 0; padding-left: 1.2rem; }
.finding .trace { color: var(--muted); font-size: .85rem; }
.finding .evidence li { margin: .2rem 0; }
.finding .prov { color: var(--muted); font-size: .85rem; }
.finding .override { border-left: 3px solid #7b3294; padding-left: .6rem; }
.attention { columns: 2 22rem; padding-left: 1.2rem; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .8rem; }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  body { max-width: none; padding: 0; font-size: 9pt; }
  a { color: inherit; text-decoration: none; }
  .scroll { overflow: visible; }
  table.heatmap { font-size: 7pt; }
  .heatmap th.col a { font-size: 6.5pt; }
  .heatmap th.row { position: static; }
  .heatmap td.cell { border-color: #999; }
  h2 { break-after: avoid; }
  tr, .finding { break-inside: avoid; }
}
)css";

std::string page(std::string const& title, std::string const& body, std::string const& generated) {
  std::string footer = "Made with lexgap";
  if (!generated.empty()) footer += fmt::format(" · generated {}", h(generated));
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"lexgap\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n{}"
      "<footer>{}.</footer>\n</body>\n</html>\n",
      h(title), style, body, footer);
}

std::string caveat() {
  return fmt::format("<p class=\"caveat\"><strong>Unknown is not a gap.</strong> {}</p>\n", h(unknown_caveat));
}

std::string legend() {
  std::string out = "<ul class=\"legend\" aria-label=\"Legend\">\n";
  for (auto r : reported_results)
    out += fmt::format("<li><span class=\"swatch {}\">{}</span> {}</li>\n", result_class(r), h(result_mark(r)),
                       model::to_string(r));
  out += "<li><span class=\"swatch r-met\">M<sup>*</sup></span> set by a reviewer's override</li>\n</ul>\n";
  return out;
}

// A stacked bar of a tally: the table beside it carries the same numbers as text.
std::string tally_bar(Tally const& t) {
  std::size_t total = 0;
  for (auto r : reported_results) total += t[static_cast<std::size_t>(r)];
  if (total == 0) return {};
  std::string rects;
  double x = 0;
  for (auto r : reported_results) {
    auto n = t[static_cast<std::size_t>(r)];
    if (n == 0) continue;
    double w = 120.0 * static_cast<double>(n) / static_cast<double>(total);
    rects += fmt::format("<rect class=\"bar-{}\" x=\"{:.2f}\" y=\"0\" width=\"{:.2f}\" height=\"10\"/>",
                         model::to_string(r), x, w);
    x += w;
  }
  return fmt::format("<svg width=\"120\" height=\"10\" viewBox=\"0 0 120 10\" aria-hidden=\"true\">{}"
                     "<rect x=\"0\" y=\"0\" width=\"120\" height=\"10\" fill=\"none\" stroke=\"#9a9a9a\"/></svg>",
                     rects);
}

std::string tally_cells(Tally const& t) {
  std::string out;
  for (auto r : reported_results) out += fmt::format("<td class=\"n\">{}</td>", t[static_cast<std::size_t>(r)]);
  return out;
}

std::string tally_headings() {
  std::string out;
  for (auto r : reported_results) out += fmt::format("<th class=\"n\">{}</th>", model::to_string(r));
  return out;
}

std::string rejected_box(Batch const& batch) {
  if (batch.rejected.empty()) return {};
  std::string out = fmt::format("<div class=\"problems\" role=\"alert\"><strong>{}:</strong>\n<ul>\n",
                                h(rejected_heading(batch)));
  for (auto const& f : batch.rejected) {
    out += fmt::format("<li><code>{}</code>", h(f.path));
    if (!f.first_error.empty()) out += fmt::format(" — <span class=\"mono\">{}</span>", h(f.first_error));
    if (f.errors > 1) out += fmt::format(" (and {} more {})", f.errors - 1, f.errors == 2 ? "error" : "errors");
    out += "</li>\n";
  }
  return out + "</ul>\n<p class=\"note\">Run <code>lexgap check</code> on these files for every diagnostic.</p></div>\n";
}

std::string heatmap(Batch const& batch) {
  auto const& reqs = batch.baseline.requirements;
  std::string out = "<div class=\"scroll\">\n<table class=\"heatmap\">\n";
  out += fmt::format("<caption class=\"note\">Rows: {} jurisdictions. Columns: {} requirements of {}, in the "
                     "baseline's order. Each cell links to its finding.</caption>\n",
                     batch.jurisdictions.size(), batch.columns.size(), h(batch.baseline.id));
  out += "<thead><tr><th scope=\"col\" class=\"corner\">Jurisdiction</th>";
  for (auto r : batch.columns)
    out += fmt::format("\n<th scope=\"col\" class=\"col\"><a href=\"#req-{0}\" title=\"{1} (article {2})\">{0}</a></th>",
                       h(reqs[r].id), h(reqs[r].summary), h(reqs[r].article));
  out += "</tr></thead>\n<tbody>\n";
  for (std::size_t j = 0; j < batch.jurisdictions.size(); ++j) {
    auto const& jur = batch.jurisdictions[j];
    auto page = batch.stems[j] + ".html";
    out += fmt::format("<tr><th scope=\"row\" class=\"row\"><a href=\"{}\">{}</a> <span class=\"name\">{}</span></th>",
                       h(page), h(jur.code), h(jur.name));
    for (auto r : batch.columns) {
      auto const& f = batch.finding(j, r);
      auto result = f.result();
      std::string words = model::to_string(result);
      if (f.override_) words += fmt::format(" (reviewer's override; computed {})", model::to_string(f.computed));
      out += fmt::format("\n<td class=\"cell {}\"><a href=\"{}#{}\" title=\"{} {} — {}: {}\">{}{}</a></td>",
                         result_class(result), h(page), h(reqs[r].id), h(jur.code),
                         h(jur.name), h(reqs[r].id), h(words), h(result_mark(result)), f.override_ ? "<sup>*</sup>" : "");
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n</div>\n";
}

std::string jurisdiction_table(Batch const& batch) {
  std::string out = fmt::format("<table class=\"list\">\n<thead><tr><th>Code</th><th>Name</th>{}<th>Overview</th>"
                                "<th>File</th></tr></thead>\n<tbody>\n",
                                tally_headings());
  for (std::size_t j = 0; j < batch.jurisdictions.size(); ++j) {
    auto const& jur = batch.jurisdictions[j];
    auto t = tally(batch, j);
    out += fmt::format("<tr><td><a href=\"{}.html\">{}</a></td><td>{}</td>{}<td>{}</td><td><code>{}</code></td></tr>\n",
                       h(batch.stems[j]), h(jur.code), h(jur.name), tally_cells(t), tally_bar(t), h(jur.origin.file));
  }
  return out + "</tbody>\n</table>\n";
}

std::string requirement_table(Batch const& batch) {
  std::string out = fmt::format("<table class=\"list\">\n<thead><tr><th>Requirement</th><th>Article</th>"
                                "<th>Strength</th><th>Severity</th>{}</tr></thead>\n<tbody>\n",
                                tally_headings());
  for (auto r : batch.columns) {
    auto const& req = batch.baseline.requirements[r];
    out += fmt::format("<tr id=\"req-{}\"><td><code>{}</code><br>{}", h(req.id), h(req.id), h(req.summary));
    for (auto const& n : req.notes) out += fmt::format("<p class=\"note\">{}</p>", h(n));
    out += fmt::format("</td><td>{}</td><td>{}</td><td>{}</td>{}</tr>\n", h(req.article), model::to_string(req.strength),
                       model::to_string(req.severity), tally_cells(tally_requirement(batch, r)));
  }
  out += "</tbody>\n</table>\n";
  auto unselected = batch.baseline.requirements.size() - batch.columns.size();
  if (unselected)
    out += fmt::format("<p class=\"note\">{} inherited {} not selected by this profile {} left out.</p>\n", unselected,
                       unselected == 1 ? "requirement" : "requirements", unselected == 1 ? "is" : "are");
  return out;
}

std::string source_list(Batch const& batch) {
  auto sources = cited_sources(batch);
  if (sources.empty()) return {};
  std::string out = "<h2 id=\"sources\">Sources cited</h2>\n<table class=\"list\">\n<tbody>\n";
  for (auto const* s : sources) {
    std::string about;
    for (auto const* part : {&s->symbol, &s->body, &s->session, &s->date})
      if (!part->empty()) about += (about.empty() ? "" : ", ") + *part;
    out += fmt::format("<tr id=\"src-{}\"><td><code>{}</code></td><td>{}", h(s->id), h(s->id), h(s->title));
    if (!about.empty()) out += fmt::format("<br><span class=\"note\">{}</span>", h(about));
    // Shown as text, never as a link: a corpus string must not become a live URL.
    if (!s->url.empty()) out += fmt::format("<br><span class=\"mono\">{}</span>", h(s->url));
    out += "</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

std::string citations(model::Provenance const& p) {
  if (p.citations.empty()) return "no citation";
  std::string out = "cited to ";
  for (std::size_t i = 0; i < p.citations.size(); ++i)
    out += fmt::format("{}<a href=\"index.html#src-{}\">{}</a>", i ? "; " : "", h(p.citations[i].source),
                       h(p.citations[i].text()));
  return out;
}

std::string finding_section(model::Finding const& f, model::Requirement const& req) {
  auto result = f.result();
  std::string out = fmt::format(
      "<section class=\"finding {0}\" id=\"{1}\">\n<h3><span class=\"badge {0}\">{2}</span> {3} · "
      "<a href=\"index.html#req-{1}\"><code>{1}</code></a> <span class=\"meta\">article {4} · {5} · severity {6}</span></h3>\n",
      result_class(result), h(req.id), h(result_mark(result)), model::to_string(result), h(req.article),
      model::to_string(req.strength), model::to_string(req.severity));
  out += fmt::format("<p class=\"summary\">{}</p>\n", h(req.summary));
  out += fmt::format("<p class=\"explanation\"><span class=\"label\">{}</span>{}</p>\n",
                     f.override_ ? "Computed finding" : "Finding", h(f.explanation));
  if (!f.trace.empty()) {
    out += "<span class=\"label\">Checked</span>\n<ul class=\"trace\">\n";
    for (auto const& t : f.trace) out += fmt::format("<li>{}</li>\n", h(t));
    out += "</ul>\n";
  }
  if (f.evidence.empty()) {
    out += "<span class=\"label\">Evidence</span>\n<p class=\"note\">None: the sources say nothing on this.</p>\n";
  } else {
    out += "<span class=\"label\">Evidence</span>\n<ul class=\"evidence\">\n";
    for (auto const& e : f.evidence) {
      auto const& p = e.provenance;
      out += fmt::format("<li><code>{}</code> — {}<br><span class=\"prov\">{} · written at <code>{}:{}</code>", h(e.statement),
                         h(e.summary), citations(p), h(p.origin.file), p.origin.line);
      if (!p.in_force())
        out += fmt::format(" · <strong>{}{}</strong>", model::to_string(p.status), p.since.empty() ? "" : " since " + h(p.since));
      out += "</span>";
      for (auto const& n : p.notes) out += fmt::format("<p class=\"note\">Note: {}</p>", h(n));
      out += "</li>\n";
    }
    out += "</ul>\n";
  }
  if (f.override_) {
    auto const& o = *f.override_;
    out += fmt::format("<p class=\"override\">Reviewer's override: <strong>{}</strong> (computed {}) by {}{}{}</p>\n",
                       model::to_string(o.result), model::to_string(f.computed), h(o.authority),
                       o.date.empty() ? "" : " on " + h(o.date), o.remark.empty() ? "" : ": " + h(o.remark));
  }
  return out + "</section>\n";
}

}  // namespace

std::string html_summary(Batch const& batch) {
  auto const& b = batch.baseline;
  std::string body = fmt::format("<header>\n<h1>Gap report: {}</h1>\n", h(b.title));
  std::string about;  // " (A/RES/54/263)", " (a profile of opsc)"
  for (auto const& i : b.instruments) about += (about.empty() ? "" : "; ") + h(i);
  if (!b.extends.empty()) about += (about.empty() ? "a profile of " : "; a profile of ") + h(b.extends);
  if (!about.empty()) about = " (" + about + ")";
  body += fmt::format("<p class=\"lede\">{} {} compared with baseline <code>{}</code>{} on {} requirements. {}</p>\n",
                      batch.jurisdictions.size(), batch.jurisdictions.size() == 1 ? "jurisdiction" : "jurisdictions",
                      h(b.id), about, batch.columns.size(), counted_law(batch));
  body += "</header>\n<main>\n" + caveat() + rejected_box(batch);
  body += "<h2 id=\"heatmap\">Results by jurisdiction and requirement</h2>\n" + legend() + heatmap(batch);
  body += "<h2 id=\"jurisdictions\">Jurisdictions</h2>\n" + jurisdiction_table(batch);
  body += "<h2 id=\"requirements\">Requirements</h2>\n" + requirement_table(batch);
  body += source_list(batch) + "</main>\n";
  return page(fmt::format("Gap report: {} jurisdictions against {}", batch.jurisdictions.size(), b.id), body,
              batch.generated);
}

std::string html_jurisdiction(Batch const& batch, std::size_t j) {
  auto const& jur = batch.jurisdictions[j];
  auto const& b = batch.baseline;
  auto t = tally(batch, j);
  std::string body = "<nav><a href=\"index.html\">← All jurisdictions</a></nav>\n<header>\n";
  body += fmt::format("<h1>{} {}</h1>\n<p class=\"lede\">Compared with baseline <code>{}</code> ({}). Described in "
                      "<code>{}</code>. {}</p>\n",
                      h(jur.code), h(jur.name), h(b.id), h(b.title), h(jur.origin.file), counted_law(batch));
  body += "<table class=\"list tally\"><thead><tr>" + tally_headings() + "<th>Overview</th></tr></thead>"
          "<tbody><tr>" + tally_cells(t) + "<td>" + tally_bar(t) + "</td></tr></tbody></table>\n</header>\n<main>\n";
  body += caveat();
  std::string attention;
  for (auto r : batch.columns) {
    auto const& f = batch.finding(j, r);
    if (f.result() == model::Result::gap || f.result() == model::Result::partial)
      attention += fmt::format("<li><span class=\"badge {}\">{}</span> <a href=\"#{}\"><code>{}</code></a> {}</li>\n",
                               result_class(f.result()), h(result_mark(f.result())), h(f.requirement),
                               h(f.requirement), h(b.requirements[r].summary));
  }
  if (!attention.empty()) body += "<h2>Gaps and partial findings</h2>\n<ul class=\"attention\">\n" + attention + "</ul>\n";
  body += "<h2>Every requirement</h2>\n";
  for (auto r : batch.columns) body += finding_section(batch.finding(j, r), b.requirements[r]);
  body += "</main>\n";
  return page(fmt::format("{} {} against {}", jur.code, jur.name, b.id), body, batch.generated);
}

}  // namespace lexgap::report::batch
