// The window's search on the national COG of the sample data: names whatever the accents, case,
// hyphens, "St" and articles, codes, SIREN and postal codes, the ranking (exact, beginning, words;
// population), the structures of a model, the communes a place covers, and any text at all.
#include "core/model/place_search.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>

#include "core/model/analytics.h"
#include "core/model/model_commands.h"
#include "core/model/undo_stack.h"
#include "test_data.h"

namespace lumiere::test {
namespace {

using core::CommuneType;
using core::Place;
using core::PlaceIndex;
using core::PlaceKind;

class PlaceSearchTest : public CogDataTest {
 protected:
  // Built once per process: the national index takes some tens of milliseconds.
  static const PlaceIndex& index() {
    static const PlaceIndex built(cog());
    return built;
  }
  static std::vector<Place> find(std::string_view text, std::size_t limit = 10) {
    return index().query(text, limit);
  }
  static std::string first_code(std::string_view text) {
    const auto found = find(text, 1);
    return found.empty() ? std::string("(nothing)") : found.front().code;
  }
  static std::vector<std::string> codes(const std::vector<Place>& places) {
    std::vector<std::string> out;
    for (const Place& p : places) out.push_back(p.code);
    return out;
  }
};

TEST(SearchKey, FoldsAccentsCaseHyphensApostrophesAndSaint) {
  EXPECT_EQ(core::search_key("Saint-Étienne"), "saint etienne");
  EXPECT_EQ(core::search_key("  ST  ÉTIENNE "), "saint etienne");
  EXPECT_EQ(core::search_key("Ste-Foy-lès-Lyon"), "sainte foy les lyon");
  EXPECT_EQ(core::search_key("L’Île-d'Yeu"), "l ile d yeu");
  EXPECT_EQ(core::search_key("ŒUILLY Cœuvres Æ"), "oeuilly coeuvres ae");
  EXPECT_EQ(core::search_key("àâäéèêëîïôöûüùçÿ ÀÂÄÉÈÊËÎÏÔÖÛÜÙÇŸ"),
            "aaaeeeeiioouuucy aaaeeeeiioouuucy");
  EXPECT_EQ(core::search_key("Straße Łódź"), "strasse lodz");
  // Decomposed accents (e + U+0301) are dropped, not word breaks.
  EXPECT_EQ(core::search_key("E\xCC\x81tienne"), "etienne");
  // Invalid UTF-8 (a lone continuation byte, a truncated sequence, 0xFF) breaks words.
  EXPECT_EQ(core::search_key("a\x80"
                             "b\xC3"
                             "c\xFF"
                             "d"),
            "a b c d");
  EXPECT_EQ(core::search_key("\xE2\x80"), "");
  EXPECT_EQ(core::search_key("–—…«»"), "");
  // Stays of another script are kept as written.
  EXPECT_EQ(core::search_key("Ελλάδα"), "Ελλάδα");
}

TEST_F(PlaceSearchTest, SaintEtienneWhateverTheSpelling) {
  for (const char* text : {"saint etienne", "Saint-Étienne", "st etienne", "ST-ÉTIENNE",
                           "st-etienne", "saint étienne", "  saint   etienne  ", "St Etienne"}) {
    const auto found = find(text);
    ASSERT_FALSE(found.empty()) << text;
    EXPECT_EQ(found.front().code, "42218") << text;
    EXPECT_EQ(found.front().kind, PlaceKind::Commune) << text;
    EXPECT_EQ(found.front().name, "Saint-Étienne") << text;
    EXPECT_EQ(found.front().context, "Loire (42)") << text;
  }
  // The métropole begins with the same words: among the first results.
  const auto found = codes(find("saint etienne", 5));
  EXPECT_NE(std::find(found.begin(), found.end(), "244200770"), found.end());
}

TEST_F(PlaceSearchTest, ArticlesAreOptionalAndTheLastWordMayBeUnfinished) {
  EXPECT_EQ(first_code("rochelle"), "17300");
  EXPECT_EQ(first_code("la rochelle"), "17300");
  EXPECT_EQ(first_code("LA ROCHELLE"), "17300");
  EXPECT_EQ(first_code("la roch"), "17300");
  EXPECT_EQ(first_code("roch"), "17300");  // the largest whose name begins so, article aside
  // Both La Rochelle (17300, and the small one of Haute-Saône, 70450) match the whole name,
  // before any name that only begins with it.
  const auto found = find("rochelle");
  ASSERT_GE(found.size(), 3u);
  EXPECT_EQ(found[0].code, "17300");
  EXPECT_EQ(found[1].code, "70450");
  EXPECT_EQ(found[1].context, "Haute-Saône (70)");
  for (std::size_t i = 2; i < found.size(); ++i) EXPECT_NE(found[i].name, "La Rochelle");
  // The article of a name is optional, not that of the query: "les sables" finds
  // Les Sables-d'Olonne, each word typed beginning a word of the name in order too.
  EXPECT_EQ(first_code("sables d olonne"), "85194");
  EXPECT_EQ(first_code("les sables-d’olonne"), "85194");
  // Each word beginning a word of the name: the agglomération (larger) and the commune.
  const auto sables = codes(find("sables olonne", 2));
  EXPECT_EQ(std::set<std::string>(sables.begin(), sables.end()),
            (std::set<std::string>{"85194", "200071165"}));
  EXPECT_EQ(first_code("ile d yeu"), "85113");
  EXPECT_EQ(first_code("L'ÎLE-D'YEU"), "85113");
  // Two communes named Œuilly (Aisne, Marne), however the œ is typed.
  for (const char* text : {"oeuilly", "Œuilly", "ŒUILLY"}) {
    const auto found = find(text, 3);
    ASSERT_GE(found.size(), 2u) << text;
    EXPECT_EQ(std::set<std::string>({found[0].code, found[1].code}),
              (std::set<std::string>{"02565", "51410"}))
        << text;
    EXPECT_EQ(found[0].name, "Œuilly") << text;
  }
}

TEST_F(PlaceSearchTest, CodesSirenAndPostalCodes) {
  EXPECT_EQ(first_code("17300"), "17300");
  EXPECT_EQ(first_code(" 17300 "), "17300");
  EXPECT_EQ(first_code("17000"), "17300");  // La Rochelle's postal code
  EXPECT_EQ(first_code("2A004"), "2A004");
  EXPECT_EQ(first_code("2a004"), "2A004");
  EXPECT_EQ(find("2a004").front().name, "Ajaccio");
  // Ajaccio's three postal codes each find it.
  for (const char* postal : {"20000", "20090", "20167"}) {
    const auto found = codes(find(postal));
    EXPECT_NE(std::find(found.begin(), found.end(), "2A004"), found.end()) << postal;
  }
  // A département number: the département first, then its communes (the code's beginning).
  const auto dep = find("17");
  ASSERT_GE(dep.size(), 2u);
  EXPECT_EQ(dep[0].kind, PlaceKind::Departement);
  EXPECT_EQ(dep[0].name, "Charente-Maritime");
  EXPECT_EQ(dep[0].context, "17, Nouvelle-Aquitaine");
  EXPECT_EQ(dep[1].code, "17300");  // the largest commune whose code or postal code begins so
  // "11" is the Aude and the Île-de-France: the département first.
  const auto eleven = find("11");
  ASSERT_GE(eleven.size(), 2u);
  EXPECT_EQ(eleven[0].kind, PlaceKind::Departement);
  EXPECT_EQ(eleven[0].name, "Aude");
  EXPECT_EQ(eleven[1].kind, PlaceKind::Region);
  EXPECT_EQ(eleven[1].name, "Île-de-France");
  EXPECT_EQ(first_code("2b"), "2B");
  EXPECT_EQ(first_code("971"), "971");
  // The SIREN of an EPCI, and of a commune.
  const auto epci = find("241700434");
  ASSERT_FALSE(epci.empty());
  EXPECT_EQ(epci[0].kind, PlaceKind::Epci);
  EXPECT_EQ(epci[0].name, "CA de La Rochelle");
  EXPECT_EQ(epci[0].context, "28 communes (17)");
  EXPECT_EQ(first_code(cog().commune("17300")->siren), "17300");
  // A code the COG keeps no record of, merged into a commune: Saint-Géréon in
  // Ancenis-Saint-Géréon.
  ASSERT_EQ(cog().commune("44160"), nullptr);
  EXPECT_EQ(first_code("44160"), "44003");
  // The beginning of a postal code while typing.
  const auto typing = codes(find("1700", 50));
  EXPECT_NE(std::find(typing.begin(), typing.end(), "17300"), typing.end());
  EXPECT_TRUE(find("99999").empty());
}

TEST_F(PlaceSearchTest, EqualNamesByPopulation) {
  // Every current commune named Saint-Denis, the largest first, before any longer name.
  std::vector<const core::CogCommune*> named;
  for (const core::CogCommune& c : cog().communes())
    if (c.type == CommuneType::Current && c.name == "Saint-Denis") named.push_back(&c);
  ASSERT_GE(named.size(), 3u);
  const auto found = find("saint denis", named.size() + 3);
  ASSERT_EQ(found.size(), named.size() + 3);
  for (std::size_t i = 0; i < named.size(); ++i) {
    EXPECT_EQ(found[i].name, "Saint-Denis") << i;
    if (i > 0) {
      EXPECT_GE(cog().commune(found[i - 1].code)->population,
                cog().commune(found[i].code)->population);
    }
  }
  // The two large ones (Réunion, Seine-Saint-Denis) before the small ones.
  const std::set<std::string> first_two = {found[0].code, found[1].code};
  EXPECT_EQ(first_two, (std::set<std::string>{"93066", "97411"}));
  for (std::size_t i = named.size(); i < found.size(); ++i)
    EXPECT_NE(found[i].name, "Saint-Denis") << found[i].code;
  // A département and a commune of one name: the larger first (the Mayenne, then Mayenne).
  const auto mayenne = find("mayenne");
  ASSERT_GE(mayenne.size(), 2u);
  EXPECT_EQ(mayenne[0].kind, PlaceKind::Departement);
  EXPECT_EQ(mayenne[1].code, "53147");
  // Paris: the commune, then the département of the same population.
  const auto paris = find("paris");
  ASSERT_GE(paris.size(), 2u);
  EXPECT_EQ(paris[0].kind, PlaceKind::Commune);
  EXPECT_EQ(paris[0].code, "75056");
  EXPECT_EQ(paris[1].kind, PlaceKind::Departement);
  EXPECT_EQ(paris[1].code, "75");
  // "st" typed last begins "saint" and Strasbourg, the largest of both (and no whole name,
  // not even Le Saint, 56201); "st" before another word is "saint".
  const auto st = find("st", 20);
  ASSERT_FALSE(st.empty());
  EXPECT_EQ(st[0].code, "244200770");  // Saint-Étienne Métropole, 412,000 inhabitants
  const auto st_codes = codes(st);
  const auto strasbourg = std::find(st_codes.begin(), st_codes.end(), "67482");
  EXPECT_LT(strasbourg - st_codes.begin(), 5);
  const auto le_saint = std::find(st_codes.begin(), st_codes.end(), "56201");
  EXPECT_GT(le_saint - st_codes.begin(), strasbourg - st_codes.begin());
  EXPECT_TRUE(std::any_of(st.begin(), st.end(), [](const Place& p) {
    return core::search_key(p.name).starts_with("saint ");
  }));
}

TEST_F(PlaceSearchTest, DelegatedCommunesLeadToTheirCommune) {
  // La Benâte, commune déléguée of Essouvert.
  const auto found = find("la benate");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].code, "17040");
  EXPECT_EQ(found[0].commune_type, CommuneType::Delegated);
  EXPECT_EQ(found[0].context, "Essouvert, Charente-Maritime (17)");
  const core::Model model(cog());
  EXPECT_EQ(core::place_communes(found[0], cog(), model), std::vector<std::string>{"17277"});
  // Saint-Denis-du-Pin shares the code of Essouvert: found by name, the code gives Essouvert.
  const auto pin = find("saint denis du pin");
  ASSERT_FALSE(pin.empty());
  EXPECT_EQ(pin[0].name, "Saint-Denis-du-Pin");
  EXPECT_EQ(pin[0].code, "17277");
  EXPECT_EQ(find("17277").front().name, "Essouvert");
  // A commune déléguée named as its commune shows once (Saint-Denis, 93066).
  int saint_denis_93 = 0;
  for (const Place& p : find("saint denis", 50)) saint_denis_93 += p.code == "93066";
  EXPECT_EQ(saint_denis_93, 1);
}

