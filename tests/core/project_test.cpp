// The project file on the real COG: random models (seeded) come back equal after save and open;
// the national layers and COG round-trip (timed); a save killed at random moments leaves the
// previous file whole; files that are not projects, of a newer schema or that lost a table or
// column are refused with an error naming what is wrong; GDAL lists the layers and tables as QGIS
// does.
#include "core/project/project.h"

#include <fcntl.h>
#include <gdal.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <stdexcept>
#include <thread>

#include "core/layers/layer_writer.h"
#include "core/model/model_commands.h"
#include "core/project/file_lock.h"
#include "message_testing.h"
#include "test_data.h"

namespace lumiere::test {
namespace {

using core::IndicatorValue;
using core::MemberKind;
using core::Membership;
using core::Project;
using core::Structure;
using core::StructureKind;

class ProjectTest : public CogDataTest {};

// The départements layer, loaded afresh (a VectorLayer is not copied).
core::VectorLayer departements() {
  auto layers = core::load_layers({departements_file()});
  if (!layers.ok()) throw std::runtime_error(core::testing::text(layers.error()));
  return std::move(layers->front());
}

std::vector<const core::CogCommune*> current_communes(const core::CogRegistry& cog) {
  std::vector<const core::CogCommune*> out;
  for (const core::CogCommune& c : cog.communes()) {
    if (c.type == core::CommuneType::Current) out.push_back(&c);
  }
  return out;
}

template <class T>
const T& pick(const std::vector<T>& items, std::mt19937& rng) {
  return items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(rng)];
}

bool coin(std::mt19937& rng, double p = 0.5) { return std::bernoulli_distribution(p)(rng); }

std::string random_date(std::mt19937& rng, int from_year = 1995) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d",
                std::uniform_int_distribution<int>(from_year, 2024)(rng),
                std::uniform_int_distribution<int>(1, 12)(rng),
                std::uniform_int_distribution<int>(1, 28)(rng));
  return buffer;
}

// A subset of `items` in random order.
std::vector<std::string> some_of(std::vector<std::string> items, std::mt19937& rng) {
  std::shuffle(items.begin(), items.end(), rng);
  items.resize(std::uniform_int_distribution<std::size_t>(0, items.size())(rng));
  return items;
}

void apply(core::ModelCommand&& command, core::Model& model) {
  const core::Status st = command.apply(model);
  ASSERT_TRUE(st.ok()) << core::testing::text(st.error());
}

