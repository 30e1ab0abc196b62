// `lumiere harmonise` (issue 19): commune boundaries of an older vintage brought onto the COG, on
// the real 2018 boundaries; a table de passage places codes the COG does not know; each kind of
// bad input gets one message and writes nothing.
#include <gdal.h>
#include <gtest/gtest.h>
#include <ogr_api.h>

#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include "cli_runner.h"

namespace lumiere::test {
namespace {

const std::string kMaineEtLoire = kData + "/boundaries/communes/communes-49-maine-et-loire.geojson";
const std::string kAin = kData + "/boundaries/communes/communes-01-ain.geojson";

void write_file(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The codes of a layer of a GeoPackage, as GDAL reads them.
std::set<std::string> codes_of(const std::string& path, const char* layer_name) {
  std::set<std::string> codes;
  GDALAllRegister();
  GDALDatasetH ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
  if (!ds) return codes;
  OGRLayerH layer = GDALDatasetGetLayerByName(ds, layer_name);
  if (layer) {
    OGR_L_ResetReading(layer);
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
      codes.insert(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "code")));
      OGR_F_Destroy(f);
    }
  }
  GDALClose(ds);
  return codes;
}

class HarmoniseCliTest : public ::testing::Test {
 protected:
  void SetUp() override { set_test_language(kFrench); }
  TempDir dir_;
};

TEST_F(HarmoniseCliTest, MaineEtLoireOf2018BecomesTheCommunesOfToday) {
  const std::string out = dir_.file("anjou.gpkg");
  const RunResult run = run_lumiere({"harmonise", kMaineEtLoire, "--out", out});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err, "");
  const std::set<std::string> today = codes_of(out, "communes");
  const std::set<std::string> source = codes_of(out, "communes_source");
  EXPECT_EQ(source.size(), 183u);
  ASSERT_FALSE(today.empty());
  EXPECT_LT(today.size(), source.size());
  // Orée d'Anjou was 49069 in 2018 and is 49126 today: the feature takes today's code.
  EXPECT_TRUE(source.count("49069"));
  EXPECT_FALSE(today.count("49069"));
  EXPECT_TRUE(today.count("49126"));
  // The report states what was written, in the user's language, and lists each merger.
  EXPECT_TRUE(contains(run.out, "entités lues : 183")) << run.out;
  EXPECT_TRUE(contains(run.out, "communes en tout : " + std::to_string(today.size()))) << run.out;
  EXPECT_TRUE(contains(run.out, "  49126 Orée d'Anjou : 49069 Orée d'Anjou\n")) << run.out;
  EXPECT_FALSE(contains(run.out, "ne sont pas des communes du COG")) << run.out;
}

