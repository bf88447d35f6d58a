// lexgap-gen-corpus: synthetic jurisdictions for the benchmarks.
//
// Deterministic: jurisdiction i depends only on (seed, i), so the first N
// jurisdictions of a larger corpus are the N of a smaller one. Every term is
// drawn from the corpus taxonomy as loaded (never spelled here), every
// citation stays inside un2009's declared paragraph and footnote ranges, and
// no statement contradicts another, so the output passes `lexgap check`
// without an error or a warning.
#include "engine/workspace/workspace.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace lexgap::bench {
namespace {

namespace fs = std::filesystem;

// The source every synthetic fact is cited to (docs/language.md example).
constexpr char const* cited_source = "un2009";
// A file stays well below the 64 MiB limit of docs/language.md.
constexpr std::size_t max_file_bytes_written = 32u << 20;

// Only mt19937_64's output is fixed by the standard, not the distributions',
// so draws are mapped by hand: the same seed gives the same corpus everywhere.
class Draw {
 public:
  explicit Draw(std::uint64_t seed) : engine_(seed) {}
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(engine_() % n); }
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1))); }
  bool percent(int p) { return below(100) < static_cast<std::size_t>(p); }
  template <typename T>
  T const& pick(std::vector<T> const& from) {
    return from[below(from.size())];
  }
  // k distinct elements, in the order of `from` (k is capped at its size).
  std::vector<std::string> some(std::vector<std::string> const& from, std::size_t k) {
    std::vector<std::size_t> index(from.size());
    for (std::size_t i = 0; i < index.size(); ++i) index[i] = i;
    k = std::min(k, from.size());
    for (std::size_t i = 0; i < k; ++i) std::swap(index[i], index[i + below(index.size() - i)]);
    std::sort(index.begin(), index.begin() + static_cast<std::ptrdiff_t>(k));
    std::vector<std::string> out;
    for (std::size_t i = 0; i < k; ++i) out.push_back(from[index[i]]);
    return out;
  }

 private:
  std::mt19937_64 engine_;
};

std::uint64_t splitmix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

// The vocabulary, as the corpus defines it.
struct Vocabulary {
  std::vector<std::string> families, conducts, circumstances, exceptions, means, bases, measures, aggravations;
  std::pair<unsigned, unsigned> paragraphs, footnotes;
};

Vocabulary load_vocabulary(fs::path const& corpus_dir) {
  WorkspaceOptions options;
  options.corpus_dir = corpus_dir;
  options.threads = 1;
  auto ws = load_workspace({}, options);
  if (ws.has_errors()) throw std::runtime_error("the corpus library at " + corpus_dir.string() + " has errors");
  auto source = ws.sources.find(cited_source);
  if (source == ws.sources.end() || !source->second.paragraphs || !source->second.footnotes)
    throw std::runtime_error(fmt::format("the corpus has no source '{}' with paragraph and footnote ranges", cited_source));
  using model::TermKind;
  Vocabulary v;
  v.families = ws.taxonomy.names(TermKind::family);
  v.conducts = ws.taxonomy.names(TermKind::conduct);
  v.circumstances = ws.taxonomy.names(TermKind::circumstance);
  v.exceptions = ws.taxonomy.names(TermKind::exception);
  v.means = ws.taxonomy.names(TermKind::means);
  v.bases = ws.taxonomy.names(TermKind::basis);
  v.measures = ws.taxonomy.names(TermKind::measure);
  v.aggravations = ws.taxonomy.names(TermKind::aggravation);
  for (auto const* kind : {&v.families, &v.conducts, &v.circumstances, &v.exceptions, &v.means, &v.bases, &v.measures,
                           &v.aggravations})
    if (kind->empty()) throw std::runtime_error("the corpus taxonomy lacks a kind of term the generator needs");
  v.paragraphs = *source->second.paragraphs;
  v.footnotes = *source->second.footnotes;
  return v;
}

// Unique ISO-shaped codes: "AA".."ZZ", then "AA-1".."ZZ-ZZZ" (checker pattern
// [A-Z]{2}(-[A-Z0-9]{1,3})?), about 31 million in all.
constexpr std::size_t code_capacity = 676u * 36u * 36u * 36u;

