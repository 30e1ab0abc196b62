#include "model_fixture.h"

#include <stdexcept>

#include "message_testing.h"
#include "test_data.h"

namespace lumiere::test {

const core::CogRegistry& fixture_cog() {
  static const core::CogRegistry cog = [] {
    TempDir dir;
    std::string communes = "[";
    const struct {
      const char* code;
      int population;
    } rows[] = {{"17001", 120},   {"17002", 499},   {"17003", 500},  {"17004", 1500},
                {"17005", 2500},  {"17006", 4000},  {"17007", 8000}, {"17008", 30000},
                {"17009", 60000}, {"17010", 150000}};
    for (const auto& r : rows) {
      communes += std::string(R"({"code":")") + r.code + R"(","nom":"Commune )" + r.code +
                  R"(","type":"commune-actuelle","departement":"17","region":"75","population":)" +
                  std::to_string(r.population) + "},";
    }
    communes += R"({"code":"17999","nom":"Ancienne","type":"commune-deleguee","departement":"17",)"
                R"("region":"75","chefLieu":"17001"}])";
    write_file(dir.file("communes.json"), communes);
    write_file(dir.file("departements.json"),
               R"([{"code":"17","nom":"Charente-Maritime","region":"75","chefLieu":"17300"}])");
    write_file(dir.file("regions.json"),
               R"([{"code":"75","nom":"Nouvelle-Aquitaine","chefLieu":"33063"}])");
    write_file(dir.file("epci.json"), R"([
      {"code":"200000001","nom":"CC Une","type":"CC","populationTotale":1119,
       "membres":[{"code":"17001"},{"code":"17002"},{"code":"17003"}]},
      {"code":"200000002","nom":"CC Deux","type":"CC","populationTotale":8000,
       "membres":[{"code":"17004"},{"code":"17005"},{"code":"17006"}]},
      {"code":"200000003","nom":"CA Trois","type":"CA","populationTotale":210000,
       "membres":[{"code":"17009"},{"code":"17010"}]}])");
    auto loaded = core::CogRegistry::load(dir.path().string());
    if (!loaded) throw std::runtime_error(core::testing::text(loaded.error()));
    return std::move(loaded).value();
  }();
  return cog;
}

}  // namespace lumiere::test