TEST_F(HarmoniseCliTest, ATableDePassagePlacesACodeTheCogDoesNotKnow) {
  // Saint-Champ (01341) under a code of no vintage: left as it is without a table, placed into
  // Magnieu (01227) by one. The table as INSEE writes it: a title above the header, names
  // between the codes.
  std::ifstream in(kAin, std::ios::binary);
  std::string ain((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string from = "\"code\":\"01341\"";
  ASSERT_NE(ain.find(from), std::string::npos);
  ain.replace(ain.find(from), from.size(), "\"code\":\"01999\"");
  const std::string layer = dir_.file("ain.geojson");
  write_file(layer, ain);
  const RunResult alone = run_lumiere({"harmonise", layer, "--out", dir_.file("seul.gpkg")});
  ASSERT_EQ(alone.status, 0) << alone.err;
  EXPECT_TRUE(contains(alone.out,
                       "ne sont pas des communes du COG, dessinées telles quelles, "
                       "hachurées (1) : 01999 (une table de passage les place)"))
      << alone.out;
  EXPECT_TRUE(codes_of(dir_.file("seul.gpkg"), "communes").count("01999"));

  const std::string passage = dir_.file("passage.csv");
  write_file(passage,
             "Table de passage des codes communes\n\nCODGEO_2018;LIBGEO_2018;CODGEO_2024;"
             "LIBGEO_2024\n01999;Saint-Champ;01227;Magnieu\n1001;L'Abergement-Clémenciat;1001;"
             "L'Abergement-Clémenciat\n;sans code;01004;Ambérieu-en-Bugey\n");
  const std::string out = dir_.file("place.gpkg");
  const RunResult run = run_lumiere({"harmonise", layer, "--out", out, "--passage", passage});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_TRUE(contains(run.out,
                       "colonnes « CODGEO_2018 » (ancien code) et « CODGEO_2024 » "
                       "(nouveau code), en-tête ligne 3 ; lignes : 3, codes changés : "
                       "1, inchangés : 1"))
      << run.out;
  EXPECT_TRUE(contains(run.out, "lignes sans deux codes, laissées de côté (lignes) : 6"))
      << run.out;
  EXPECT_FALSE(contains(run.out, "ne sont pas des communes du COG")) << run.out;
  const std::set<std::string> codes = codes_of(out, "communes");
  EXPECT_FALSE(codes.count("01999"));
  EXPECT_TRUE(codes.count("01227"));
}

TEST_F(HarmoniseCliTest, BadInputGetsOneMessageAndWritesNothing) {
  const std::string out = dir_.file("rien.gpkg");
  const std::string one_column = dir_.file("une-colonne.csv");
  write_file(one_column, "CODGEO;LIBGEO\n01001;L'Abergement-Clémenciat\n");
  const std::string no_pair = dir_.file("sans-paire.csv");
  write_file(no_pair, "ancien;nouveau;nom\n01001;;x\n;01002;y\n");
  const std::string departements = kData + "/boundaries/departements-avec-outre-mer.geojson";
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{"harmonise", kAin}, "aucun fichier de sortie"},
      {{"harmonise", kAin, "--out", out, "--from", "CODGEO"},
       "--from est une option de la table de passage : indiquez aussi --passage TABLEAU"},
      {{"harmonise", kAin, "--out", out, "--passage", one_column},
       "pas deux colonnes de codes communes (en-tête ligne 1)"},
      {{"harmonise", kAin, "--out", out, "--passage", one_column, "--from", "COM_INI"},
       "pas de colonne « COM_INI » (les colonnes : CODGEO, LIBGEO)"},
      {{"harmonise", kAin, "--out", out, "--passage", no_pair},
       "aucune ligne ne donne un ancien code commune et un nouveau"},
      {{"harmonise", kAin, "--out", out, "--passage", dir_.file("absente.csv")}, "absente.csv"},
      {{"harmonise", kAin, "--out", out, "--passage", one_column, "--header-row", "0"},
       "--header-row prend un numéro de ligne à partir de 1"},
      {{"harmonise", departements, "--out", out}, "aucune couche de communes"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.args.back());
    const RunResult run = run_lumiere(c.args);
    EXPECT_NE(run.status, 0);
    EXPECT_EQ(run.out, "");
    EXPECT_TRUE(contains(run.err, c.message)) << run.err;
    EXPECT_FALSE(std::filesystem::exists(out));
  }
  // An existing file is kept unless --force is given.
  write_file(out, "à garder");
  const RunResult kept = run_lumiere({"harmonise", kAin, "--out", out});
  EXPECT_NE(kept.status, 0);
  EXPECT_TRUE(contains(kept.err, "--force")) << kept.err;
  std::ifstream in(out, std::ios::binary);
  EXPECT_EQ(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()),
            "à garder");
}

TEST_F(HarmoniseCliTest, SpeaksEnglishWhenAsked) {
  const std::string out = dir_.file("anjou.gpkg");
  const RunResult run = run_lumiere({"harmonise", kMaineEtLoire, "--out", out}, kEnglish);
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_TRUE(contains(run.out, "183 features read")) << run.out;
  EXPECT_TRUE(contains(run.out, "  49126 Orée d'Anjou: 49069 Orée d'Anjou\n")) << run.out;
}

}  // namespace
}  // namespace lumiere::test
