// Each kind of expectation: met, partial, gap and unknown, with the computed
// explanation. Silence is unknown; only explicit absence or a shortfall is a gap.
#include "judge.hpp"

using namespace lexgap;
using model::Result;
using testing::judge;

TEST_CASE("silence is unknown, never gap", "[compare]") {
  for (auto expects : {"expects child under 18;", "expects offence child-prostitution protects under 18 absolute;",
                       "expects measure victim.video-link;", "expects jurisdiction over offender-national;",
                       "expects limitation for sexual-abuse runs past age 18;",
                       "expects no-proof-of violence for sexual-abuse;",
                       "expects consent irrelevant for sexual-abuse under 18;"}) {
    auto f = judge("", expects);
    INFO(expects);
    CHECK(f.computed == Result::unknown);
    CHECK(f.evidence.empty());
  }
}

TEST_CASE("a child-prostitution band protected only in unrelated circumstances falls short", "[compare][bands]") {
  auto f = judge(R"(provision a { offence child-prostitution; victims under 16; protection absolute; cite s para 13; }
                    provision b { offence child-prostitution; victims under 18;
                                  protection circumstantial when abuse-of-authority, deception, dependence;
                                  cite s para 13; })",
                 "expects offence child-prostitution protects under 18 absolute;");
  CHECK(f.computed == Result::partial);
  CHECK(f.explanation ==
        "ages 16\u201318 circumstantial (only when abuse-of-authority, deception, dependence) (b) \u2014 the "
        "requirement is protection of ages 0\u201318 at least absolute");
  CHECK(f.evidence.size() == 2);
}

TEST_CASE("protection 'when payment' reaches every act of child prostitution (OPSC 2(b))", "[compare][bands]") {
  auto f = judge("provision b { offence child-prostitution; victims under 18; protection circumstantial when "
                 "deception, payment; cite s para 13; }",
                 "expects offence child-prostitution protects under 18 absolute;");
  CHECK(f.computed == Result::met);
  CHECK(f.explanation == "protected: ages 0\u201318 circumstantial (only when deception, payment), which is every act "
                         "of child-prostitution: payment is part of its definition");
  auto abuse = judge("provision b { offence sexual-abuse; victims under 18; protection circumstantial when payment; "
                     "cite s para 13; }",
                     "expects offence sexual-abuse protects under 18 absolute;");
  CHECK(abuse.computed == Result::gap);
}

TEST_CASE("a band protected only in circumstances throughout is a gap", "[compare][bands]") {
  auto f = judge("provision b { offence child-prostitution; victims under 18; protection circumstantial when force; cite s para 1; }",
                 "expects offence child-prostitution protects under 18 absolute;");
  CHECK(f.computed == Result::gap);
}

TEST_CASE("ages the sources do not reach stay unknown, with what is known said", "[compare][bands]") {
  auto f = judge("provision a { offence sexual-abuse; victims not over 15; protection absolute; cite s para 11; }",
                 "expects offence sexual-abuse protects under 18 absolute;");
  CHECK(f.computed == Result::unknown);
  CHECK(f.explanation == "protected: ages 0\u201316 absolute; nothing is known for ages 16\u201318");
}

TEST_CASE("an offence without a protection level leaves its ages unknown, and says so", "[compare][bands]") {
  auto f = judge("provision a { offence sexual-abuse; victims under 14; cite s para 1; }",
                 "expects offence sexual-abuse protects under 14 absolute;");
  CHECK(f.computed == Result::unknown);
  CHECK(f.explanation == "nothing is known for ages 0\u201314 (an offence exists, a, but its protection level is not "
                         "given)");
}

