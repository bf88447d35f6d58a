// The syntax tree of an .lgl file, as written: no meaning is decided here.
//
// This header is Spirit-free on purpose: engine/ reads the tree without ever
// seeing a Spirit header (docs/architecture.md). Positions are byte ranges into
// the file's text, filled in by the grammar's own annotation step.
#pragma once

#include <boost/optional.hpp>
#include <boost/variant.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace lexgap::syntax {

struct Range {
  std::uint32_t begin = 0;  // byte offset of the first character
  std::uint32_t end = 0;    // one past the last
};

struct Located {
  Range range;
};

struct Name : Located {
  std::string text;
};
using NameList = std::vector<Name>;

// Digits as written; values above `Number::saturated` keep that value so the
// checker can report "number is too large" at the right place.
struct Number : Located {
  static constexpr std::uint64_t saturated = 1'000'000'000;
  std::uint64_t value = 0;
};

struct Text : Located {
  std::string value;  // escapes already resolved
};

struct Date : Located {
  std::string value;  // YYYY, YYYY-MM or YYYY-MM-DD
};

// ---- modifiers: citation, status, note --------------------------------------

enum class LocatorKind { paragraph, footnote, article, section };

struct Citation : Located {
  Name source;
  LocatorKind kind = LocatorKind::paragraph;
  std::vector<Number> numbers;  // paragraph or footnote numbers
  Text label;                   // article or section label
};

enum class Status { in_force, pending, draft, proposed, repealed };

struct StatusModifier : Located {
  Status status = Status::in_force;
  boost::optional<Date> since;
};

struct Note : Located {
  Text text;
};

using Modifier = boost::variant<Citation, StatusModifier, Note>;
using Modifiers = std::vector<Modifier>;

// ---- age bands ---------------------------------------------------------------

enum class AgeBandForm { under, not_over, between, from };

struct AgeBand : Located {
  AgeBandForm form = AgeBandForm::under;
  Number first;
  Number second;  // only for `between`
};

// ---- provisions ----------------------------------------------------------------

enum class ProtectionLevel { circumstantial, conditional, absolute };  // weakest first
enum class ConsentRule { irrelevant, presumed_absent };
enum class LimitationStart { none, offence, disclosure, victim_age };

struct OffenceClause : Located { NameList families; };
struct VictimsClause : Located { AgeBand band; };
struct ProtectionClause : Located {
  ProtectionLevel level = ProtectionLevel::absolute;
  NameList terms;  // exceptions (conditional) or circumstances (circumstantial)
};
struct ConductsClause : Located { NameList conducts; };
struct ConsentClause : Located { ConsentRule rule = ConsentRule::irrelevant; };
struct NoProofClause : Located { NameList means; };
struct LimitationClause : Located {
  LimitationStart start = LimitationStart::none;
  boost::optional<Number> years;
  Number age;  // only for `from age N`
};
struct PenaltyClause : Located {
  bool life = false;
  boost::optional<Number> min_years;
  boost::optional<Number> max_years;
};
struct AggravationClause : Located { NameList aggravations; };

using Clause = boost::variant<OffenceClause, VictimsClause, ProtectionClause, ConductsClause,
                              ConsentClause, NoProofClause, LimitationClause, PenaltyClause,
                              AggravationClause, Citation, StatusModifier, Note>;

struct Provision : Located {
  Name id;
  boost::optional<Text> title;
  std::vector<Clause> clauses;
};

// ---- jurisdictions -----------------------------------------------------------

struct ChildStatement : Located {
  bool graded = false;
  Number age;  // when not graded
  NameList families;
  Modifiers modifiers;
};

enum class DoubleCriminality { unspecified, required, not_required };

struct ClaimsStatement : Located {
  NameList bases;
  DoubleCriminality double_criminality = DoubleCriminality::unspecified;
  Modifiers modifiers;
};

struct MeasureStatement : Located {
  Name measure;
  Modifiers modifiers;
};

enum class AbsentKind { measure, offence };

struct LacksStatement : Located {
  AbsentKind kind = AbsentKind::measure;
  Name term;
  Modifiers modifiers;
};

