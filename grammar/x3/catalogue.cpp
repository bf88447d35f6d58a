// The blocks that describe the comparison's frame rather than a State: sources,
// the taxonomy, baselines (with profiles) and reviewer overrides.
#include "grammar/x3/blocks.hpp"
#include "grammar/x3/common.hpp"

namespace lexgap::grammar::x3_detail {
namespace {

using namespace syntax;
using x3::lit;

auto const semicolon = lit(';');

// ---- source --------------------------------------------------------------------

auto const source_kind =
    kw("report")[set_to<&Source::kind, SourceKind::report>] | kw("statute")[set_to<&Source::kind, SourceKind::statute>] |
    kw("treaty")[set_to<&Source::kind, SourceKind::treaty>] |
    kw("guidelines")[set_to<&Source::kind, SourceKind::guidelines>] | kw("other")[set_to<&Source::kind, SourceKind::other>] |
    expected("a source kind ('report', 'statute', 'treaty', 'guidelines' or 'other')");

auto const source_field =
    ((kw("kind") > source_kind) | (kw("symbol") > text[assign<&Source::symbol>]) |
     (kw("body") > text[assign<&Source::body>]) | (kw("session") > text[assign<&Source::session>]) |
     (kw("date") > date[assign<&Source::date>]) | (kw("url") > text[assign<&Source::url>]) |
     (kw("note") > text[assign<&Source::note>]) |
     (kw("paragraphs") > number[assign<&Source::first_paragraph>] > kw("to") > number[assign<&Source::last_paragraph>]) |
     (kw("footnotes") > number[assign<&Source::first_footnote>] > kw("to") > number[assign<&Source::last_footnote>])) >
    semicolon;

// ---- taxonomy ------------------------------------------------------------------

struct term_entry_class : annotate_position {};
struct covered_class : annotate_position {};
x3::rule<term_entry_class, TermEntry> const term_entry = "a taxonomy entry";
x3::rule<covered_class, Covered> const covered = "a name";

auto const term_kind =
    kw("family")[set_to<&TermEntry::kind, TermKind::family>] | kw("conduct")[set_to<&TermEntry::kind, TermKind::conduct>] |
    kw("circumstance")[set_to<&TermEntry::kind, TermKind::circumstance>] |
    kw("exception")[set_to<&TermEntry::kind, TermKind::exception>] | kw("means")[set_to<&TermEntry::kind, TermKind::means>] |
    kw("basis")[set_to<&TermEntry::kind, TermKind::basis>] | kw("measure")[set_to<&TermEntry::kind, TermKind::measure>] |
    kw("aggravation")[set_to<&TermEntry::kind, TermKind::aggravation>];

auto const covered_def = located(name[assign<&Covered::term>] > -kw("partially")[set_to<&Covered::partially, true>]);
auto const term_entry_def = located(term_kind > name[assign<&TermEntry::name>] > -text[assign<&TermEntry::description>] >
                            -(kw("area") > name[assign<&TermEntry::area>]) >
                            -(kw("defined-by") > name_list[assign<&TermEntry::defined_by>]) >
                            -(kw("covers") > (covered[append<&TermEntry::covers>] % ',')) > semicolon);

// ---- baseline ------------------------------------------------------------------

struct requirement_class : annotate_position {};
struct expectation_class : annotate_position {};
struct expect_child_class : annotate_position {};
struct expect_offence_class : annotate_position {};
struct expect_consent_class : annotate_position {};
struct expect_no_proof_class : annotate_position {};
struct expect_jurisdiction_class : annotate_position {};
struct expect_measure_class : annotate_position {};
struct expect_limitation_class : annotate_position {};
struct requirement_part_class : annotate_position {};
struct article_clause_class : annotate_position {};
struct strength_clause_class : annotate_position {};
struct severity_clause_class : annotate_position {};
struct weight_clause_class : annotate_position {};
struct expects_clause_class : annotate_position {};
struct baseline_statement_class : annotate_position {};
struct instrument_class : annotate_position {};
struct select_class : annotate_position {};
struct refine_class : annotate_position {};
struct severity_word_class;

x3::rule<requirement_class, Requirement> const requirement = "'requirement'";
x3::rule<expectation_class, Expectation> const expectation =
    "an expectation ('child', 'offence', 'consent', 'no-proof-of', 'jurisdiction', 'measure' or 'limitation')";
x3::rule<expect_child_class, ExpectChild> const expect_child = "'child'";
x3::rule<expect_offence_class, ExpectOffence> const expect_offence = "'offence'";
x3::rule<expect_consent_class, ExpectConsentIrrelevant> const expect_consent = "'consent'";
x3::rule<expect_no_proof_class, ExpectNoProof> const expect_no_proof = "'no-proof-of'";
x3::rule<expect_jurisdiction_class, ExpectJurisdiction> const expect_jurisdiction = "'jurisdiction'";
x3::rule<expect_measure_class, ExpectMeasure> const expect_measure = "'measure'";
x3::rule<expect_limitation_class, ExpectLimitation> const expect_limitation = "'limitation'";
x3::rule<requirement_part_class, RequirementPart> const requirement_part = "a requirement clause";
x3::rule<article_clause_class, ArticleClause> const article_clause = "'article'";
x3::rule<strength_clause_class, StrengthClause> const strength_clause = "'strength'";
x3::rule<severity_clause_class, SeverityClause> const severity_clause = "'severity'";
x3::rule<weight_clause_class, WeightClause> const weight_clause = "'weight'";
x3::rule<expects_clause_class, ExpectsClause> const expects_clause = "'expects'";
x3::rule<baseline_statement_class, BaselineStatement> const baseline_statement = "a baseline statement";
x3::rule<instrument_class, InstrumentStatement> const instrument_statement = "'instrument'";
x3::rule<select_class, SelectStatement> const select_statement = "'select' or 'unselect'";
x3::rule<refine_class, RefineStatement> const refine_statement = "'refine'";
x3::rule<severity_word_class, Severity> const severity_word = "a severity ('info', 'low', 'medium' or 'high')";

auto const severity_word_def = kw("info")[([](auto& c) { x3::_val(c) = Severity::info; })] |
                               kw("low")[([](auto& c) { x3::_val(c) = Severity::low; })] |
                               kw("medium")[([](auto& c) { x3::_val(c) = Severity::medium; })] |
                               kw("high")[([](auto& c) { x3::_val(c) = Severity::high; })];


auto const level_word = kw("absolute")[([](auto& c) { x3::_val(c).level = ProtectionLevel::absolute; })] |
                        kw("conditional")[([](auto& c) { x3::_val(c).level = ProtectionLevel::conditional; })] |
                        kw("circumstantial")[([](auto& c) { x3::_val(c).level = ProtectionLevel::circumstantial; })];

auto const expect_child_def = located(kw("child") > kw("under") > number[assign<&ExpectChild::age>]);
auto const expect_offence_def = located(kw("offence") > name[assign<&ExpectOffence::family>] >
                                -(kw("conducts") > name_list[assign<&ExpectOffence::conducts>]) >
                                -(kw("protects") > age_band[assign<&ExpectOffence::band>] > -level_word));
auto const expect_consent_def = located(kw("consent") > kw("irrelevant") > kw("for") >
                                name[assign<&ExpectConsentIrrelevant::family>] >
                                age_band[assign<&ExpectConsentIrrelevant::band>]);
auto const expect_no_proof_def = located(kw("no-proof-of") > name_list[assign<&ExpectNoProof::means>] > kw("for") >
                                 name[assign<&ExpectNoProof::family>]);
auto const expect_jurisdiction_def = located(kw("jurisdiction") > kw("over") > name[assign<&ExpectJurisdiction::basis>] >
    -(kw("without") > kw("double-criminality"))[set_to<&ExpectJurisdiction::without_double_criminality, true>]);
auto const expect_measure_def = located(kw("measure") > name[assign<&ExpectMeasure::measure>]);
auto const expect_limitation_def = located(kw("limitation") > kw("for") > name[assign<&ExpectLimitation::family>] >
                                   kw("runs") > kw("past") > kw("age") > number[assign<&ExpectLimitation::age>]);
auto const expectation_def = expect_child[take] | expect_offence[take] | expect_consent[take] |
                             expect_no_proof[take] | expect_jurisdiction[take] | expect_measure[take] |
                             expect_limitation[take];


auto const strength_word =
    kw("shall-subject-to-national-law")[set_to<&StrengthClause::strength, Strength::shall_subject_to_national_law>] |
    kw("shall")[set_to<&StrengthClause::strength, Strength::shall>] |
    kw("where-appropriate")[set_to<&StrengthClause::strength, Strength::where_appropriate>] |
    kw("may")[set_to<&StrengthClause::strength, Strength::may>] |
    kw("endeavour")[set_to<&StrengthClause::strength, Strength::endeavour>] |
    expected("an obligation strength ('shall', 'shall-subject-to-national-law', 'where-appropriate', 'may' or "
             "'endeavour')");

auto const article_clause_def = located(kw("article") > text[assign<&ArticleClause::article>]);
auto const strength_clause_def = located(kw("strength") > strength_word);
auto const severity_clause_def = located(kw("severity") > severity_word[assign<&SeverityClause::severity>]);
auto const weight_clause_def = located(kw("weight") > decimal[assign<&WeightClause::weight>]);
auto const expects_clause_def = located(kw("expects") > expectation[assign<&ExpectsClause::expectation>]);

auto const requirement_part_def = article_clause[take] | strength_clause[take] | severity_clause[take] |
                                  weight_clause[take] | expects_clause[take] | note[take] | citation[take];


auto const requirement_def = located(kw("requirement") > name[assign<&Requirement::id>] > text[assign<&Requirement::summary>] >
    block_body(requirement_part[append<&Requirement::parts>] > semicolon,
               "a requirement clause ('article', 'strength', 'severity', 'weight', 'expects', 'note' or 'cite')"
               "\x1f" "article\x1f" "strength\x1f" "severity\x1f" "weight\x1f" "expects\x1f" "note\x1f" "cite"));

auto const instrument_statement_def = located(kw("instrument") > text[assign<&InstrumentStatement::instrument>]);
auto const select_statement_def = located((kw("select")[set_to<&SelectStatement::select, true>] | kw("unselect")[set_to<&SelectStatement::select, false>]) >
    name_list[assign<&SelectStatement::requirements>]);
auto const refine_statement_def = located(kw("refine") > name[assign<&RefineStatement::requirement>] >
    *((kw("severity") > severity_word[assign<&RefineStatement::severity>]) |
      (kw("weight") > decimal[assign<&RefineStatement::weight>])));

auto const baseline_statement_def = requirement[take] | ((instrument_statement[take] | select_statement[take] |
                                                          refine_statement[take] | citation[take]) > semicolon);


BOOST_SPIRIT_DEFINE(term_entry, covered, requirement, expectation, expect_child, expect_offence, expect_consent,
                    expect_no_proof, expect_jurisdiction, expect_measure, expect_limitation, requirement_part,
                    article_clause, strength_clause, severity_clause, weight_clause, expects_clause,
                    baseline_statement, instrument_statement, select_statement, refine_statement, severity_word)

// ---- override ------------------------------------------------------------------

auto const result_word = kw("met")[([](auto& c) { x3::_val(c).result = Result::met; })] |
                         kw("partial")[([](auto& c) { x3::_val(c).result = Result::partial; })] |
                         kw("gap")[([](auto& c) { x3::_val(c).result = Result::gap; })] |
                         kw("unknown")[([](auto& c) { x3::_val(c).result = Result::unknown; })] |
                         kw("not-applicable")[([](auto& c) { x3::_val(c).result = Result::not_applicable; })] |
                         expected("a result ('met', 'partial', 'gap', 'unknown' or 'not-applicable')");

auto const override_clause = ((kw("result") > result_word) | (kw("authority") > text[assign<&Override::authority>]) |
                              (kw("date") > date[assign<&Override::date>]) |
                              (kw("remark") > text[assign<&Override::remark>])) > semicolon;

}  // namespace

auto const source_def = located(kw("source") > name[assign<&Source::id>] > text[assign<&Source::title>] >
                        block_body(source_field, "a source field ('kind', 'symbol', 'body', 'session', 'date', "
                                                 "'url', 'note', 'paragraphs' or 'footnotes')"));

auto const taxonomy_def = located(kw("taxonomy") > name[assign<&Taxonomy::id>] > text[assign<&Taxonomy::title>] >
                          block_body(term_entry[append<&Taxonomy::entries>],
                                     "a taxonomy entry ('family', 'conduct', 'circumstance', 'exception', 'means', "
                                     "'basis', 'measure' or 'aggravation')"
                                     "\x1f" "family\x1f" "conduct\x1f" "circumstance\x1f" "exception\x1f" "means\x1f"
                                     "basis\x1f" "measure\x1f" "aggravation"));

auto const baseline_def = located(kw("baseline") > name[assign<&Baseline::id>] > text[assign<&Baseline::title>] >
    -(kw("extends") > name[assign<&Baseline::extends>]) >
    block_body(baseline_statement[append<&Baseline::statements>],
               "a baseline statement ('requirement', 'instrument', 'select', 'unselect', 'refine' or 'cite')"
               "\x1f" "requirement\x1f" "instrument\x1f" "select\x1f" "unselect\x1f" "refine\x1f" "cite"));

auto const override_block_def = located(kw("override") > name[assign<&Override::jurisdiction>] > name[assign<&Override::requirement>] >
    block_body(override_clause, "an override clause ('result', 'authority', 'date' or 'remark')"
                                "\x1f" "result\x1f" "authority\x1f" "date\x1f" "remark"));

BOOST_SPIRIT_DEFINE(source, taxonomy, baseline, override_block)
BOOST_SPIRIT_INSTANTIATE(source_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(taxonomy_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(baseline_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(override_type, iterator_type, context_type)

}  // namespace lexgap::grammar::x3_detail