// A random project over the real COG: custom usages, structures of every kind, members of the
// three kinds with and without dates and subscriptions, indicator values of every combination,
// documents with non-ASCII JSON, sometimes the départements layer and a moved inset.
std::unique_ptr<Project> random_project(unsigned seed) {
  std::mt19937 rng(seed);
  auto project = std::make_unique<Project>(*cog_registry());
  core::Model& model = project->model();
  const auto communes = current_communes(project->cog());

  const int custom_usages = std::uniform_int_distribution<int>(0, 3)(rng);
  for (int i = 0; i < custom_usages; ++i) {
    apply(core::AddUsage({"perso_" + std::to_string(seed) + "_" + std::to_string(i),
                          "Usage propre n°" + std::to_string(i) + " — état civil « ✓ »",
                          i % 2 ? "e-administration" : "famille créée"}),
          model);
  }
  std::vector<std::string> usage_ids;
  for (const core::Usage& u : model.usages()) usage_ids.push_back(u.id);

  const int extra_structures = std::uniform_int_distribution<int>(0, 6)(rng);
  for (int i = 0; i < 8 + extra_structures; ++i) {
    Structure s;
    s.id = "s" + std::to_string(seed) + "-" + std::to_string(i);
    s.name = "Syndicat n°" + std::to_string(i) + " de l'Île-d'Yeu à Œuilly";
    s.kind = static_cast<StructureKind>(i % 8);
    if (coin(rng))
      s.siren = std::to_string(std::uniform_int_distribution<int>(200000000, 299999999)(rng));
    if (coin(rng)) s.seat_commune = pick(communes, rng)->code;
    if (coin(rng)) s.contact = "contact@exemple-" + std::to_string(i) + ".fr — Hélène";
    s.usages = some_of(usage_ids, rng);
    apply(core::AddStructure(s), model);

    std::set<std::pair<MemberKind, std::string>> members;
    const int n = std::uniform_int_distribution<int>(0, 12)(rng);
    for (int k = 0; k < n; ++k) {
      Membership m;
      m.structure_id = s.id;
      const int kind = std::uniform_int_distribution<int>(0, 5)(rng);
      if (kind <= 3) {
        m.member_kind = MemberKind::Commune;
        m.member_code = pick(communes, rng)->code;
      } else if (kind == 4) {
        m.member_kind = MemberKind::Epci;
        m.member_code = pick(project->cog().epcis(), rng).code;
      } else {
        m.member_kind = MemberKind::Departement;
        m.member_code = pick(project->cog().departements(), rng).code;
      }
      if (!members.emplace(m.member_kind, m.member_code).second) continue;
      if (coin(rng)) m.since = random_date(rng);
      if (coin(rng)) {
        m.until = random_date(rng, m.since ? std::stoi(m.since->substr(0, 4)) : 1995);
        if (m.since && *m.until < *m.since) m.until = m.since;  // the same day is allowed
      }
      m.usages = some_of(s.usages, rng);
      apply(core::AddMembership(m), model);
    }
  }

  std::vector<IndicatorValue> values;
  std::set<core::Model::IndicatorKey> keys;
  const int n = std::uniform_int_distribution<int>(0, 1500)(rng);
  for (int i = 0; i < n; ++i) {
    IndicatorValue v;
    v.commune = pick(communes, rng)->code;
    v.usage = pick(usage_ids, rng);
    v.vintage = std::uniform_int_distribution<int>(2015, 2024)(rng);
    if (!keys.insert(core::Model::key_of(v)).second) continue;
    const int combo = std::uniform_int_distribution<int>(0, 2)(rng);
    if (combo != 1) v.adopted = coin(rng);
    if (combo != 0) v.level = std::uniform_real_distribution<double>(0, 1)(rng);
    if (coin(rng, 0.3)) v.level = coin(rng) ? 0.0 : 1.0;
    if (coin(rng)) v.adoption_date = random_date(rng);
    v.source = coin(rng) ? "Enquête départementale — données synthétiques" : "";
    values.push_back(std::move(v));
  }
  apply(core::SetIndicatorValues(std::move(values)), model);

  const int documents = std::uniform_int_distribution<int>(0, 4)(rng);
  for (int i = 0; i < documents; ++i) {
    project->documents.push_back(
        {i % 3 == 0   ? "map"
         : i % 3 == 1 ? "style"
                      : "layout",
         "Carte n°" + std::to_string(i),
         R"({"titre":"Adoption des usages — Haute-Saône ✓","rampe":"viridis","classes":[0.1,0.25],)"
         R"("note":"«\u00a0écoles\u00a0» 日本"})"});
  }
  project->info.title = "Projet " + std::to_string(seed) + " — Nouvelle-Aquitaine";
  project->info.description =
      coin(rng) ? "Structures et valeurs synthétiques.\nDeuxième ligne é" : "";
  if (coin(rng)) project->space.move_inset(core::Zone::Reunion, {-100000, 6300000});
  if (coin(rng)) project->layers.push_back(departements());
  return project;
}

