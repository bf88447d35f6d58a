#include "grammar/x3/common.hpp"

#include <algorithm>
#include <cstdlib>
#include <string>

namespace lexgap::grammar::x3_detail {
namespace {

using x3::_attr;
using x3::_val;
using x3::lexeme;
using x3::lit;
using x3::raw;
namespace ascii = x3::ascii;

auto const name_char = ascii::alnum | x3::char_("-_.");

struct status_words : x3::symbols<syntax::Status> {
  status_words() {
    add("in-force", syntax::Status::in_force)("pending", syntax::Status::pending)("draft", syntax::Status::draft)(
        "proposed", syntax::Status::proposed)("repealed", syntax::Status::repealed);
  }
};
status_words const status_word_symbols;

x3::rule<struct status_word_class, syntax::Status> const status_word =
    "a status ('in-force', 'pending', 'draft', 'proposed' or 'repealed')";
auto const status_word_def = lexeme[status_word_symbols >> !name_char];


x3::rule<struct escape_char_class, char> const escape_char = "'\\\"' or '\\\\' after a backslash";
auto const escape_char_def = x3::char_('"') | x3::char_('\\');


BOOST_SPIRIT_DEFINE(status_word, escape_char)

auto const set_text_from_range = [](auto& ctx) {
  set_range(ctx);
  auto const& r = _attr(ctx);
  _val(ctx).text.assign(r.begin(), r.end());
};

auto const set_number_from_range = [](auto& ctx) {
  set_range(ctx);
  std::uint64_t v = 0;
  for (char c : _attr(ctx)) {
    v = v * 10 + static_cast<std::uint64_t>(c - '0');
    if (v >= syntax::Number::saturated) {
      v = syntax::Number::saturated;
      break;
    }
  }
  _val(ctx).value = v;
};

auto const set_decimal_from_range = [](auto& ctx) {
  set_range(ctx);
  std::string s(_attr(ctx).begin(), _attr(ctx).end());
  _val(ctx).value = std::strtod(s.c_str(), nullptr);
};

auto const set_value_from_range = [](auto& ctx) {
  set_range(ctx);
  auto const& r = _attr(ctx);
  _val(ctx).value.assign(r.begin(), r.end());
};

auto const push = [](auto& ctx) { _val(ctx).push_back(_attr(ctx)); };
auto const append_char = [](auto& ctx) { _val(ctx).value += _attr(ctx); };

auto const closing_quote = lit('"') | expected("'\"' to close the string (a string ends on the line it starts)");

}  // namespace

auto const name_def = raw[lexeme[ascii::alpha >> *name_char]][set_text_from_range];

auto const name_list_def = name[push] % ',';

auto const text_def = located(lexeme[lit('"') > *((lit('\\') > escape_char[append_char]) | (~x3::char_("\"\\\n\r"))[append_char]) >
           closing_quote]);
auto const number_def = raw[lexeme[+ascii::digit]][set_number_from_range];

auto const decimal_def = raw[lexeme[+ascii::digit >> -('.' >> +ascii::digit)]][set_decimal_from_range];

auto const date_def = raw[lexeme[x3::repeat(4)[ascii::digit] >>
                                 -('-' >> x3::repeat(2)[ascii::digit] >> -('-' >> x3::repeat(2)[ascii::digit]))]]
                         [set_value_from_range];


using syntax::Citation;
using syntax::LocatorKind;
auto const citation_def = located(kw("cite") > name[assign<&Citation::source>] >
    (((kw("paras") | kw("para")) > (number % ',')[assign<&Citation::numbers>])[set_to<&Citation::kind, LocatorKind::paragraph>] |
     (kw("footnote") > number[append<&Citation::numbers>])[set_to<&Citation::kind, LocatorKind::footnote>] |
     (kw("article") > text[assign<&Citation::label>])[set_to<&Citation::kind, LocatorKind::article>] |
     (kw("section") > text[assign<&Citation::label>])[set_to<&Citation::kind, LocatorKind::section>] |
     expected("a locator ('para N', 'paras N, M', 'footnote N', 'article \"...\"' or 'section \"...\"')")));

using syntax::StatusModifier;
auto const status_modifier_def = located(kw("status") > status_word[assign<&StatusModifier::status>] >
                                 -(kw("since") > date[assign<&StatusModifier::since>]));

auto const note_def = located(kw("note") > text[assign<&syntax::Note::text>]);

auto const modifier_def = citation[take] | status_modifier[take] | note[take];

auto const modifiers_def = *modifier[push];


using syntax::AgeBand;
using syntax::AgeBandForm;
auto const age_band_def = located((kw("under") > number[assign<&AgeBand::first>])[set_to<&AgeBand::form, AgeBandForm::under>] |
    (kw("not") > kw("over") > number[assign<&AgeBand::first>])[set_to<&AgeBand::form, AgeBandForm::not_over>] |
    (kw("from") > number[assign<&AgeBand::first>])[set_to<&AgeBand::form, AgeBandForm::from>] |
    (number[assign<&AgeBand::first>] >> kw("to") >
     number[assign<&AgeBand::second>])[set_to<&AgeBand::form, AgeBandForm::between>]);

BOOST_SPIRIT_DEFINE(name, name_list, text, number, decimal, date, citation, status_modifier, note, modifier, modifiers,
                    age_band)

BOOST_SPIRIT_INSTANTIATE(name_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(name_list_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(text_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(number_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(decimal_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(date_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(citation_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(status_modifier_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(note_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(modifier_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(modifiers_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(age_band_type, iterator_type, context_type)

}  // namespace lexgap::grammar::x3_detail