std::string jurisdiction_code(std::size_t i) {
  std::string code{char('A' + i % 676 / 26), char('A' + i % 26)};
  std::size_t subdivision = i / 676;
  if (subdivision == 0) return code;
  static constexpr char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  std::string suffix;
  for (; subdivision > 0; subdivision /= 36) suffix.insert(suffix.begin(), digits[subdivision % 36]);
  return code + "-" + suffix;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string joined(std::vector<std::string> const& names) {
  std::string out;
  for (auto const& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// Note text made of the phrases reports use; quotations exercise the escapes.
std::vector<std::string> const note_phrases = {
    "The report does not say which offences are covered.",
    "'The legislation had recently been amended.'",
    "The age threshold applies to both sexes.",
    "Penalties are increased when the offender is a relative or guardian.",
    "The report quotes the reply: \\\"the provision applies irrespective of the child's consent\\\".",
    "Which circumstances apply is not said.",
    "A bill to raise the threshold is before the legislature.",
    "The measure is carried out jointly with non-governmental organizations.",
    "Statistics on prosecutions were not provided.",
    "The reply refers to the Criminal Code and to a special law on the protection of minors.",
};

class JurisdictionWriter {
 public:
  JurisdictionWriter(Vocabulary const& v, std::uint64_t seed, std::size_t index)
      : v_(v), draw_(splitmix64(seed ^ splitmix64(index))), code_(jurisdiction_code(index)), index_(index) {}

  std::string write() {
    out_ += fmt::format("# Synthetic jurisdiction {} (bench/corpus_generator.cpp).\n", index_);
    out_ += fmt::format("jurisdiction {} \"Synthetic State {}\" {{\n", code_, code_);
    if (draw_.percent(70)) out_ += fmt::format("  cite {} footnote {};\n", cited_source, footnote());
    if (draw_.percent(60))
      out_ += fmt::format("  child under {} {};\n", draw_.pick(std::vector<int>{14, 15, 16, 18}), citation());
    else if (draw_.percent(40))
      out_ += fmt::format("  child graded {};\n", citation());
    provisions();
    claims();
    measures();
    lacks_offence();
    out_ += "}\n\n";
    return std::move(out_);
  }

 private:
  unsigned paragraph() {
    return v_.paragraphs.first + static_cast<unsigned>(draw_.below(v_.paragraphs.second - v_.paragraphs.first + 1));
  }
  unsigned footnote() {
    return v_.footnotes.first + static_cast<unsigned>(draw_.below(v_.footnotes.second - v_.footnotes.first + 1));
  }
  std::string citation() {
    if (draw_.percent(80)) return fmt::format("cite {} para {}", cited_source, paragraph());
    auto a = paragraph(), b = paragraph();
    return fmt::format("cite {} paras {}, {}", cited_source, std::min(a, b), std::max(a, b));
  }
  std::string note() {
    std::string text = draw_.pick(note_phrases);
    if (draw_.percent(40)) text += " " + draw_.pick(note_phrases);
    return fmt::format("note \"{}\"", text);
  }

  // Several provisions per family, with overlapping bands: a strict band for
  // the youngest, a conditional or circumstantial one above it, sometimes a
  // catch-all band to 18 that overlaps both.
  void provisions() {
    auto families = draw_.some(v_.families, static_cast<std::size_t>(draw_.between(3, 10)));
    for (auto const& family : families) {
      int threshold = draw_.pick(std::vector<int>{12, 13, 14, 15, 16});
      int count = draw_.between(1, 3);
      for (int k = 0; k < count; ++k) {
        std::string band;
        if (k == 0)
          band = draw_.percent(80) ? fmt::format("under {}", threshold) : fmt::format("not over {}", threshold - 1);
        else if (k == 1)
          band = draw_.percent(85) ? fmt::format("{} to 18", threshold) : fmt::format("from {}", threshold);
        else
          band = "under 18";
        provision(family, k, band, k == 0);
      }
    }
  }

  void provision(std::string const& family, int k, std::string const& band, bool youngest) {
    std::string id = fmt::format("{}-{}-{}", lower(code_), family, k + 1);
    std::string title = family;
    std::replace(title.begin(), title.end(), '-', ' ');
    title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
    out_ += fmt::format("  provision {} \"{} ({})\" {{\n", id, title, band);
    std::string offence = family;
    if (draw_.percent(10)) {
      auto other = draw_.pick(v_.families);
      if (other != family) {
        offence += ", " + other;
        used_families_.insert(other);
      }
    }
    used_families_.insert(family);
    clause("offence " + offence);
    bool has_band = draw_.percent(92);
    if (has_band) clause("victims " + band);
    if (has_band && draw_.percent(85)) {
      if (youngest && draw_.percent(70))
        clause("protection absolute");
      else if (draw_.percent(50))
        clause("protection conditional unless " + joined(draw_.some(v_.exceptions, draw_.below(2) + 1)));
      else
        clause("protection circumstantial when " + joined(draw_.some(v_.circumstances, draw_.below(4) + 1)));
    }
    if (draw_.percent(40)) clause("conducts " + joined(draw_.some(v_.conducts, draw_.below(6) + 1)));
    if (draw_.percent(30)) clause(draw_.percent(75) ? "consent irrelevant" : "consent presumed-absent");
    if (draw_.percent(20)) clause("no-proof-of " + joined(draw_.some(v_.means, draw_.below(2) + 1)));
    if (draw_.percent(30)) clause(limitation());
    if (draw_.percent(60)) clause(penalty());
    if (draw_.percent(30)) clause("aggravated when " + joined(draw_.some(v_.aggravations, draw_.below(3) + 1)));
    if (draw_.percent(10))
      clause(fmt::format("status {} since {}-{:02}", draw_.percent(70) ? "pending" : "draft", draw_.between(2005, 2009),
                         draw_.between(1, 12)));
    clause(citation());
    if (draw_.percent(25)) clause(note());
    out_ += "  }\n";
  }

  void clause(std::string const& text) { out_ += "    " + text + ";\n"; }

  std::string limitation() {
    switch (draw_.below(5)) {
      case 0: return "limitation none";
      case 1: return fmt::format("limitation {} years from offence", draw_.between(5, 25));
      case 2: return fmt::format("limitation {} years from disclosure", draw_.between(3, 15));
      case 3: return fmt::format("limitation {} years from age 18", draw_.between(5, 20));
      default: return "limitation from age 18";
    }
  }

  std::string penalty() {
    switch (draw_.below(4)) {
      case 0: return "penalty life";
      case 1: return fmt::format("penalty up to {} years", draw_.between(1, 20));
      default: {
        int lo = draw_.between(1, 10);
        return fmt::format("penalty {} to {} years", lo, lo + draw_.between(0, 15));
      }
    }
  }

  // Two bases per statement, none repeated across statements.
  void claims() {
    std::size_t statements = draw_.percent(70) ? static_cast<std::size_t>(draw_.between(1, 2)) : 0;
    auto bases = draw_.some(v_.bases, statements * 2);
    for (std::size_t first = 0; first < bases.size(); first += 2) {
      std::vector<std::string> these(bases.begin() + static_cast<std::ptrdiff_t>(first),
                                     bases.begin() + static_cast<std::ptrdiff_t>(std::min(first + 2, bases.size())));
      std::string dc;
      if (draw_.percent(60)) dc = draw_.percent(50) ? " with double-criminality" : " without double-criminality";
      out_ += fmt::format("  claims jurisdiction over {}{} {}", joined(these), dc, citation());
      if (draw_.percent(20)) out_ += "\n    " + note();
      out_ += ";\n";
    }
  }

  // In-force measures and explicit absences are disjoint, so no "lacks" contradicts a measure.
  void measures() {
    auto chosen = draw_.some(v_.measures, static_cast<std::size_t>(draw_.between(3, 25)));
    std::set<std::string> had(chosen.begin(), chosen.end());
    for (auto const& m : chosen) {
      out_ += fmt::format("  measure {}", m);
      if (draw_.percent(5)) out_ += fmt::format(" status proposed since {}", draw_.between(2006, 2009));
      out_ += " " + citation();
      if (draw_.percent(15)) out_ += "\n    " + note();
      out_ += ";\n";
    }
    int absences = draw_.between(0, 3);
    for (int a = 0; a < absences; ++a) {
      auto const& m = draw_.pick(v_.measures);
      if (had.insert(m).second) out_ += fmt::format("  lacks measure {} {};\n", m, citation());
    }
  }

  // Only a family no provision of this jurisdiction names (in force or not).
  void lacks_offence() {
    if (!draw_.percent(15)) return;
    auto const& f = draw_.pick(v_.families);
    if (!used_families_.count(f)) out_ += fmt::format("  lacks offence {} {};\n", f, citation());
  }

  Vocabulary const& v_;
  Draw draw_;
  std::string code_;
  std::size_t index_;
  std::set<std::string> used_families_;
  std::string out_;
};

struct Options {
  fs::path out;
  std::size_t jurisdictions = 0;
  double megabytes = 0;
  std::uint64_t seed = 2009;
  std::size_t per_file = 1;
  std::string corpus;
};

int run(Options const& o) {
  std::error_code ec;
  if (fs::exists(o.out, ec) && !fs::is_empty(o.out, ec)) {
    std::cerr << "lexgap-gen-corpus: " << o.out << " is not empty; give a new or empty folder\n";
    return 2;
  }
  fs::create_directories(o.out);
  auto vocabulary = load_vocabulary(o.corpus.empty() ? default_corpus_dir() : fs::path(o.corpus));

  auto const target_bytes = static_cast<std::uint64_t>(o.megabytes * 1e6);
  std::uint64_t total = 0;
  std::size_t written = 0, files = 0;
  std::ofstream file;
  std::size_t in_file = 0, file_bytes = 0;
  auto done = [&] { return o.jurisdictions ? written >= o.jurisdictions : total >= target_bytes; };
  while (!done()) {
    if (written >= code_capacity) throw std::runtime_error("more jurisdictions than unique codes");
    auto text = JurisdictionWriter(vocabulary, o.seed, written).write();
    if (!file.is_open() || in_file >= o.per_file || file_bytes + text.size() > max_file_bytes_written) {
      file.close();
      file.open(o.out / fmt::format("synthetic-{:06}.lgl", files++), std::ios::binary);
      in_file = file_bytes = 0;
    }
    file << text;
    ++in_file;
    file_bytes += text.size();
    total += text.size();
    ++written;
  }
  file.close();
  if (!file) throw std::runtime_error("could not write " + o.out.string());
  std::cout << fmt::format("{} jurisdictions, {} files, {} bytes in {}\n", written, files, total, o.out.string());
  return 0;
}

}  // namespace
}  // namespace lexgap::bench

int main(int argc, char** argv) {
  lexgap::bench::Options o;
  CLI::App app{"Writes synthetic jurisdictions in the lexgap language, for benchmarks (bench/README.md)"};
  app.add_option("--out", o.out, "Folder to write into (new or empty)")->required();
  auto* n = app.add_option("--jurisdictions", o.jurisdictions, "Number of jurisdictions")->check(CLI::PositiveNumber);
  auto* mb = app.add_option("--megabytes", o.megabytes, "Write jurisdictions until this many MB (10^6 bytes) of text")
                 ->check(CLI::Range(0.001, 100000.0));
  n->excludes(mb);
  app.add_option("--seed", o.seed, "Seed; jurisdiction i depends only on (seed, i)");
  app.add_option("--per-file", o.per_file, "Jurisdictions per file (a file is also closed at 32 MiB)")
      ->check(CLI::PositiveNumber);
  app.add_option("--corpus", o.corpus, "Corpus folder whose taxonomy and sources are used (default: the bundled one)");
  CLI11_PARSE(app, argc, argv);
  if (!o.jurisdictions && o.megabytes <= 0) {
    std::cerr << "lexgap-gen-corpus: give --jurisdictions or --megabytes\n";
    return 2;
  }
  try {
    return lexgap::bench::run(o);
  } catch (std::exception const& e) {
    std::cerr << "lexgap-gen-corpus: " << e.what() << "\n";
    return 1;
  }
}