TEST_F(PlaceSearchTest, CommunesOfEachKindOfPlace) {
  const core::Model model(cog());
  const auto communes = [&](PlaceKind kind, const char* code) {
    return core::place_communes(Place{kind, code, "", "", CommuneType::Current}, cog(), model);
  };
  EXPECT_EQ(communes(PlaceKind::Commune, "17300"), std::vector<std::string>{"17300"});
  EXPECT_TRUE(communes(PlaceKind::Commune, "00000").empty());
  const auto epci = communes(PlaceKind::Epci, "241700434");
  EXPECT_EQ(epci.size(), 28u);
  EXPECT_TRUE(std::binary_search(epci.begin(), epci.end(), "17300"));
  // A région covers the communes of its départements, and nothing else.
  std::size_t of_departements = 0;
  for (const core::CogDepartement& d : cog().departements()) {
    if (d.region != "75") continue;
    const auto dep = communes(PlaceKind::Departement, d.code.c_str());
    EXPECT_FALSE(dep.empty()) << d.code;
    of_departements += dep.size();
  }
  const auto region = communes(PlaceKind::Region, "75");
  EXPECT_EQ(region.size(), of_departements);
  EXPECT_TRUE(std::binary_search(region.begin(), region.end(), "17300"));
  EXPECT_FALSE(std::binary_search(region.begin(), region.end(), "42218"));
  EXPECT_TRUE(communes(PlaceKind::Structure, "nobody").empty());
}