// Two projects hold the same things (what the file keeps: not the levels of detail nor the
// loader's warnings).
void expect_same(const Project& a, const Project& b) {
  EXPECT_TRUE(a.model() == b.model());
  EXPECT_EQ(a.model().usages(), b.model().usages());
  EXPECT_EQ(a.model().structures(), b.model().structures());
  EXPECT_EQ(a.model().memberships(), b.model().memberships());
  EXPECT_TRUE(a.model().indicators() == b.model().indicators());
  EXPECT_EQ(a.info.title, b.info.title);
  EXPECT_EQ(a.info.description, b.info.description);
  EXPECT_EQ(a.info.created, b.info.created);
  EXPECT_EQ(a.info.saved, b.info.saved);
  EXPECT_EQ(a.info.schema_version, b.info.schema_version);
  EXPECT_EQ(a.documents, b.documents);
  EXPECT_EQ(core::insets_to_json(a.space), core::insets_to_json(b.space));
  EXPECT_TRUE(a.cog() == b.cog());
  ASSERT_EQ(a.layers.size(), b.layers.size());
  for (std::size_t i = 0; i < a.layers.size(); ++i) {
    const core::VectorLayer& x = a.layers[i];
    const core::VectorLayer& y = b.layers[i];
    EXPECT_EQ(x.name, y.name);
    EXPECT_EQ(x.codes, y.codes);
    EXPECT_EQ(x.names, y.names);
    ASSERT_EQ(x.feature_count(), y.feature_count());
    EXPECT_EQ(x.geometry.point_count(), y.geometry.point_count());
    std::size_t with_geometry_x = 0, with_geometry_y = 0;
    for (std::size_t f = 0; f < x.feature_count(); ++f) {
      with_geometry_x += x.geometry.has_geometry(f);
      with_geometry_y += y.geometry.has_geometry(f);
    }
    EXPECT_EQ(with_geometry_x, with_geometry_y);
  }
}

TEST_F(ProjectTest, RandomModelsComeBackEqual) {
  TempDir dir;
  for (unsigned seed = 1; seed <= 20; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    auto project = random_project(seed);
    if (HasFatalFailure()) return;
    const std::string path = dir.file("projet-" + std::to_string(seed) + ".gpkg");
    const core::Status saved = core::save_project(*project, path);
    ASSERT_TRUE(saved.ok()) << core::testing::text(saved.error());
    EXPECT_FALSE(project->info.saved.empty());
    EXPECT_EQ(project->info.created, project->info.saved);  // the first save
    auto opened = core::open_project(path);
    ASSERT_TRUE(opened.ok()) << core::testing::text(opened.error());
    expect_same(*project, *opened);
    EXPECT_GE(project->model().structures().size(), 8u);
    // The opened project saves again to the same contents; `created` stays.
    const std::string again = dir.file("again-" + std::to_string(seed) + ".gpkg");
    const std::string created = opened->info.created;
    ASSERT_TRUE(core::save_project(*opened, again).ok());
    EXPECT_EQ(opened->info.created, created);
    auto reopened = core::open_project(again);
    ASSERT_TRUE(reopened.ok()) << core::testing::text(reopened.error());
    expect_same(*opened, *reopened);
  }
}

