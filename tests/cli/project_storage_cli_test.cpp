// The project file as a database (issue 17, "What must show"), end to end: `lumiere import`,
// `stats`, `render` and `repair` run by an unprivileged user on copies of a real project (the demo,
// built once and kept beside this executable while the lumiere binary is not rebuilt). As root,
// the commands run as uid 4343 (groups 4300) through setpriv and other users are forked children
// that switch uid for real; run by anyone else, the commands run as that user and the parts that
// need a second user are skipped. Holders of a project's lock are forked children that open it
// for editing with core::open_project, as the window does.
#include <fcntl.h>
#include <grp.h>
#include <gtest/gtest.h>
#include <pwd.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "cli_runner.h"
#include "core/project/file_lock.h"
#include "core/project/project.h"
#include "tests/support/forked_holder.h"

namespace {
namespace fs = std::filesystem;

using lumiere::test::ForkedHolder;
using lumiere::test::Identity;
using lumiere::test::kData;
using lumiere::test::kEnglish;
using lumiere::test::kLumiere;
using lumiere::test::run_lumiere;
using lumiere::test::RunResult;
using lumiere::test::set_test_language;
using lumiere::test::SharedDir;

constexpr int kRunSeconds = 30;  // bound of every command run here
constexpr std::size_t kPage = 4096;

// As root: the user who runs the commands, and a colleague sharing the group 4300.
const Identity kUser{4343, 4343, {4300}};
const Identity kColleague{4242, 4300, {4300}};
constexpr gid_t kSharedGroup = 4300;

bool is_root() { return ::geteuid() == 0; }

// What runs a command as the user: setpriv as root, nothing otherwise.
std::vector<std::string> as_user() {
  if (!is_root()) return {};
  return {"setpriv", "--reuid=" + std::to_string(kUser.uid), "--regid=" + std::to_string(kUser.gid),
          "--groups=" + std::to_string(kUser.groups[0]), "--"};
}

// The name the lock's info file gives a uid: its passwd name, else the number.
std::string name_of(uid_t uid) {
  const passwd* pw = ::getpwuid(uid);
  return pw && pw->pw_name && pw->pw_name[0] ? pw->pw_name : std::to_string(uid);
}

std::string host_name() {
  char buffer[256] = {};
  ::gethostname(buffer, sizeof buffer - 1);
  return buffer;
}

// Runs `argv` (bounded by `timeout`), output discarded; its exit status.
int run_command(std::vector<std::string> argv) {
  argv.insert(argv.begin(), {"timeout", std::to_string(kRunSeconds)});
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, STDOUT_FILENO);
    ::dup2(null, STDERR_FILENO);
    std::vector<char*> args;
    for (std::string& a : argv) args.push_back(a.data());
    args.push_back(nullptr);
    ::execvp(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

void write_file(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// A hash of each page of a file, to count the pages a command wrote.
std::vector<std::size_t> page_hashes(const std::string& path) {
  std::vector<std::size_t> hashes;
  std::ifstream in(path, std::ios::binary);
  std::string page(kPage, '\0');
  while (in.read(page.data(), kPage) || in.gcount() > 0) {
    hashes.push_back(std::hash<std::string_view>{}(std::string_view(page.data(), in.gcount())));
  }
  return hashes;
}
std::size_t pages_changed(const std::vector<std::size_t>& a, const std::vector<std::size_t>& b) {
  std::size_t n = std::max(a.size(), b.size()) - std::min(a.size(), b.size());
  for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) n += a[i] != b[i];
  return n;
}

// Runs one statement on a SQLite file (as this process); the rowid it inserted, or -1 on error.
long long execute_sql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  long long rowid = -1;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK &&
      sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK) {
    rowid = sqlite3_last_insert_rowid(db);
  } else {
    ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db);
  }
  sqlite3_close(db);
  return rowid;
}

