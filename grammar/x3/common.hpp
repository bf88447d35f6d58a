// Rules shared by every block: names, strings, numbers, dates, citations,
// modifiers (cite / status / note) and age bands. Defined in common.cpp.
#pragma once

#include "grammar/x3/support.hpp"

namespace lexgap::grammar::x3_detail {

struct name_class : annotate_position {};
struct name_list_class : annotate_position {};
struct text_class : annotate_position {};
struct number_class : annotate_position {};
struct decimal_class : annotate_position {};
struct date_class : annotate_position {};
struct citation_class : annotate_position {};
struct status_modifier_class : annotate_position {};
struct note_class : annotate_position {};
struct modifier_class : annotate_position {};
struct modifiers_class : annotate_position {};
struct age_band_class : annotate_position {};

using name_type = x3::rule<name_class, syntax::Name>;
using name_list_type = x3::rule<name_list_class, syntax::NameList>;
using text_type = x3::rule<text_class, syntax::Text>;
using number_type = x3::rule<number_class, syntax::Number>;
using decimal_type = x3::rule<decimal_class, syntax::Decimal>;
using date_type = x3::rule<date_class, syntax::Date>;
using citation_type = x3::rule<citation_class, syntax::Citation>;
using status_modifier_type = x3::rule<status_modifier_class, syntax::StatusModifier>;
using note_type = x3::rule<note_class, syntax::Note>;
using modifier_type = x3::rule<modifier_class, syntax::Modifier>;
using modifiers_type = x3::rule<modifiers_class, syntax::Modifiers>;
using age_band_type = x3::rule<age_band_class, syntax::AgeBand>;

// The rule names are what a syntax error says was expected.
inline name_type const name = "a name";
inline name_list_type const name_list = "a name";
inline text_type const text = "a string in double quotes";
inline number_type const number = "a number";
inline decimal_type const decimal = "a number";
inline date_type const date = "a date (YYYY, YYYY-MM or YYYY-MM-DD)";
inline citation_type const citation = "a citation ('cite SOURCE para N')";
inline status_modifier_type const status_modifier = "'status'";
inline note_type const note = "'note'";
inline modifier_type const modifier = "'cite', 'status' or 'note'";
inline modifiers_type const modifiers = "'cite', 'status' or 'note'";
inline age_band_type const age_band = "an age band ('under N', 'not over N', 'N to M' or 'from N')";

BOOST_SPIRIT_DECLARE(name_type, name_list_type, text_type, number_type, decimal_type, date_type, citation_type,
                     status_modifier_type, note_type, modifier_type, modifiers_type, age_band_type)

// `;` after a statement, reported at the end of the statement's last token.
inline auto const end_of_statement = x3::lit(';');

}  // namespace lexgap::grammar::x3_detail