TEST_F(ProjectTest, CodesAreTextInTheFile) {
  auto project = std::make_unique<Project>(cog());
  apply(core::AddStructure({"s", "Corse numérique", StructureKind::Gip, "", "2A004", "", {"sig"}}),
        project->model());
  apply(core::AddMembership({"s", "2B033", MemberKind::Commune, std::nullopt, std::nullopt, {}}),
        project->model());
  apply(core::SetIndicatorValues({{"01001", "sig", 2024, true, std::nullopt, std::nullopt, ""}}),
        project->model());
  TempDir dir;
  const std::string path = dir.file("corse.gpkg");
  ASSERT_TRUE(core::save_project(*project, path).ok());
  GDALAllRegister();
  auto* ds = static_cast<GDALDataset*>(
      GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
  ASSERT_NE(ds, nullptr);
  for (const char* sql : {"SELECT typeof(code) FROM cog_communes WHERE code = '01001'",
                          "SELECT typeof(code) FROM cog_communes WHERE code = '2A004'",
                          "SELECT typeof(code) FROM cog_departements WHERE code = '01'",
                          "SELECT typeof(member_code) FROM memberships",
                          "SELECT typeof(seat_commune) FROM structures",
                          "SELECT typeof(commune) FROM indicator_values"}) {
    OGRLayer* result = ds->ExecuteSQL(sql, nullptr, "SQLITE");
    ASSERT_NE(result, nullptr) << sql;
    std::unique_ptr<OGRFeature> row(result->GetNextFeature());
    ASSERT_NE(row, nullptr) << sql;
    EXPECT_STREQ(row->GetFieldAsString(0), "text") << sql;
    ds->ReleaseResultSet(result);
  }
  GDALClose(ds);
  auto opened = core::open_project(path);
  ASSERT_TRUE(opened.ok()) << core::testing::text(opened.error());
  EXPECT_EQ(opened->model().memberships().at(0).member_code, "2B033");
  EXPECT_EQ(opened->model().structures().at(0).seat_commune, "2A004");
  EXPECT_NE(opened->model().indicator("01001", "sig", 2024), nullptr);
}

// The national project: the communes and départements layers with the national COG, one
// structure per EPCI with its communes as members and two usages of every commune: the size of
// the demo. Times printed for docs/BENCHMARKS.md.
TEST_F(ProjectTest, NationalProjectRoundTrip) {
  auto communes_layer = core::load_layers(commune_files());
  ASSERT_TRUE(communes_layer.ok()) << core::testing::text(communes_layer.error());
  auto project = std::make_unique<Project>(cog());
  project->info.title = "France entière";
  project->layers.push_back(std::move(communes_layer->front()));
  project->layers.push_back(departements());
  core::Model& model = project->model();
  std::size_t members = 0;
  for (const core::CogEpci& e : project->cog().epcis()) {
    apply(core::AddStructure(
              {"epci-" + e.code, e.name, StructureKind::Epci, e.code, "", "", {"actes", "sig"}}),
          model);
    for (const std::string& c : e.members) {
      const core::CogCommune* commune = project->cog().commune(c);
      if (!commune || commune->type != core::CommuneType::Current) continue;
      apply(core::AddMembership(
                {"epci-" + e.code, c, MemberKind::Commune, "2020-01-01", std::nullopt, {"actes"}}),
            model);
      ++members;
    }
  }
  std::vector<IndicatorValue> values;
  std::mt19937 rng(7);
  for (const core::CogCommune* c : current_communes(project->cog())) {
    values.push_back(
        {c->code, "actes", 2024, coin(rng), std::nullopt, std::nullopt, "synthétique"});
    values.push_back({c->code, "pes", 2024, std::nullopt,
                      std::uniform_real_distribution<double>(0, 1)(rng), std::nullopt, ""});
  }
  apply(core::SetIndicatorValues(values), model);
  EXPECT_GT(members, 30000u);
  EXPECT_GT(model.indicators().size(), 60000u);

  TempDir dir;
  const std::string path = dir.file("france.gpkg");
  const auto t0 = std::chrono::steady_clock::now();
  const core::Status saved = core::save_project(*project, path);
  const auto t1 = std::chrono::steady_clock::now();
  ASSERT_TRUE(saved.ok()) << core::testing::text(saved.error());
  auto opened = core::open_project(path);
  const auto t2 = std::chrono::steady_clock::now();
  ASSERT_TRUE(opened.ok()) << core::testing::text(opened.error());
  using ms = std::chrono::milliseconds;
  std::cout << "[ national project ] " << project->layers[0].feature_count() << " communes, "
            << project->layers[1].feature_count() << " départements, "
            << project->cog().communes().size() << " COG communes, " << members << " memberships, "
            << model.indicators().size() << " indicator values, " << fs::file_size(path) / 1000000
            << " MB: save " << std::chrono::duration_cast<ms>(t1 - t0).count() << " ms, open "
            << std::chrono::duration_cast<ms>(t2 - t1).count() << " ms\n";
  expect_same(*project, *opened);
  ASSERT_NE(opened->layer("communes"), nullptr);
  ASSERT_NE(opened->layer("departements-avec-outre-mer"), nullptr);
  // The layers come back as the loader gives them, with the COG's names and figures.
  const core::VectorLayer& communes = *opened->layer("communes");
  const auto rochelle = communes.find("17300");
  ASSERT_TRUE(rochelle);
  EXPECT_EQ(communes.display_name(*rochelle), "La Rochelle");
  ASSERT_NE(communes.attributes.numbers("population"), nullptr);
  EXPECT_GT((*communes.attributes.numbers("population"))[*rochelle], 70000);
  // Saving the demo's size takes seconds at most.
  EXPECT_LT(std::chrono::duration_cast<ms>(t1 - t0).count(), 30000);
}

// A save killed at random moments (SIGKILL, seeded) leaves the previous save whole: the file
// opens and equals one of the two projects the child alternates between, the one it last
// reported saved or the next one (killed between the rename and the report). The temporaries of
// killed saves are hidden, named after the target and the dead process, and the next save
// removes them.
TEST_F(ProjectTest, KilledSaveLeavesThePreviousFileWhole) {
  std::array<std::unique_ptr<Project>, 2> variants;
  for (unsigned v = 0; v < 2; ++v) {
    variants[v] = random_project(100 + v);
    if (HasFatalFailure()) return;
    variants[v]->layers.clear();
    variants[v]->layers.push_back(departements());
    // More rows, so that a save lasts long enough to be cut anywhere.
    std::vector<IndicatorValue> values;
    for (const core::CogCommune* c : current_communes(variants[v]->cog())) {
      values.push_back({c->code, v ? "sig" : "actes", 2023, true, 0.25 * v, std::nullopt, "kill"});
    }
    apply(core::SetIndicatorValues(values), variants[v]->model());
  }
  TempDir dir;
  const std::string path = dir.file("projet.gpkg");
  variants[0]->info.title = "save 0";
  const auto t0 = std::chrono::steady_clock::now();
  ASSERT_TRUE(core::save_project(*variants[0], path).ok());
  const auto save_time = std::chrono::steady_clock::now() - t0;
  const long save_us = std::chrono::duration_cast<std::chrono::microseconds>(save_time).count();
  std::cout << "[ kill test ] one save takes " << save_us / 1000 << " ms\n";

  std::mt19937 rng(2024);
  int last_saved = 0;
  int temporaries_seen = 0;
  std::set<pid_t> killed;
  for (int round = 0; round < 16; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    const int first = last_saved + 1;
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      close(fds[0]);
      for (int k = first; k < first + 1000; ++k) {
        Project& p = *variants[static_cast<std::size_t>(k % 2)];
        p.info.title = "save " + std::to_string(k);
        if (!core::save_project(p, path).ok()) _exit(2);
        if (write(fds[1], &k, sizeof k) != sizeof k) _exit(3);
      }
      _exit(0);
    }
    close(fds[1]);
    const long delay = std::uniform_int_distribution<long>(0, 2 * save_us)(rng);
    std::this_thread::sleep_for(std::chrono::microseconds(delay));
    kill(pid, SIGKILL);
    killed.insert(pid);
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the child ended by itself, status " << status;
    int k = 0;
    int reported = last_saved;
    while (read(fds[0], &k, sizeof k) == sizeof k) reported = k;
    close(fds[0]);

    auto opened = core::open_project(path, core::OpenMode::ReadOnly);  // no lock file
    ASSERT_TRUE(opened.ok()) << core::testing::text(opened.error());
    const std::string& title = opened->info.title;
    const int found = std::stoi(title.substr(5));
    ASSERT_TRUE(found == reported || found == reported + 1) << title << ", reported " << reported;
    Project& expected = *variants[static_cast<std::size_t>(found % 2)];
    EXPECT_TRUE(opened->model() == expected.model());
    EXPECT_EQ(opened->documents, expected.documents);
    ASSERT_EQ(opened->layers.size(), 1u);
    EXPECT_EQ(opened->layers[0].codes, expected.layers[0].codes);
    last_saved = found;
    // Whatever else is in the folder is a hidden temporary of a killed save, never a project.
    for (const auto& e : fs::directory_iterator(dir.path())) {
      const std::string name = e.path().filename().string();
      if (name == "projet.gpkg") continue;
      // The lock a save takes over a file it does not own, left by the killed save: the kernel
      // released it with the process, so the next Lumière takes it over.
      if (name == ".projet.gpkg.lock") {
        EXPECT_FALSE(core::FileLock::held_elsewhere(path)) << "a dead process still holds the lock";
        continue;
      }
      ++temporaries_seen;
      bool of_a_killed_save = false;
      char host[256] = {};  // the temporary's name holds the host and pid of its save
      gethostname(host, sizeof host - 1);
      for (pid_t dead : killed) {
        const std::string name_of_dead =
            ".projet.saving-" + std::string(host) + "-" + std::to_string(dead) + "-";
        // The temporary itself, or the lock's information beside it (".<temporary>.lock": a kill
        // between the lock taken on the temporary and its rename).
        of_a_killed_save |=
            name.rfind(name_of_dead, 0) == 0 || name.rfind("." + name_of_dead, 0) == 0;
      }
      EXPECT_TRUE(of_a_killed_save) << name;
    }
  }
  std::cout << "[ kill test ] " << last_saved << " saves completed in 16 kills; temporaries "
            << "of killed saves seen: " << temporaries_seen << "\n";
  EXPECT_GT(temporaries_seen, 0) << "no kill fell during a save: the test proved nothing";
  // The next save removes the temporaries of the dead processes.
  ASSERT_TRUE(core::save_project(*variants[0], path).ok());
  std::vector<std::string> left;
  for (const auto& e : fs::directory_iterator(dir.path()))
    left.push_back(e.path().filename().string());
  EXPECT_EQ(left, std::vector<std::string>{"projet.gpkg"});
}