// The indicator values of `usage` and `vintage` in the project, commune -> adopted (0 or 1).
std::map<std::string, int> values_of(const std::string& path, int vintage,
                                     const std::string& usage = "actes") {
  std::map<std::string, int> values;
  sqlite3* db = nullptr;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
      sqlite3_prepare_v2(db,
                         "SELECT commune, adopted FROM indicator_values WHERE usage = ? AND "
                         "vintage = ?",
                         -1, &st, nullptr) == SQLITE_OK) {
    sqlite3_bind_text(st, 1, usage.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 2, vintage);
    while (sqlite3_step(st) == SQLITE_ROW) {
      values[reinterpret_cast<const char*>(sqlite3_column_text(st, 0))] = sqlite3_column_int(st, 1);
    }
  } else {
    ADD_FAILURE() << "cannot read " << path << ": " << sqlite3_errmsg(db);
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return values;
}

// The identity of a file as the user sees it.
struct FileState {
  ino_t ino;
  mode_t mode;
  uid_t uid;
  gid_t gid;
  nlink_t links;
  bool operator==(const FileState&) const = default;
};
FileState state_of(const std::string& path) {
  struct stat st {};
  EXPECT_EQ(::stat(path.c_str(), &st), 0) << path;
  return {st.st_ino, st.st_mode, st.st_uid, st.st_gid, st.st_nlink};
}
std::ostream& operator<<(std::ostream& os, const FileState& s) {
  return os << "inode " << s.ino << ", mode " << std::oct << s.mode << std::dec << ", owner "
            << s.uid << ":" << s.gid << ", " << s.links << " links";
}

// A forked child that opens a project for editing (core::open_project, OpenMode::Edit: it takes
// the project's lock), as `who` when given, and keeps it open until release() or kill(); said()
// is "y" when it holds the project for editing, "r" when it opened read-only, "e" when it could
// not open it.
class Holder : public ForkedHolder {
 public:
  Holder(const std::string& path, std::optional<Identity> who)
      : ForkedHolder(
            [path] {
              lumiere::core::OpenOptions options;
              options.mode = lumiere::core::OpenMode::Edit;
              options.layers = false;
              options.indicator_usages = std::vector<std::string>{};
              auto project = std::make_shared<lumiere::core::Result<lumiere::core::Project>>(
                  lumiere::core::open_project(path, options));
              const char* said = !*project ? "e" : (*project)->read_only() ? "r" : "y";
              return std::pair<std::string, std::shared_ptr<void>>(said, project);
            },
            std::move(who)) {}
};

class ProjectStorageCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    set_test_language(kEnglish);
    demo_ = new std::string(cached_demo());
    // The user runs a copy of lumiere in a folder every user reaches: the checkout may sit in a
    // folder only root may enter (/root, say); the commands run as the user need nothing else
    // of it (the projects hold their COG; translations are compiled in).
    user_lumiere_ = new std::string(kLumiere);
    if (is_root()) {
      bin_dir_ = new SharedDir("/tmp/lumiere-bin-XXXXXX");
      const std::string copy = bin_dir_->file("lumiere");
      std::error_code ec;
      fs::copy_file(kLumiere, copy, ec);
      fs::permissions(copy, static_cast<fs::perms>(0755), ec);
      if (!ec) *user_lumiere_ = copy;
    }
  }
  static void TearDownTestSuite() {
    delete user_lumiere_;
    user_lumiere_ = nullptr;
    delete bin_dir_;
    bin_dir_ = nullptr;
    delete demo_;
    delete own_demo_dir_;
    own_demo_dir_ = nullptr;
  }
  void SetUp() override {
    set_test_language(kEnglish);
    ASSERT_TRUE(fs::exists(kLumiere)) << kLumiere << " is missing: build the lumiere target";
    ASSERT_TRUE(fs::exists(kData + "/cog/communes.json"))
        << "the sample data is missing in " << kData << ": run scripts/fetch-data";
    ASSERT_FALSE(demo_->empty()) << "lumiere demo failed";
    ASSERT_FALSE(dir_.path().empty());
    if (is_root()) {
      std::vector<std::string> check = as_user();
      check.insert(check.end(), {"sh", "-c", "test -x \"$1\" && test -w \"$2\"", "sh",
                                 *user_lumiere_, dir_.path().string()});
      ASSERT_EQ(run_command(check), 0)
          << "uid " << kUser.uid << " cannot run " << *user_lumiere_ << " or write " << dir_.path();
    }
  }

  // The demo project, made once with `lumiere demo` and kept beside this executable (a project
  // of 34,969 communes takes seconds to make; each test of this file runs in its own process
  // under ctest). Made again when lumiere or the data is newer. When that folder is not ours to
  // write, made for this process only. Empty when demo failed.
  static std::string cached_demo() {
    const fs::path dir = fs::read_symlink("/proc/self/exe").parent_path();
    const fs::path cache = dir / "project_storage_demo.gpkg";
    const int lock =
        ::open((dir / ".project_storage_demo.lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (lock < 0 || ::flock(lock, LOCK_EX) != 0) {
      if (lock >= 0) ::close(lock);
      own_demo_dir_ = new SharedDir;
      return make_demo(own_demo_dir_->path() / "demo.gpkg") ? own_demo_dir_->file("demo.gpkg")
                                                            : std::string();
    }
    std::error_code ec;
    const auto made = fs::last_write_time(cache, ec);
    bool ok = true;
    if (ec || made < fs::last_write_time(kLumiere) ||
        made < fs::last_write_time(kData + "/cog/communes.json")) {
      const fs::path temporary = dir / "project_storage_demo.tmp.gpkg";
      fs::remove(temporary, ec);
      ok = make_demo(temporary);
      if (ok) fs::rename(temporary, cache);
    }
    ::close(lock);
    return ok ? cache.string() : std::string();
  }
  static bool make_demo(const fs::path& path) {
    const RunResult r = run_lumiere({"demo", "--out", path.string()});
    if (r.status != 0) ADD_FAILURE() << "lumiere demo: " << r.err;
    return r.status == 0;
  }

  // A copy of the demo at `path`, with this owner, group and mode (owner and group as root only).
  void copy_demo(const std::string& path, std::optional<Identity> owner = std::nullopt,
                 gid_t group = static_cast<gid_t>(-1), mode_t mode = 0644) const {
    fs::copy_file(*demo_, path, fs::copy_options::overwrite_existing);
    chown_to(path, owner, group);
    ::chmod(path.c_str(), mode);
  }
  static void chown_to(const std::string& path, std::optional<Identity> owner,
                       gid_t group = static_cast<gid_t>(-1)) {
    if (!is_root() || !owner) return;
    ASSERT_EQ(
        ::chown(path.c_str(), owner->uid, group == static_cast<gid_t>(-1) ? owner->gid : group), 0);
  }
  // A table of values for `lumiere import indicators`: commune code -> "oui" or "non".
  std::string csv(const std::string& name, const std::map<std::string, std::string>& rows) const {
    std::string text = "code;adhesion\n";
    for (const auto& [code, value] : rows) text += code + ";" + value + "\n";
    const std::string path = dir_.file(name);
    write_file(path, text);
    return path;
  }
  // `lumiere ARGS` as the user.
  static RunResult run(const std::vector<std::string>& args, int timeout = kRunSeconds) {
    return run_lumiere(args, std::nullopt, timeout, as_user(), *user_lumiere_);
  }
  static RunResult import(const std::string& project, const std::string& table, int vintage,
                          std::optional<int> wait = std::nullopt) {
    std::vector<std::string> args = {"import",  "indicators", "--project", project,
                                     "--usage", "actes",      "--vintage", std::to_string(vintage),
                                     table};
    if (wait) args.insert(args.end(), {"--wait", std::to_string(*wait)});
    return run(args);
  }

  // Imports twice into `given` (the second import changes the same values, as a save does) and
  // checks that the file behind it (`real`) is the same file each time, holding the new values,
  // of which the import wrote far less than a megabyte.
  void expect_imports_in_place(const std::string& given, const std::string& real) const {
    const FileState before = state_of(real);
    const std::vector<std::size_t> pages_before = page_hashes(real);
    const auto size_before = fs::file_size(real);
    struct {
      std::map<std::string, std::string> rows;
      std::map<std::string, int> expected;
    } const imports[] = {{{{"01001", "oui"}, {"01002", "non"}}, {{"01001", 1}, {"01002", 0}}},
                         {{{"01001", "non"}, {"01002", "oui"}}, {{"01001", 0}, {"01002", 1}}}};
    int n = 0;
    for (const auto& step : imports) {
      const std::vector<std::size_t> pages = page_hashes(real);
      const RunResult r =
          import(given, csv("values" + std::to_string(++n) + ".csv", step.rows), 2025);
      ASSERT_EQ(r.status, 0) << "import " << n << ": " << r.err;
      EXPECT_EQ(r.err, "") << "import " << n;
      EXPECT_EQ(state_of(real), before) << "import " << n << " replaced or changed the file";
      EXPECT_EQ(values_of(given, 2025), step.expected) << "import " << n;
      const std::size_t changed = pages_changed(pages, page_hashes(real));
      EXPECT_GT(changed, 0u) << "import " << n;
      EXPECT_LT(changed * kPage, 1u << 20) << "import " << n << " wrote " << changed << " pages";
      EXPECT_FALSE(fs::exists(real + "-journal")) << "import " << n << " left its journal";
    }
    EXPECT_LT(fs::file_size(real), size_before + (1u << 20));
    EXPECT_LT(pages_changed(pages_before, page_hashes(real)) * kPage, 1u << 20);
    EXPECT_EQ(values_of(real, 2024).size(), values_of(*demo_, 2024).size())
        << "the other values must stay";
  }

  static std::string* demo_;
  static SharedDir* own_demo_dir_;
  static SharedDir* bin_dir_;         // the copy of lumiere the user runs (as root)
  static std::string* user_lumiere_;  // the demo's folder when it is not kept beside the executable
  SharedDir dir_;
};
std::string* ProjectStorageCli::demo_ = nullptr;
SharedDir* ProjectStorageCli::own_demo_dir_ = nullptr;
SharedDir* ProjectStorageCli::bin_dir_ = nullptr;
std::string* ProjectStorageCli::user_lumiere_ = nullptr;

