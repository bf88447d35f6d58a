// The jurisdiction block: provisions and one-line statements about a State.
#include "grammar/x3/blocks.hpp"
#include "grammar/x3/common.hpp"

namespace lexgap::grammar::x3_detail {
namespace {

using namespace syntax;
using x3::lit;

auto const semicolon = lit(';');

// ---- provision clauses -------------------------------------------------------

struct offence_clause_class : annotate_position {};
struct victims_clause_class : annotate_position {};
struct protection_clause_class : annotate_position {};
struct conducts_clause_class : annotate_position {};
struct consent_clause_class : annotate_position {};
struct no_proof_clause_class : annotate_position {};
struct limitation_clause_class : annotate_position {};
struct penalty_clause_class : annotate_position {};
struct aggravation_clause_class : annotate_position {};
struct clause_class : annotate_position {};
struct provision_class : annotate_position {};

x3::rule<offence_clause_class, OffenceClause> const offence_clause = "'offence'";
x3::rule<victims_clause_class, VictimsClause> const victims_clause = "'victims'";
x3::rule<protection_clause_class, ProtectionClause> const protection_clause = "'protection'";
x3::rule<conducts_clause_class, ConductsClause> const conducts_clause = "'conducts'";
x3::rule<consent_clause_class, ConsentClause> const consent_clause = "'consent'";
x3::rule<no_proof_clause_class, NoProofClause> const no_proof_clause = "'no-proof-of'";
x3::rule<limitation_clause_class, LimitationClause> const limitation_clause = "'limitation'";
x3::rule<penalty_clause_class, PenaltyClause> const penalty_clause = "'penalty'";
x3::rule<aggravation_clause_class, AggravationClause> const aggravation_clause = "'aggravated'";
x3::rule<clause_class, Clause> const clause = "a provision clause";
x3::rule<provision_class, Provision> const provision = "'provision'";

auto const offence_clause_def = located(kw("offence") > name_list[assign<&OffenceClause::families>]);
auto const victims_clause_def = located(kw("victims") > age_band[assign<&VictimsClause::band>]);
auto const protection_clause_def = located(kw("protection") >
    (kw("absolute")[set_to<&ProtectionClause::level, ProtectionLevel::absolute>] |
     (kw("conditional") > kw("unless") >
      name_list[assign<&ProtectionClause::terms>])[set_to<&ProtectionClause::level, ProtectionLevel::conditional>] |
     (kw("circumstantial") > kw("when") >
      name_list[assign<&ProtectionClause::terms>])[set_to<&ProtectionClause::level, ProtectionLevel::circumstantial>] |
     expected("a protection level ('absolute', 'conditional unless ...' or 'circumstantial when ...')"
              "\x1f" "absolute\x1f" "conditional\x1f" "circumstantial")));
auto const conducts_clause_def = located(kw("conducts") > name_list[assign<&ConductsClause::conducts>]);
auto const consent_clause_def = located(kw("consent") > (kw("irrelevant")[set_to<&ConsentClause::rule, ConsentRule::irrelevant>] |
                     kw("presumed-absent")[set_to<&ConsentClause::rule, ConsentRule::presumed_absent>] |
                     expected("'irrelevant' or 'presumed-absent'\x1f" "irrelevant\x1f" "presumed-absent")));
auto const no_proof_clause_def = located(kw("no-proof-of") > name_list[assign<&NoProofClause::means>]);

auto const years_word = kw("years") | kw("year") | expected("'years'");
auto const limitation_start =
    kw("offence")[set_to<&LimitationClause::start, LimitationStart::offence>] |
    kw("disclosure")[set_to<&LimitationClause::start, LimitationStart::disclosure>] |
    (kw("age") > number[assign<&LimitationClause::age>])[set_to<&LimitationClause::start, LimitationStart::victim_age>] |
    expected("'offence', 'disclosure' or 'age N'\x1f" "offence\x1f" "disclosure\x1f" "age");
auto const limitation_clause_def = located(kw("limitation") >
    (kw("none")[set_to<&LimitationClause::start, LimitationStart::none>] |
     (number[assign<&LimitationClause::years>] > years_word > kw("from") > limitation_start) |
     (kw("from") > limitation_start) |
     expected("'none', 'N years from ...' or 'from ...'")));

auto const penalty_clause_def = located(kw("penalty") >
    (kw("life")[set_to<&PenaltyClause::life, true>] |
     (kw("up") > kw("to") > number[assign<&PenaltyClause::max_years>] > years_word) |
     (number[assign<&PenaltyClause::min_years>] > kw("to") > number[assign<&PenaltyClause::max_years>] > years_word) |
     expected("a penalty ('life', 'up to N years' or 'N to M years')")));
auto const aggravation_clause_def = located(kw("aggravated") > kw("when") > name_list[assign<&AggravationClause::aggravations>]);

auto const clause_def = offence_clause[take] | victims_clause[take] | protection_clause[take] |
                        conducts_clause[take] | consent_clause[take] | no_proof_clause[take] |
                        limitation_clause[take] | penalty_clause[take] | aggravation_clause[take] |
                        citation[take] | status_modifier[take] | note[take];


auto const provision_def = located(kw("provision") > name[assign<&Provision::id>] > -text[assign<&Provision::title>] >
    block_body(clause[append<&Provision::clauses>] > semicolon,
               "a clause ('offence', 'victims', 'protection', 'conducts', 'consent', 'no-proof-of', 'limitation', "
               "'penalty', 'aggravated', 'cite', 'status' or 'note')"
               "\x1f" "offence\x1f" "victims\x1f" "protection\x1f" "conducts\x1f" "consent\x1f" "no-proof-of\x1f"
               "limitation\x1f" "penalty\x1f" "aggravated\x1f" "cite\x1f" "status\x1f" "note"));

// ---- one-line statements ------------------------------------------------------

struct child_class : annotate_position {};
struct claims_class : annotate_position {};
struct measure_class : annotate_position {};
struct lacks_class : annotate_position {};
struct mention_class : annotate_position {};
struct statement_class : annotate_position {};

x3::rule<child_class, ChildStatement> const child_statement = "'child'";
x3::rule<claims_class, ClaimsStatement> const claims_statement = "'claims'";
x3::rule<measure_class, MeasureStatement> const measure_statement = "'measure'";
x3::rule<lacks_class, LacksStatement> const lacks_statement = "'lacks'";
x3::rule<mention_class, MentionStatement> const mention_statement = "'cite'";
x3::rule<statement_class, JurisdictionStatement> const statement = "a statement";

auto const child_statement_def = located(kw("child") >
    ((kw("under") > number[assign<&ChildStatement::age>]) | kw("graded")[set_to<&ChildStatement::graded, true>] |
     expected("'under N' or 'graded'\x1f" "under\x1f" "graded")) >
    -(kw("for") > name_list[assign<&ChildStatement::families>]) > modifiers[assign<&ChildStatement::modifiers>] >
    semicolon);

auto const claims_statement_def = located(kw("claims") > kw("jurisdiction") > kw("over") > name_list[assign<&ClaimsStatement::bases>] >
    -((kw("without") > kw("double-criminality"))[set_to<&ClaimsStatement::double_criminality,
                                                          DoubleCriminality::not_required>] |
      (kw("with") > kw("double-criminality"))[set_to<&ClaimsStatement::double_criminality,
                                                       DoubleCriminality::required>]) >
    modifiers[assign<&ClaimsStatement::modifiers>] > semicolon);

auto const measure_statement_def = located(kw("measure") > name[assign<&MeasureStatement::measure>] > modifiers[assign<&MeasureStatement::modifiers>] > semicolon);

auto const lacks_statement_def = located(kw("lacks") >
    (kw("measure")[set_to<&LacksStatement::kind, AbsentKind::measure>] |
     kw("offence")[set_to<&LacksStatement::kind, AbsentKind::offence>] |
     expected("'measure' or 'offence'\x1f" "measure\x1f" "offence")) >
    name[assign<&LacksStatement::term>] > modifiers[assign<&LacksStatement::modifiers>] > semicolon);

auto const mention_statement_def = located(citation[assign<&MentionStatement::citation>] > modifiers[assign<&MentionStatement::modifiers>] > semicolon);

auto const statement_def = provision[take] | child_statement[take] | claims_statement[take] |
                           measure_statement[take] | lacks_statement[take] | mention_statement[take];


BOOST_SPIRIT_DEFINE(offence_clause, victims_clause, protection_clause, conducts_clause, consent_clause,
                    no_proof_clause, limitation_clause, penalty_clause, aggravation_clause, clause, provision,
                    child_statement, claims_statement, measure_statement, lacks_statement, mention_statement,
                    statement)

}  // namespace

auto const jurisdiction_def = located(kw("jurisdiction") > name[assign<&Jurisdiction::code>] > text[assign<&Jurisdiction::name>] >
    block_body(statement[append<&Jurisdiction::statements>],
               "a statement ('provision', 'child', 'claims', 'measure', 'lacks' or 'cite')"
               "\x1f" "provision\x1f" "child\x1f" "claims\x1f" "measure\x1f" "lacks\x1f" "cite"));

BOOST_SPIRIT_DEFINE(jurisdiction)
BOOST_SPIRIT_INSTANTIATE(jurisdiction_type, iterator_type, context_type)

}  // namespace lexgap::grammar::x3_detail