// A small saved project to spoil in the error tests.
std::string saved_project(const TempDir& dir, const std::string& name = "projet.gpkg") {
  auto project = random_project(3);
  const std::string path = dir.file(name);
  const core::Status st = core::save_project(*project, path);
  EXPECT_TRUE(st.ok()) << core::testing::text(st.error());
  return path;
}

// Runs SQL on a file through GDAL's SQLite dialect (as a user editing it elsewhere would).
void run_sql(const std::string& path, const std::string& sql) {
  GDALAllRegister();
  auto* ds = static_cast<GDALDataset*>(
      GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
  ASSERT_NE(ds, nullptr) << path;
  CPLErrorReset();
  OGRLayer* result = ds->ExecuteSQL(sql.c_str(), nullptr, "SQLITE");
  if (result) ds->ReleaseResultSet(result);
  EXPECT_EQ(CPLGetLastErrorType(), CE_None) << sql << ": " << CPLGetLastErrorMsg();
  GDALClose(ds);
}

::testing::AssertionResult refused_with(const std::string& path, core::MessageCode code,
                                        std::initializer_list<std::string> parts) {
  auto opened = core::open_project(path);
  if (opened.ok()) return ::testing::AssertionFailure() << path << " opened";
  const std::string message = core::testing::text(opened.error());
  if (opened.code() != code) {
    return ::testing::AssertionFailure()
           << "\"" << message << "\" has the code " << static_cast<int>(opened.code()) << ", not "
           << static_cast<int>(code);
  }
  for (const std::string& part : parts) {
    if (message.find(part) == std::string::npos)
      return ::testing::AssertionFailure() << "\"" << message << "\" lacks \"" << part << "\"";
  }
  std::cout << "  refused: " << message << "\n";
  return ::testing::AssertionSuccess();
}

TEST_F(ProjectTest, NewerSchemaIsRefused) {
  TempDir dir;
  const std::string path = saved_project(dir);
  run_sql(path, "UPDATE lumiere_project SET value = '3' WHERE key = 'schema_version'");
  EXPECT_TRUE(refused_with(path, core::MessageCode::ProjectNewerSchema,
                           {path,
                            "made by a newer version of Lumière (schema 3, this one "
                            "reads up to 2): update Lumière"}));
}

TEST_F(ProjectTest, MissingOrBadSchemaVersionIsRefused) {
  TempDir dir;
  const std::string path = saved_project(dir);
  run_sql(path, "UPDATE lumiere_project SET value = '0' WHERE key = 'schema_version'");
  EXPECT_TRUE(refused_with(path, core::MessageCode::ProjectBadSchemaVersion,
                           {path, "no valid schema_version"}));
  run_sql(path, "DELETE FROM lumiere_project WHERE key = 'schema_version'");
  EXPECT_TRUE(refused_with(path, core::MessageCode::ProjectBadSchemaVersion,
                           {path, "no valid schema_version"}));
}

TEST_F(ProjectTest, PlainGeoPackageIsNotAProject) {
  TempDir dir;
  const std::string path = dir.file("departements.gpkg");
  ASSERT_EQ(translate(departements_file(), path, {"-f", "GPKG"}), "");
  EXPECT_TRUE(refused_with(path, core::MessageCode::ProjectNotALumiereProject,
                           {path, "is a GeoPackage but not a Lumière project"}));
  // Our layer file (write_geopackage) is no project either.
  const std::string layers = dir.file("couche.gpkg");
  const core::VectorLayer layer = departements();
  ASSERT_TRUE(core::write_geopackage(layers, {&layer}, core::MapSpace{}).ok());
  EXPECT_TRUE(refused_with(layers, core::MessageCode::ProjectNotALumiereProject,
                           {"not a Lumière project"}));
  // What the window opens as map layers rather than as a project.
  EXPECT_FALSE(core::is_project_file(path));
  EXPECT_FALSE(core::is_project_file(layers));
  EXPECT_FALSE(core::is_project_file(departements_file()));
  EXPECT_FALSE(core::is_project_file(dir.file("absent.gpkg")));
}

TEST_F(ProjectTest, ProjectFileIsRecognisedEvenWhenItCannotBeOpened) {
  TempDir dir;
  const std::string path = saved_project(dir);
  EXPECT_TRUE(core::is_project_file(path));
  // A newer schema is still a project: the window says it cannot open it rather than showing
  // its layers as if they were plain map files.
  run_sql(path, "UPDATE lumiere_project SET value = '2' WHERE key = 'schema_version'");
  EXPECT_TRUE(core::is_project_file(path));
}

TEST_F(ProjectTest, OtherFilesAreRefused) {
  TempDir dir;
  const std::string text = dir.file("notes.gpkg");
  write_file(text, "Ceci n'est pas un projet.\n");
  EXPECT_TRUE(
      refused_with(text, core::MessageCode::ProjectNotAGeoPackage, {text, "is not a GeoPackage"}));
  const std::string empty = dir.file("vide.gpkg");
  write_file(empty, "");
  EXPECT_TRUE(refused_with(empty, core::MessageCode::ProjectNotAGeoPackage,
                           {empty, "is not a GeoPackage"}));
  // A GeoJSON file renamed: GDAL could read it, but it is no GeoPackage.
  const std::string geojson = dir.file("departements.gpkg");
  fs::copy_file(departements_file(), geojson);
  EXPECT_TRUE(refused_with(geojson, core::MessageCode::ProjectNotAGeoPackage,
                           {geojson, "is not a GeoPackage"}));
  EXPECT_TRUE(refused_with(dir.file("absent.gpkg"), core::MessageCode::ProjectNoSuchFile,
                           {"absent.gpkg: no such file"}));
  EXPECT_TRUE(
      refused_with(dir.path().string(), core::MessageCode::ProjectIsAFolder, {"is a folder"}));
  // A project cut short (half of its bytes).
  const std::string whole = saved_project(dir, "entier.gpkg");
  const std::string bytes = read_file(whole);
  const std::string cut = dir.file("coupe.gpkg");
  write_file(cut, std::string_view(bytes).substr(0, bytes.size() / 2));
  EXPECT_TRUE(refused_with(cut, core::MessageCode::ProjectDamaged,
                           {cut, "cannot be read, the file looks damaged or cut short"}));
}

// A lost table or column is no row to set aside: the file is refused (project_storage_test.cpp
// has the rows that break the model, which are set aside).
TEST_F(ProjectTest, LostTablesAndColumnsAreRefused) {
  TempDir dir;
  struct Case {
    const char* sql;
    std::vector<std::string> message;
  };
  const Case cases[] = {
      {"DROP TABLE lumiere_documents", {"the table lumiere_documents", "missing"}},
      {"ALTER TABLE structures DROP COLUMN siren", {"structures", "siren"}},
  };
  for (std::size_t i = 0; i < std::size(cases); ++i) {
    SCOPED_TRACE(cases[i].sql);
    const std::string path = saved_project(dir, "cas-" + std::to_string(i) + ".gpkg");
    ASSERT_TRUE(core::open_project(path).ok());
    run_sql(path, cases[i].sql);
    auto opened = core::open_project(path);
    ASSERT_FALSE(opened.ok());
    const std::string message = core::testing::text(opened.error());
    for (const std::string& part : cases[i].message) {
      EXPECT_NE(message.find(part), std::string::npos) << message << " lacks " << part;
    }
    EXPECT_NE(message.find(path), std::string::npos);
  }
}

// What QGIS does: GDAL lists the layers (Lambert-93 polygons) and the tables (no geometry) with
// their feature counts.
TEST_F(ProjectTest, OpensInGdalAsOrdinaryLayersAndTables) {
  auto project = random_project(5);
  project->layers.clear();
  project->layers.push_back(departements());
  TempDir dir;
  const std::string path = dir.file("projet.gpkg");
  ASSERT_TRUE(core::save_project(*project, path).ok());
  GDALAllRegister();
  auto* ds = static_cast<GDALDataset*>(
      GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
  ASSERT_NE(ds, nullptr);
  EXPECT_STREQ(ds->GetDriver()->GetDescription(), "GPKG");
  const core::Model& m = project->model();
  const core::CogRegistry& cog = project->cog();
  const std::map<std::string, std::size_t> tables = {
      {"lumiere_project", 9},  // with rows_checked_at and prepared_at
      {"lumiere_layers", 1},
      {"lumiere_prepared", 1},  // the levels of detail of the layer
      {"usages", m.usages().size()},
      {"structures", m.structures().size()},
      {"memberships", m.memberships().size()},
      {"indicator_values", m.indicators().size()},
      {"lumiere_documents", project->documents.size()},
      {"cog_communes", cog.communes().size()},
      {"cog_departements", cog.departements().size()},
      {"cog_regions", cog.regions().size()},
      {"cog_epci", cog.epcis().size()},
  };
  std::map<std::string, std::size_t> listed;
  for (OGRLayer* layer : ds->GetLayers()) {
    const std::string name = layer->GetName();
    listed[name] = static_cast<std::size_t>(layer->GetFeatureCount());
    if (tables.count(name)) {
      EXPECT_EQ(layer->GetGeomType(), wkbNone) << name;
    } else {
      EXPECT_EQ(name, "departements-avec-outre-mer");
      EXPECT_EQ(wkbFlatten(layer->GetGeomType()), wkbMultiPolygon);
      ASSERT_NE(layer->GetSpatialRef(), nullptr);
      EXPECT_STREQ(layer->GetSpatialRef()->GetAuthorityCode(nullptr), "2154");
    }
  }
  for (const auto& [name, count] : tables) {
    ASSERT_TRUE(listed.count(name)) << name << " is not listed";
    EXPECT_EQ(listed[name], count) << name;
  }
  EXPECT_EQ(listed["departements-avec-outre-mer"], project->layers[0].feature_count());
  EXPECT_EQ(listed.size(), tables.size() + 1);
  // GeoPackage "attributes" tables: QGIS offers them as tables.
  OGRLayer* contents = ds->ExecuteSQL(
      "SELECT COUNT(*) FROM gpkg_contents WHERE data_type = 'attributes'", nullptr, "SQLITE");
  ASSERT_NE(contents, nullptr);
  std::unique_ptr<OGRFeature> row(contents->GetNextFeature());
  EXPECT_EQ(row->GetFieldAsInteger(0), static_cast<int>(tables.size()));
  ds->ReleaseResultSet(contents);
  GDALClose(ds);
}

TEST_F(ProjectTest, RefusedSaveLeavesThePreviousFileUnchanged) {
  TempDir dir;
  const std::string path = saved_project(dir);
  const std::string before = read_file(path);
  auto project = random_project(4);
  project->layers.push_back(departements());
  project->layers.back().name = "usages";
  const core::ProjectInfo info = project->info;
  const core::Status st = core::save_project(*project, path);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.code(), core::MessageCode::ProjectNotSaved);
  ASSERT_TRUE(st.error().cause);
  EXPECT_EQ(st.error().cause->code, core::MessageCode::ProjectLayerNameReserved);
  EXPECT_EQ(core::testing::text(st.error()),
            path +
                ": not saved, the layer name \"usages\" is a table of the project file; "
                "rename the layer");
  EXPECT_EQ(read_file(path), before);
  EXPECT_EQ(project->info.saved, info.saved);  // not saved: nothing changed
  const core::Status nowhere = core::save_project(*project, dir.file("absent/projet.gpkg"));
  ASSERT_FALSE(nowhere.ok());
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir.path())) files += e.is_regular_file();
  EXPECT_EQ(files, 1u);
}

}  // namespace
}  // namespace lumiere::test