// Through a symbolic link: the link stays a link to the same file, which is changed in place.
TEST_F(ProjectStorageCli, ImportThroughASymbolicLinkKeepsTheLinkAndTheFile) {
  const std::string folder = dir_.file("partage");
  fs::create_directory(folder);
  chown_to(folder, kUser);
  const std::string real = folder + "/projet.gpkg";
  copy_demo(real, kUser);
  const std::string link = dir_.file("lien.gpkg");
  fs::create_symlink(real, link);
  expect_imports_in_place(link, real);
  EXPECT_TRUE(fs::is_symlink(link)) << "the link was replaced by a file";
  EXPECT_EQ(fs::read_symlink(link), real);
}

// A project of the user's group (mode 660, owned by a colleague): still the colleague's, with
// its mode, after the user's imports.
TEST_F(ProjectStorageCli, ImportIntoAProjectOfTheGroupKeepsOwnerGroupAndMode) {
  if (!is_root())
    GTEST_SKIP() << "needs a second user (a colleague owning the project): run as root";
  const std::string project = dir_.file("groupe.gpkg");
  copy_demo(project, kColleague, kSharedGroup, 0660);
  expect_imports_in_place(project, project);
  const FileState after = state_of(project);
  EXPECT_EQ(after.uid, kColleague.uid);
  EXPECT_EQ(after.gid, kSharedGroup);
  EXPECT_EQ(after.mode & 07777, 0660u);
}

