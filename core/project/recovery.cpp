// The window's recovery file: a project's pending changes as JSON (project.h).
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "core/model/model_commands.h"
#include "core/project/project.h"
#include "core/project/project_schema.h"

namespace lumiere::core {
namespace fs = std::filesystem;
using json = nlohmann::json;
using namespace project_schema;

namespace {

json optional_text(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }
std::optional<std::string> optional_text(const json& j) {
  if (j.is_null()) return std::nullopt;
  return j.get<std::string>();
}

json to_json(const Structure& s) {
  return {{"id", s.id},        {"name", s.name},         {"kind", id_of(kStructureKinds, s.kind)},
          {"siren", s.siren},  {"seat", s.seat_commune}, {"contact", s.contact},
          {"usages", s.usages}};
}
json to_json(const Membership& m) {
  return {{"structure", m.structure_id},     {"kind", id_of(kMemberKinds, m.member_kind)},
          {"code", m.member_code},           {"since", optional_text(m.since)},
          {"until", optional_text(m.until)}, {"usages", m.usages}};
}
json to_json(const IndicatorValue& v) {
  return {{"commune", v.commune},
          {"usage", v.usage},
          {"vintage", v.vintage},
          {"adopted", v.adopted ? json(*v.adopted) : json(nullptr)},
          {"level", v.level ? json(*v.level) : json(nullptr)},
          {"date", optional_text(v.adoption_date)},
          {"source", v.source}};
}

template <class E, std::size_t N>
E enum_of(const std::pair<E, const char*> (&table)[N], const json& j) {
  const auto v = from_id(table, j.get<std::string>());
  if (!v) throw std::invalid_argument("unknown id " + j.get<std::string>());
  return *v;
}

}  // namespace

std::string change_set_to_json(const ChangeSet& changes) {
  const ModelChanges& m = changes.model;
  json out = {{"format", "lumiere-changes"}, {"version", 1}};
  if (m.usages) {
    json usages = json::array();
    for (const Usage& u : *m.usages)
      usages.push_back({{"id", u.id}, {"label", u.label}, {"family", u.family}});
    out["usages"] = usages;
  }
  json put = json::array(), removed = json::array();
  for (const Structure& s : m.structures_put) put.push_back(to_json(s));
  out["structures_put"] = put;
  out["structures_removed"] = m.structures_removed;
  put = json::array();
  for (const Membership& x : m.memberships_put) put.push_back(to_json(x));
  out["memberships_put"] = put;
  for (const auto& [s, kind, code] : m.memberships_removed)
    removed.push_back({s, id_of(kMemberKinds, kind), code});
  out["memberships_removed"] = removed;
  put = json::array();
  removed = json::array();
  for (const IndicatorValue& v : m.indicators_put) put.push_back(to_json(v));
  out["indicators_put"] = put;
  for (const auto& [usage, vintage, commune] : m.indicators_removed)
    removed.push_back({usage, vintage, commune});
  out["indicators_removed"] = removed;
  out["info"] = changes.info;
  if (changes.documents) {
    json docs = json::array();
    for (const ProjectDocument& d : *changes.documents)
      docs.push_back({{"kind", d.kind}, {"name", d.name}, {"json", d.json}});
    out["documents"] = docs;
  }
  return out.dump();
}

Result<ChangeSet> change_set_from_json(const std::string& text) {
  ChangeSet out;
  try {
    const json j = json::parse(text);
    if (j.value("format", "") != "lumiere-changes") throw std::invalid_argument("not a change set");
    ModelChanges& m = out.model;
    if (j.contains("usages")) {
      m.usages.emplace();
      for (const json& u : j["usages"]) m.usages->push_back({u["id"], u["label"], u["family"]});
    }
    for (const json& s : j.at("structures_put")) {
      m.structures_put.push_back({s["id"], s["name"], enum_of(kStructureKinds, s["kind"]),
                                  s["siren"], s["seat"], s["contact"],
                                  s["usages"].get<std::vector<std::string>>()});
    }
    m.structures_removed = j.at("structures_removed").get<std::vector<std::string>>();
    for (const json& x : j.at("memberships_put")) {
      Membership mb;
      mb.structure_id = x["structure"];
      mb.member_kind = enum_of(kMemberKinds, x["kind"]);
      mb.member_code = x["code"];
      mb.since = optional_text(x["since"]);
      mb.until = optional_text(x["until"]);
      mb.usages = x["usages"].get<std::vector<std::string>>();
      m.memberships_put.push_back(std::move(mb));
    }
    for (const json& k : j.at("memberships_removed"))
      m.memberships_removed.emplace_back(k[0], enum_of(kMemberKinds, k[1]), k[2]);
    for (const json& x : j.at("indicators_put")) {
      IndicatorValue v;
      v.commune = x["commune"];
      v.usage = x["usage"];
      v.vintage = x["vintage"];
      if (!x["adopted"].is_null()) v.adopted = x["adopted"].get<bool>();
      if (!x["level"].is_null()) v.level = x["level"].get<double>();
      v.adoption_date = optional_text(x["date"]);
      v.source = x["source"];
      m.indicators_put.push_back(std::move(v));
    }
    for (const json& k : j.at("indicators_removed"))
      m.indicators_removed.emplace_back(k[0], k[1].get<int>(), k[2]);
    out.info = j.at("info").get<std::vector<std::pair<std::string, std::string>>>();
    if (j.contains("documents")) {
      out.documents.emplace();
      for (const json& d : j["documents"])
        out.documents->push_back({d["kind"], d["name"], d["json"]});
    }
  } catch (const std::exception& e) {
    return Error{MessageCode::RecoveryUnreadable, {"", e.what()}};
  }
  return out;
}

std::string recovery_path_of(const std::string& project_file) {
  const fs::path p(project_file);
  return (p.parent_path() / ("." + p.stem().string() + ".recovery.json")).string();
}

namespace {

std::string host_name() {
  char host[256] = {};
  if (::gethostname(host, sizeof host - 1) != 0) return "unknown";
  return host;
}

// Removes the temporaries of recovery files that a process of this host killed mid-write left
// (".<name>.recovery.json.tmp-<host>-<pid>" whose pid runs no more); another host's are its own.
void remove_stale_temporaries(const std::string& path) {
  const fs::path p(path);
  const std::string prefix = p.filename().string() + ".tmp-" + host_name() + "-";
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(p.parent_path(), ec)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix)) continue;
    char* end = nullptr;
    const long pid = std::strtol(name.c_str() + prefix.size(), &end, 10);
    if (*end != '\0' || pid <= 0 || pid == static_cast<long>(::getpid())) continue;
    if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM) continue;  // still running
    fs::remove(entry.path(), ec);
  }
}

}  // namespace