TEST_F(PlaceSearchTest, StructuresOfTheModel) {
  core::Model model(cog());
  core::UndoStack stack(model);
  ASSERT_TRUE(stack.push(std::make_unique<core::AddStructure>(core::Structure{
      "soluris", "Soluris", core::StructureKind::SyndicatMixte, "251700010", "", "", {"actes"}})));
  ASSERT_TRUE(stack.push(std::make_unique<core::AddMembership>(core::Membership{
      "soluris", "241700434", core::MemberKind::Epci, std::nullopt, std::nullopt, {"actes"}})));
  ASSERT_TRUE(stack.push(std::make_unique<core::AddMembership>(core::Membership{
      "soluris", "79191", core::MemberKind::Commune, std::nullopt, std::nullopt, {"actes"}})));
  const PlaceIndex with = index().with_structures(model);
  EXPECT_EQ(with.size(), index().size() + 1);
  EXPECT_TRUE(index().query("soluris", 10).empty());  // the copy shares, never changes, the COG
  const auto found = with.query("soluris", 10);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, PlaceKind::Structure);
  EXPECT_EQ(found[0].code, "soluris");
  EXPECT_EQ(found[0].context, "Syndicat mixte");
  // Its name's beginning (Solutré-Pouilly too), its id, its SIREN.
  const auto typing = codes(with.query("solu", 10));
  EXPECT_EQ(std::set<std::string>(typing.begin(), typing.end()),
            (std::set<std::string>{"soluris", "71526"}));
  EXPECT_EQ(with.query("SOLURIS", 1).front().code, "soluris");
  EXPECT_EQ(with.query("251700010", 1).front().code, "soluris");  // its SIREN
  // It covers the CA de La Rochelle and Niort.
  auto expected =
      core::place_communes(Place{PlaceKind::Epci, "241700434", "", "", {}}, cog(), model);
  expected.push_back("79191");
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(core::place_communes(found[0], cog(), model), expected);
  // After the structure is undone, a rebuilt index no longer has it.
  ASSERT_TRUE(stack.undo() && stack.undo() && stack.undo());
  EXPECT_TRUE(with.with_structures(model).query("soluris", 10).empty());
  EXPECT_TRUE(core::place_communes(found[0], cog(), model).empty());
  // An index of the COG and a model at once.
  ASSERT_TRUE(stack.redo());
  EXPECT_EQ(PlaceIndex(cog(), model).query("soluris", 1).front().code, "soluris");
}