// A project with a second name (hard link): both names still reach the one file, which holds
// the new values.
TEST_F(ProjectStorageCli, ImportIntoAHardLinkedProjectKeepsBothNames) {
  const std::string project = dir_.file("projet.gpkg");
  copy_demo(project, kUser);
  const std::string other = dir_.file("autre-nom.gpkg");
  fs::create_hard_link(project, other);
  expect_imports_in_place(project, project);
  EXPECT_EQ(fs::hard_link_count(project), 2u);
  EXPECT_EQ(state_of(other).ino, state_of(project).ino);
  EXPECT_EQ(values_of(other, 2025), (std::map<std::string, int>{{"01001", 0}, {"01002", 1}}));
}

// A colleague's Lumière killed while editing leaves its info file, not its lock (the kernel
// drops it): the user's import takes the project over at once.
TEST_F(ProjectStorageCli, ALockLeftByAColleaguesKilledProcessIsTakenOver) {
  if (!is_root())
    GTEST_SKIP() << "needs a second user (the colleague who held the lock): run as root";
  const std::string project = dir_.file("repris.gpkg");
  copy_demo(project, kColleague, kSharedGroup, 0660);
  const std::string info = lumiere::core::FileLock::lock_path_of(project);
  {
    Holder colleague(project, kColleague);
    ASSERT_EQ(colleague.said(), "y") << "the colleague could not open the project for editing";
    ASSERT_TRUE(lumiere::core::FileLock::held_elsewhere(project));
    colleague.kill();
  }
  ASSERT_TRUE(fs::exists(info)) << "the killed holder should have left its info file";
  const RunResult r = import(project, csv("v.csv", {{"01001", "oui"}}), 2025, 0);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(values_of(project, 2025), (std::map<std::string, int>{{"01001", 1}}));
  EXPECT_TRUE(!fs::exists(info) || fs::file_size(info) == 0)
      << "the info file still names the dead colleague";
  EXPECT_EQ(state_of(project).uid, kColleague.uid);
}

// Two imports at once by one user: the second waits for the first's commit, then reads it and
// adds its own value: both land.
TEST_F(ProjectStorageCli, TwoImportsAtOnceBothLand) {
  const std::string project = dir_.file("ensemble.gpkg");
  copy_demo(project, kUser);
  const std::string a = csv("a.csv", {{"01001", "oui"}});
  const std::string b = csv("b.csv", {{"01002", "non"}});
  RunResult ra, rb;
  std::thread first([&] { ra = import(project, a, 2025); });
  std::thread second([&] { rb = import(project, b, 2025); });
  first.join();
  second.join();
  EXPECT_EQ(ra.status, 0) << ra.err;
  EXPECT_EQ(rb.status, 0) << rb.err;
  EXPECT_EQ(ra.err + rb.err, "");
  EXPECT_EQ(values_of(project, 2025), (std::map<std::string, int>{{"01001", 1}, {"01002", 0}}));
}

// Held by another Lumière, `--wait 0` refuses at once with one line naming who holds it, where;
// released, the import lands.
TEST_F(ProjectStorageCli, ImportWithoutWaitingNamesTheHolder) {
  const std::string project = dir_.file("tenu.gpkg");
  // As root the holder is a colleague, so the name must be the holder's, not the user's.
  const std::optional<Identity> holder_identity =
      is_root() ? std::optional<Identity>(kColleague) : std::nullopt;
  copy_demo(project, holder_identity, kSharedGroup, 0660);
  Holder holder(project, holder_identity);
  ASSERT_EQ(holder.said(), "y") << "the holder could not open the project for editing";
  const std::vector<std::size_t> before = page_hashes(project);
  const RunResult r = import(project, csv("v.csv", {{"01001", "oui"}}), 2025, 0);
  EXPECT_EQ(r.status, 1) << r.out << r.err;
  EXPECT_LT(r.seconds, 2.0) << "--wait 0 waited";
  const std::vector<std::string> lines = lines_of(r.err);
  ASSERT_EQ(lines.size(), 1u) << r.err;
  const std::string holder_name = name_of(is_root() ? kColleague.uid : ::getuid());
  EXPECT_NE(lines[0].find("is being edited by " + holder_name + " on " + host_name() + " since "),
            std::string::npos)
      << lines[0];
  EXPECT_NE(lines[0].find(project), std::string::npos) << lines[0];
  EXPECT_EQ(page_hashes(project), before) << "a refused import wrote into the project";
  holder.release();
  const RunResult again = import(project, csv("v.csv", {{"01001", "oui"}}), 2025, 0);
  EXPECT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(values_of(project, 2025), (std::map<std::string, int>{{"01001", 1}}));
}

