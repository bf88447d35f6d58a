#include "engine/model/baseline.hpp"
#include "engine/model/finding.hpp"
#include "engine/model/jurisdiction.hpp"
#include "engine/model/source.hpp"

#include <algorithm>

namespace lexgap::model {

std::string Citation::text() const {
  std::string out = source;
  switch (kind) {
    case LocatorKind::paragraph: {
      out += numbers.size() > 1 ? " paras " : " para ";
      for (std::size_t i = 0; i < numbers.size(); ++i) out += (i ? ", " : "") + std::to_string(numbers[i]);
      break;
    }
    case LocatorKind::footnote: out += " footnote " + (numbers.empty() ? std::string() : std::to_string(numbers[0])); break;
    case LocatorKind::article: out += " article " + label; break;
    case LocatorKind::section: out += " section " + label; break;
  }
  return out;
}

std::string Provenance::citation_text() const {
  std::string out;
  for (auto const& c : citations) out += (out.empty() ? "" : "; ") + c.text();
  return out;
}

char const* to_string(Status status) {
  switch (status) {
    case Status::in_force: return "in-force";
    case Status::pending: return "pending";
    case Status::draft: return "draft";
    case Status::proposed: return "proposed";
    case Status::repealed: return "repealed";
  }
  return "in-force";
}

char const* to_string(SourceKind kind) {
  switch (kind) {
    case SourceKind::report: return "report";
    case SourceKind::statute: return "statute";
    case SourceKind::treaty: return "treaty";
    case SourceKind::guidelines: return "guidelines";
    case SourceKind::other: return "other";
  }
  return "other";
}

char const* to_string(Strength strength) {
  switch (strength) {
    case Strength::shall: return "shall";
    case Strength::shall_subject_to_national_law: return "shall-subject-to-national-law";
    case Strength::where_appropriate: return "where-appropriate";
    case Strength::may: return "may";
    case Strength::endeavour: return "endeavour";
  }
  return "shall";
}

char const* to_string(Severity severity) {
  switch (severity) {
    case Severity::info: return "info";
    case Severity::low: return "low";
    case Severity::medium: return "medium";
    case Severity::high: return "high";
  }
  return "medium";
}

char const* to_string(Result result) {
  switch (result) {
    case Result::met: return "met";
    case Result::partial: return "partial";
    case Result::gap: return "gap";
    case Result::unknown: return "unknown";
    case Result::not_applicable: return "not-applicable";
    case Result::not_selected: return "not-selected";
  }
  return "unknown";
}

std::optional<Result> result_from_string(std::string const& word) {
  for (auto r : {Result::met, Result::partial, Result::gap, Result::unknown, Result::not_applicable,
                 Result::not_selected})
    if (word == to_string(r)) return r;
  return std::nullopt;
}

char const* to_string(ProtectionLevel level) {
  switch (level) {
    case ProtectionLevel::absolute: return "absolute";
    case ProtectionLevel::conditional: return "conditional";
    case ProtectionLevel::circumstantial: return "circumstantial";
  }
  return "absolute";
}

std::string to_string(AgeBand band) {
  if (band.hi >= age_unbounded) return std::to_string(band.lo) + "+";
  return std::to_string(band.lo) + "\u2013" + std::to_string(band.hi);
}

boost::icl::discrete_interval<int> to_interval(AgeBand band) {
  return boost::icl::discrete_interval<int>::right_open(band.lo, band.hi);
}

AgeBand to_band(boost::icl::discrete_interval<int> const& interval) {
  return AgeBand{boost::icl::first(interval), boost::icl::last(interval) + 1};
}

Protection& Protection::operator+=(Protection const& other) {
  if (other.level > level) {
    level = other.level;
    terms = other.terms;
  } else if (other.level == level) {
    terms.insert(other.terms.begin(), other.terms.end());
  }
  provisions.insert(other.provisions.begin(), other.provisions.end());
  return *this;
}

Limitation::Answer Limitation::prosecutable_until(int age_at_offence) const {
  using Kind = Answer::Kind;
  switch (start) {
    case Start::none: return {Kind::unbounded, 0};
    case Start::offence:
      if (years) return {Kind::until_age, age_at_offence + *years};
      return {Kind::unknown, 0};
    case Start::victim_age: {
      int from = std::max(age_at_offence, start_age);
      if (years) return {Kind::until_age, from + *years};
      return {Kind::at_least_until_age, from};
    }
    case Start::disclosure:
      // Runs from disclosure, which is never earlier than the offence.
      if (years) return {Kind::at_least_until_age, age_at_offence + *years};
      return {Kind::at_least_until_age, age_at_offence};
  }
  return {Kind::unknown, 0};
}

std::string Limitation::text() const {
  std::string period = years ? std::to_string(*years) + (*years == 1 ? " year" : " years") : "a period";
  switch (start) {
    case Start::none: return "no limitation period";
    case Start::offence: return period + " from the offence";
    case Start::disclosure: return period + " from disclosure";
    case Start::victim_age: return period + " from the victim's age " + std::to_string(start_age);
  }
  return "";
}

std::string Penalty::text() const {
  if (life) return "life imprisonment";
  if (min_years && max_years) return std::to_string(*min_years) + " to " + std::to_string(*max_years) + " years";
  if (max_years) return "up to " + std::to_string(*max_years) + " years";
  return "";
}

std::size_t Jurisdiction::statement_count() const {
  return mentions.size() + child_definitions.size() + provisions.size() + claims.size() + measures.size() +
         absences.size();
}

Requirement const* Baseline::find(std::string const& requirement_id) const {
  for (auto const& r : requirements)
    if (r.id == requirement_id) return &r;
  return nullptr;
}

std::size_t Baseline::selected_count() const {
  return static_cast<std::size_t>(
      std::count_if(requirements.begin(), requirements.end(), [](auto const& r) { return r.selected; }));
}

namespace {
std::string join(std::vector<std::string> const& items) {
  std::string out;
  for (auto const& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}
std::string band_words(AgeBand b) {
  if (b.lo == 0) return "under " + std::to_string(b.hi);
  if (b.hi >= age_unbounded) return "from " + std::to_string(b.lo);
  return std::to_string(b.lo) + " to " + std::to_string(b.hi);
}
}  // namespace

std::string to_string(Expectation const& expectation) {
  struct Printer {
    std::string operator()(ExpectChild const& e) const { return "child under " + std::to_string(e.age); }
    std::string operator()(ExpectOffence const& e) const {
      std::string s = "offence " + e.family;
      if (!e.conducts.empty()) s += " conducts " + join(e.conducts);
      if (e.band) s += " protects " + band_words(*e.band) + " " + to_string(e.level);
      return s;
    }
    std::string operator()(ExpectConsentIrrelevant const& e) const {
      return "consent irrelevant for " + e.family + " " + band_words(e.band);
    }
    std::string operator()(ExpectNoProof const& e) const { return "no-proof-of " + join(e.means) + " for " + e.family; }
    std::string operator()(ExpectJurisdiction const& e) const {
      return "jurisdiction over " + e.basis + (e.without_double_criminality ? " without double-criminality" : "");
    }
    std::string operator()(ExpectMeasure const& e) const { return "measure " + e.measure; }
    std::string operator()(ExpectLimitation const& e) const {
      return "limitation for " + e.family + " runs past age " + std::to_string(e.age);
    }
  };
  return std::visit(Printer{}, expectation);
}

}  // namespace lexgap::model