TEST_CASE("a weaker level is no shortfall where an offence of unknown level also reaches", "[compare][bands]") {
  // Liechtenstein, para 11: abuse under 14 (level not given) and under 16 through exploitation.
  auto f = judge("provision a { offence sexual-abuse; victims under 14; cite s para 11; }\n"
                 "provision b { offence sexual-abuse; victims under 16; protection circumstantial when exploitation; "
                 "cite s para 11; }",
                 "expects offence sexual-abuse protects under 16 absolute;");
  CHECK(f.computed == Result::gap);  // a shortfall beside unknown ages: nothing is known to be enough
  CHECK(f.explanation == "ages 14\u201316 circumstantial (only when exploitation) (b) \u2014 the requirement is protection "
                         "of ages 0\u201316 at least absolute; nothing is known for ages 0\u201314 (an offence exists, a, "
                         "but its protection level is not given)");
}

TEST_CASE("explicit absence of an offence is a gap", "[compare]") {
  auto f = judge("lacks offence sale-of-children cite s para 8;", "expects offence sale-of-children;");
  CHECK(f.computed == Result::gap);
  CHECK(f.explanation == "the source reports that the law has no offence of sale-of-children");
  REQUIRE(f.evidence.size() == 1);
  CHECK(f.evidence[0].provenance.citation_text() == "s para 8");
}

TEST_CASE("a pending provision does not meet a requirement unless asked", "[compare][status]") {
  std::string body = "provision g { offence ict-grooming; status pending; cite s para 60; }";
  auto now = judge(body, "expects offence ict-grooming;");
  CHECK(now.computed == Result::unknown);
  CHECK(now.explanation == "no provision on ict-grooming in force is described; not yet in force: g (pending)");
  CHECK(judge(body, "expects offence ict-grooming;", /*with_pending=*/true).computed == Result::met);
  auto proposed = judge("provision g { offence ict-grooming; status proposed; cite s para 60; }",
                        "expects offence ict-grooming;", true);
  CHECK(proposed.computed == Result::unknown);
}

TEST_CASE("a national term that covers the treaty term only partially gives partial", "[compare][taxonomy]") {
  auto f = judge("provision t { offence trafficking; cite s para 8; }", "expects offence sale-of-children;");
  CHECK(f.computed == Result::partial);
  CHECK(f.explanation == "sale-of-children is covered only partially, through trafficking");
}

TEST_CASE("conducts are matched through 'covers'; an unnamed conduct is unknown", "[compare][conducts]") {
  std::string body = "provision p { offence child-pornography; conducts disseminate, possess; cite s para 9; }";
  CHECK(judge(body, "expects offence child-pornography conducts distribute;").computed == Result::met);
  CHECK(judge(body, "expects offence child-pornography conducts possess-for-supply;").computed == Result::met);
  auto f = judge(body, "expects offence child-pornography conducts produce;");
  CHECK(f.computed == Result::unknown);
  CHECK(f.explanation == "the conducts described for child-pornography (disseminate, possess) do not include produce; "
                         "the sources are silent on it");
  auto supply_only = judge("provision p { offence child-pornography; conducts possess-for-supply; cite s para 9; }",
                           "expects offence child-pornography conducts possess;");
  CHECK(supply_only.computed == Result::unknown);
}

TEST_CASE("the child definition compares the age", "[compare][child]") {
  CHECK(judge("child under 18 cite s para 4;", "expects child under 18;").computed == Result::met);
  auto f = judge("child under 16 cite s para 4;", "expects child under 18;");
  CHECK(f.computed == Result::gap);
  CHECK(f.explanation == "the law defines a child as a person under 16; the requirement is every person under 18");
  auto graded = judge("child graded cite s para 4;", "expects child under 18;");
  CHECK(graded.computed == Result::unknown);
}

TEST_CASE("jurisdiction without double criminality", "[compare][jurisdiction]") {
  std::string want = "expects jurisdiction over offender-national without double-criminality;";
  CHECK(judge("claims jurisdiction over offender-national without double-criminality cite s para 24;", want).computed ==
        Result::met);
  CHECK(judge("claims jurisdiction over offender-national with double-criminality cite s para 24;", want).computed ==
        Result::partial);
  auto silent = judge("claims jurisdiction over offender-national cite s para 24;", want);
  CHECK(silent.computed == Result::unknown);
  CHECK(silent.explanation == "the State claims jurisdiction over offender-national, but the sources do not say whether "
                              "double criminality is required");
  CHECK(judge("claims jurisdiction over offender-national cite s para 24;",
              "expects jurisdiction over offender-national;").computed == Result::met);
}