// A read-only folder (the project writable, but no journal can be written beside it): one line
// saying so, exit 1, the project unchanged.
TEST_F(ProjectStorageCli, ReadOnlyFolderIsRefusedUnchanged) {
  const std::string folder = dir_.file("lecture");
  fs::create_directory(folder);
  const std::string project = folder + "/projet.gpkg";
  const std::optional<Identity> owner =
      is_root() ? std::optional<Identity>(kColleague) : std::nullopt;
  copy_demo(project, owner, static_cast<gid_t>(-1), 0666);
  chown_to(folder, owner);
  ::chmod(folder.c_str(), 0555);
  const std::vector<std::size_t> before = page_hashes(project);
  const RunResult r = import(project, csv("v.csv", {{"01001", "oui"}}), 2025);
  EXPECT_EQ(r.status, 1) << r.out << r.err;
  const std::vector<std::string> lines = lines_of(r.err);
  ASSERT_EQ(lines.size(), 1u) << r.err;
  EXPECT_NE(lines[0].find("its folder " + folder + " is read-only"), std::string::npos) << lines[0];
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(page_hashes(project), before) << "the project changed";
  EXPECT_FALSE(fs::exists(project + "-journal"));
}

// A read-only project file (mode 444, another's when run as root): exit 1 with one line naming
// it, the project unchanged.
TEST_F(ProjectStorageCli, ReadOnlyProjectFileIsRefusedUnchanged) {
  const std::string project = dir_.file("fige.gpkg");
  copy_demo(project, is_root() ? std::optional<Identity>(kColleague) : std::nullopt,
            static_cast<gid_t>(-1), 0444);
  const std::vector<std::size_t> before = page_hashes(project);
  const RunResult r = import(project, csv("v.csv", {{"01001", "oui"}}), 2025);
  EXPECT_EQ(r.status, 1) << r.out << r.err;
  const std::vector<std::string> lines = lines_of(r.err);
  ASSERT_EQ(lines.size(), 1u) << r.err;
  EXPECT_NE(lines[0].find(project), std::string::npos) << lines[0];
  EXPECT_EQ(page_hashes(project), before) << "the project changed";
}

// A project file the user may not write: the message says it is read-only (StoreFileReadOnly),
// not why the lock could not be taken, and does not ask to close it elsewhere.
TEST_F(ProjectStorageCli, ReadOnlyProjectFileMessageSaysReadOnly) {
  const std::string project = dir_.file("fige.gpkg");
  copy_demo(project, is_root() ? std::optional<Identity>(kColleague) : std::nullopt,
            static_cast<gid_t>(-1), 0444);
  const RunResult r = import(project, csv("v.csv", {{"01001", "oui"}}), 2025);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("read-only"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("close it there"), std::string::npos) << r.err;
}

// Damaged rows: a copy of the demo with one row that breaks the model.
struct Damage {
  const char* name;
  const char* table;
  const char* sql;  // the damage; an INSERT names its row by the rowid it gets
  long long fid;    // the row damaged (0: the row inserted)
};
std::ostream& operator<<(std::ostream& os, const Damage& d) { return os << d.name; }

class DamagedRows : public ProjectStorageCli, public ::testing::WithParamInterface<Damage> {};