Status write_recovery(const Project& project) {
  const std::string path = recovery_path_of(project.file());
  remove_stale_temporaries(path);
  const std::string text = change_set_to_json(project.pending_changes());
  const std::string temp = path + ".tmp-" + host_name() + "-" + std::to_string(::getpid());
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  auto failed = [&](int err) -> Status {
    if (fd >= 0) ::close(fd);
    ::unlink(temp.c_str());
    return Error{MessageCode::RecoveryCannotWrite, {path, std::strerror(err)}};
  };
  if (fd < 0) return failed(errno);
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0) return failed(errno);
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) return failed(errno);
  ::close(fd);
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    return Error{MessageCode::RecoveryCannotWrite, {path, std::strerror(err)}};
  }
  return Done{};
}

Status apply_recovery(Project& project) {
  const std::string path = recovery_path_of(project.file());
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  if (in) text << in.rdbuf();
  if (!in) return Error{MessageCode::RecoveryUnreadable, {path, std::strerror(errno)}};
  auto changes = change_set_from_json(text.str());
  if (!changes) return Error{MessageCode::RecoveryUnreadable, {path, changes.error().args.at(1)}};
  ApplyChanges apply(std::move(changes->model));
  if (Status st = apply.apply(project.model()); !st) {
    return because(Error{MessageCode::RecoveryUnreadable, {path, ""}}, st.error());
  }
  for (const auto& [key, value] : changes->info) {
    if (key == "title") project.info.title = value;
    if (key == "description") project.info.description = value;
  }
  if (changes->documents) project.documents = std::move(*changes->documents);
  return Done{};
}

void remove_recovery(const std::string& project_file) {
  std::error_code ec;
  fs::remove(recovery_path_of(project_file), ec);
  remove_stale_temporaries(recovery_path_of(project_file));
}

}  // namespace lumiere::core