TEST_CASE("measures: present, explicitly absent, or only planned", "[compare][measures]") {
  CHECK(judge("measure victim.video-link cite s para 42;", "expects measure victim.video-link;").computed == Result::met);
  auto absent = judge("lacks measure investigation.specialized-cyber-unit cite s para 46;",
                      "expects measure investigation.specialized-cyber-unit;");
  CHECK(absent.computed == Result::gap);
  auto planned = judge("measure isp.must-report status draft cite s para 64;", "expects measure isp.must-report;");
  CHECK(planned.computed == Result::unknown);
  CHECK(planned.explanation == "only not yet in force: isp.must-report (draft)");
}

TEST_CASE("a measure that covers the required one only in part gives partial", "[compare][measures]") {
  auto f = judge("measure victim.video-link cite s para 42;", "expects measure victim.procedural-protection;");
  CHECK(f.computed == Result::partial);
  CHECK(f.explanation == "the State has victim.video-link, which covers victim.procedural-protection only in part");
}

TEST_CASE("circumstances the source does not name leave a circumstantial requirement unknown", "[compare][bands]") {
  auto f = judge("provision p { offence sexual-abuse; victims 14 to 18; protection circumstantial when unspecified; "
                 "cite s para 9; }",
                 "expects offence sexual-abuse protects 14 to 18 circumstantial;");
  CHECK(f.computed == Result::unknown);
}

TEST_CASE("limitation: until what age of the victim", "[compare][limitation]") {
  std::string want = "expects limitation for sexual-abuse runs past age 18;";
  auto f = judge("provision p { offence sexual-abuse; victims under 18; limitation 10 years from offence; cite s para 1; }",
                 want);
  CHECK(f.computed == Result::partial);
  CHECK(f.explanation == "p (10 years from the offence): an offence against a child of 8 can no longer be prosecuted "
                         "after the child turns 18; the requirement is that prosecution remain possible past age 18");
  CHECK(judge("provision p { offence sexual-abuse; victims under 18; limitation 1 year from offence; cite s para 1; }", want)
            .computed == Result::gap);
  CHECK(judge("provision p { offence sexual-abuse; limitation 10 years from age 18; cite s para 1; }", want).computed ==
        Result::met);
  CHECK(judge("provision p { offence sexual-abuse; limitation none; cite s para 1; }", want).computed == Result::met);
  CHECK(judge("provision p { offence sexual-abuse; limitation from age 18; cite s para 1; }", want).computed ==
        Result::unknown);
}

TEST_CASE("consent and proof rules", "[compare][consent]") {
  auto f = judge("provision p { offence sexual-abuse; victims under 18; consent irrelevant; cite s para 12; }",
                 "expects consent irrelevant for sexual-abuse under 18;");
  CHECK(f.computed == Result::met);
  auto presumed = judge("provision p { offence sexual-abuse; victims under 18; consent presumed-absent; cite s para 17; }",
                        "expects consent irrelevant for sexual-abuse under 18;");
  CHECK(presumed.computed == Result::partial);
  auto means = judge("provision p { offence sexual-exploitation; victims under 18; no-proof-of means-of-commission; cite s para 12; }",
                     "expects no-proof-of violence, threat for sexual-exploitation;");
  CHECK(means.computed == Result::met);
  CHECK(judge("provision p { offence sexual-abuse; no-proof-of violence; cite s para 17; }",
              "expects no-proof-of violence, threat for sexual-abuse;").computed == Result::unknown);
}

TEST_CASE("several expectations: a shortfall beside a met part is partial", "[compare][combine]") {
  auto f = judge("measure victim.video-link cite s para 42; lacks measure victim.privacy cite s para 43;",
                 "expects measure victim.video-link; expects measure victim.privacy;");
  CHECK(f.computed == Result::partial);
  CHECK(f.trace.size() == 2);
  CHECK(f.explanation == "the source reports that the State has no victim.privacy");
}