TEST_F(PlaceSearchTest, AnyTextWithoutCrashing) {
  EXPECT_TRUE(find("").empty());
  EXPECT_TRUE(find("   ").empty());
  EXPECT_TRUE(find("\t\n").empty());
  EXPECT_TRUE(find("'-’").empty());
  EXPECT_TRUE(find("\xFF\xFE").empty());
  EXPECT_TRUE(find(std::string_view("\0\0", 2)).empty());
  EXPECT_TRUE(find("rochelle", 0).empty());
  EXPECT_TRUE(PlaceIndex().query("rochelle", 10).empty());
  EXPECT_EQ(PlaceIndex().size(), 0u);
  // Invalid bytes between words are breaks: the words still find.
  EXPECT_EQ(first_code("la\xFF"
                       "rochelle"),
            "17300");
  // 10 kB of text, of one word or many, and of random bytes.
  EXPECT_TRUE(find(std::string(10000, 'a')).empty());
  std::string many;
  while (many.size() < 10000) many += "saint etienne ";
  EXPECT_TRUE(find(many).empty());
  std::mt19937 random(17300);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 20; ++round) {
    std::string noise(10000, '\0');
    for (char& c : noise) c = static_cast<char>(byte(random));
    EXPECT_LE(find(noise, 5).size(), 5u);
  }
  // The limit holds; a one-letter query lists the largest first.
  const auto s = find("s", 7);
  ASSERT_EQ(s.size(), 7u);
  EXPECT_GT(index().size(), cog().departements().size() + cog().epcis().size() + 34000);
}

}  // namespace
}  // namespace lumiere::test