// `cite …;` on its own: the source mentions the State.
struct MentionStatement : Located {
  Citation citation;
  Modifiers modifiers;
};

using JurisdictionStatement = boost::variant<Provision, ChildStatement, ClaimsStatement,
                                             MeasureStatement, LacksStatement, MentionStatement>;

struct Jurisdiction : Located {
  Name code;
  Text name;
  std::vector<JurisdictionStatement> statements;
};

// ---- sources -----------------------------------------------------------------

enum class SourceKind { report, statute, treaty, guidelines, other };

struct Source : Located {
  Name id;
  Text title;
  SourceKind kind = SourceKind::other;
  boost::optional<Text> symbol, body, session, url, note;
  boost::optional<Date> date;
  boost::optional<Number> first_paragraph, last_paragraph;
  boost::optional<Number> first_footnote, last_footnote;
};

// ---- taxonomy ----------------------------------------------------------------

enum class TermKind { family, conduct, circumstance, exception, means, basis, measure, aggravation };

struct Covered : Located {
  Name term;
  bool partially = false;
};

struct TermEntry : Located {
  TermKind kind = TermKind::family;
  Name name;
  boost::optional<Text> description;
  boost::optional<Name> area;
  NameList defined_by;  // for a family: circumstances inherent in its definition
  std::vector<Covered> covers;
};

struct Taxonomy : Located {
  Name id;
  Text title;
  std::vector<TermEntry> entries;
};

// ---- baselines ---------------------------------------------------------------

enum class Strength { shall, shall_subject_to_national_law, where_appropriate, may, endeavour };
enum class Severity { info, low, medium, high };

struct Decimal : Located {
  double value = 0;
};

struct ExpectChild : Located { Number age; };
struct ExpectOffence : Located {
  Name family;
  NameList conducts;
  boost::optional<AgeBand> band;
  boost::optional<ProtectionLevel> level;
};
struct ExpectConsentIrrelevant : Located { Name family; AgeBand band; };
struct ExpectNoProof : Located { NameList means; Name family; };
struct ExpectJurisdiction : Located { Name basis; bool without_double_criminality = false; };
struct ExpectMeasure : Located { Name measure; };
struct ExpectLimitation : Located { Name family; Number age; };

using Expectation = boost::variant<ExpectChild, ExpectOffence, ExpectConsentIrrelevant,
                                   ExpectNoProof, ExpectJurisdiction, ExpectMeasure,
                                   ExpectLimitation>;


struct ArticleClause : Located { Text article; };
struct StrengthClause : Located { Strength strength = Strength::shall; };
struct SeverityClause : Located { Severity severity = Severity::medium; };
struct WeightClause : Located { Decimal weight; };
struct ExpectsClause : Located { Expectation expectation; };

using RequirementPart = boost::variant<ArticleClause, StrengthClause, SeverityClause, WeightClause,
                                       ExpectsClause, Note, Citation>;

struct Requirement : Located {
  Name id;
  Text summary;
  std::vector<RequirementPart> parts;
};

struct InstrumentStatement : Located { Text instrument; };
struct SelectStatement : Located {
  bool select = true;  // false: unselect
  NameList requirements;
};
struct RefineStatement : Located {
  Name requirement;
  boost::optional<Severity> severity;
  boost::optional<Decimal> weight;
};

using BaselineStatement = boost::variant<Requirement, InstrumentStatement, SelectStatement,
                                         RefineStatement, Citation>;

struct Baseline : Located {
  Name id;
  Text title;
  boost::optional<Name> extends;
  std::vector<BaselineStatement> statements;
};

// ---- reviewer overrides ------------------------------------------------------

enum class Result { met, partial, gap, unknown, not_applicable };

struct Override : Located {
  Name jurisdiction;
  Name requirement;
  boost::optional<Result> result;
  boost::optional<Text> authority;
  boost::optional<Date> date;
  boost::optional<Text> remark;
};

// ---- a whole file ------------------------------------------------------------

using Item = boost::variant<Source, Jurisdiction, Taxonomy, Baseline, Override>;

struct File {
  std::vector<Item> items;
};

}  // namespace lexgap::syntax