// The rows a command set aside, as it said them ("lumiere <command>: warning: " left out).
std::set<std::string> warnings_of(const RunResult& r) {
  std::set<std::string> rows;
  for (const std::string& line : lines_of(r.err)) {
    const auto at = line.find(": warning: ");
    if (at != std::string::npos) rows.insert(line.substr(at + 11));
  }
  return rows;
}

// Every reading command goes on and names the same row; import refuses, pointing at repair;
// repair writes a copy that opens clean and takes imports.
TEST_P(DamagedRows, DamagedRowIsSetAsideTheSameEverywhereAndRepaired) {
  const Damage& damage = GetParam();
  const std::string project = dir_.file("abime.gpkg");
  copy_demo(project, kUser);
  const long long inserted = execute_sql(project, damage.sql);
  const long long fid = damage.fid ? damage.fid : inserted;
  const std::string row = "row " + std::to_string(fid) + " of the table " + damage.table + " (";

  const RunResult stats = run({"stats", "--project", project, "--usage", "actes"});
  EXPECT_EQ(stats.status, 0) << stats.err;
  const RunResult render = run({"render", "--project", project, "--out", dir_.file("carte.png")});
  EXPECT_EQ(render.status, 0) << render.err;
  EXPECT_TRUE(fs::exists(dir_.file("carte.png")));
  const std::set<std::string> said = warnings_of(stats);
  ASSERT_EQ(said.size(), 1u) << stats.err;
  EXPECT_NE(said.begin()->find(row), std::string::npos) << *said.begin();
  EXPECT_EQ(lines_of(stats.err).size(), 1u) << stats.err;
  EXPECT_EQ(warnings_of(render), said) << render.err;
  EXPECT_EQ(lines_of(render.err).size(), 1u) << render.err;

  const std::vector<std::size_t> before = page_hashes(project);
  const RunResult refused = import(project, csv("v.csv", {{"01001", "oui"}}), 2025);
  EXPECT_EQ(refused.status, 1) << refused.err;
  EXPECT_EQ(warnings_of(refused), said) << refused.err;
  EXPECT_NE(refused.err.find("lumiere repair " + project + " --out"), std::string::npos)
      << refused.err;
  EXPECT_EQ(page_hashes(project), before) << "a refused import wrote into the project";

  const std::string copy = dir_.file("repare.gpkg");
  const RunResult repair = run({"repair", project, "--out", copy});
  EXPECT_EQ(repair.status, 0) << repair.err;
  EXPECT_EQ(warnings_of(repair), said) << repair.err;
  EXPECT_EQ(page_hashes(project), before) << "repair changed the project";
  const RunResult clean = run({"stats", "--project", copy, "--usage", "actes"});
  EXPECT_EQ(clean.status, 0) << clean.err;
  EXPECT_EQ(clean.err, "") << "the repaired copy still has damaged rows";
  const RunResult imported = import(copy, csv("v.csv", {{"01001", "oui"}}), 2025);
  EXPECT_EQ(imported.status, 0) << imported.err;
  EXPECT_EQ(values_of(copy, 2025), (std::map<std::string, int>{{"01001", 1}}));
}

INSTANTIATE_TEST_SUITE_P(
    ProjectStorageCli, DamagedRows,
    ::testing::Values(Damage{"MembershipOfAnUnknownStructure", "memberships",
                             "UPDATE memberships SET structure_id = 'inconnue' WHERE fid = 1", 1},
                      Damage{"UsageWithAnEmptyId", "usages",
                             "INSERT INTO usages (id, label, family) VALUES ('', 'vide', 'essai')",
                             0},
                      Damage{"VintageThatIsNotAYear", "indicator_values",
                             "UPDATE indicator_values SET vintage = 'abc' WHERE fid = 1", 1}),
    [](const ::testing::TestParamInfo<Damage>& info) { return std::string(info.param.name); });

}  // namespace
