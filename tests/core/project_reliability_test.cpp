// No lost work (issue 5 point 4) at the project file: the lock of a project opened for editing
// (a forked child holding it, a second open in the same process, a killed holder), a save that
// runs out of space (a real tmpfs too small for the new file when the test may mount one, else a
// file-size limit in a forked child) and a cancelled save: the previous file stays byte for byte,
// no temporary is left, and the error is one sentence saying what to do.
#include <gtest/gtest.h>
#include <pwd.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <iostream>
#include <stop_token>
#include <thread>

#include "core/model/model_commands.h"
#include "core/project/file_lock.h"
#include "core/project/project.h"
#include "message_testing.h"
#include "test_data.h"

namespace lumiere::test {
namespace {

using core::OpenMode;
using core::Project;

class ProjectReliabilityTest : public DataTest {
 protected:
  void SetUp() override {
    DataTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(cog_registry().ok()) << core::testing::text(cog_registry().error());
  }
};

// A project over the real COG (5 MB of it in the file) with a value per current commune for
// `sets` (usage, vintage) pairs (0.5 MB each), and the départements layer when asked.
std::unique_ptr<Project> project_of(int sets, bool with_departements) {
  auto project = std::make_unique<Project>(*cog_registry());
  project->info.title = "fiabilité";
  std::vector<core::IndicatorValue> values;
  const auto& usages = project->model().usages();
  for (int k = 0; k < sets; ++k) {
    const std::string& usage = usages[static_cast<std::size_t>(k) % usages.size()].id;
    const int vintage = 2024 - k / static_cast<int>(usages.size());
    for (const core::CogCommune& c : project->cog().communes()) {
      if (c.type != core::CommuneType::Current) continue;
      values.push_back({c.code, usage, vintage, k % 2 == 0, 0.5, std::nullopt, "test"});
    }
  }
  if (!values.empty()) {
    const core::Status st = core::SetIndicatorValues(std::move(values)).apply(project->model());
    EXPECT_TRUE(st.ok()) << core::testing::text(st.error());
  }
  if (with_departements) {
    auto layers = core::load_layers({departements_file()});
    EXPECT_TRUE(layers.ok()) << core::testing::text(layers.error());
    if (layers.ok()) project->layers.push_back(std::move(layers->front()));
  }
  return project;
}

// Who holds a lock this process (or a child forked from it) takes, as the lock's message says.
std::string user_name() {
  const struct passwd* pw = getpwuid(getuid());
  return pw ? pw->pw_name : std::to_string(getuid());
}
std::string host_name() {
  char host[256] = {};
  gethostname(host, sizeof host - 1);
  return host;
}

std::vector<std::string> files_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// A forked child opens the project for editing and keeps it until killed; this process then
// gets it read-only, cannot save over it (nor can a project made here), can save elsewhere; once
// the child is killed (no destructor ran, its lock file is left) the lock is free again.
TEST_F(ProjectReliabilityTest, ProjectLockedByAnotherProcessOpensReadOnly) {
  TempDir dir;
  const std::string path = dir.file("projet.gpkg");
  ASSERT_TRUE(core::save_project(*project_of(1, false), path).ok());
  const std::string before = read_file(path);

  int ready[2];
  ASSERT_EQ(pipe(ready), 0);
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    close(ready[0]);
    auto project = core::open_project(path);
    const char ok = project.ok() && !project->read_only() ? 'y' : 'n';
    if (write(ready[1], &ok, 1) != 1) _exit(3);
    for (;;) pause();  // holds the lock until killed
  }
  close(ready[1]);
  char ok = 0;
  ASSERT_EQ(read(ready[0], &ok, 1), 1);
  close(ready[0]);
  ASSERT_EQ(ok, 'y') << "the child could not open the project for editing";
  EXPECT_TRUE(fs::exists(core::FileLock::lock_path_of(path)));

  {
    auto opened = core::open_project(path);
    ASSERT_TRUE(opened.ok()) << core::testing::text(opened.error());
    EXPECT_TRUE(opened->read_only());
    ASSERT_TRUE(opened->read_only_reason());
    EXPECT_EQ(opened->read_only_reason()->code, core::MessageCode::LockHeld);
    const std::string reason = core::testing::text(*opened->read_only_reason());
    std::cout << "  read-only because: " << reason << "\n";
    // The holder's user and host (this test's: the child is forked), since when it holds it.
    ASSERT_EQ(opened->read_only_reason()->args.size(), 4u);
    const std::string held = path + " is being edited by " + user_name() + " on " + host_name() +
                             " since " + opened->read_only_reason()->args[3];
    EXPECT_EQ(reason, held);
    EXPECT_EQ(opened->model().indicators().size(),
              project_of(1, false)->model().indicators().size());

    const core::Status over = core::save_project(*opened, path);
    ASSERT_FALSE(over.ok());
    std::cout << "  save refused: " << core::testing::text(over.error()) << "\n";
    EXPECT_EQ(over.code(), core::MessageCode::ProjectNotSavedReadOnly);
    EXPECT_EQ(core::testing::text(over.error()),
              path + ": not saved, this project was opened read-only; save it under another name");
    const core::Status other = core::save_project(*project_of(0, false), path);
    ASSERT_FALSE(other.ok());
    std::cout << "  save refused: " << core::testing::text(other.error()) << "\n";
    EXPECT_EQ(other.code(), core::MessageCode::ProjectNotSavedOverHeld);
    EXPECT_EQ(core::testing::text(other.error()),
              held + ", so it was not saved over; save under another name");
    EXPECT_EQ(read_file(path), before);

    const std::string copy = dir.file("copie.gpkg");
    const core::Status elsewhere = core::save_project(*opened, copy);
    ASSERT_TRUE(elsewhere.ok()) << core::testing::text(elsewhere.error());
    EXPECT_TRUE(core::open_project(copy).ok());
  }

  kill(child, SIGKILL);
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  EXPECT_TRUE(fs::exists(core::FileLock::lock_path_of(path)));  // left by the killed holder
  {
    auto opened = core::open_project(path);
    ASSERT_TRUE(opened.ok()) << core::testing::text(opened.error());
    EXPECT_FALSE(opened->read_only()) << core::testing::text(*opened->read_only_reason());
    const core::Status saved = core::save_project(*opened, path);
    EXPECT_TRUE(saved.ok()) << core::testing::text(saved.error());
  }
  // Released with the Project: the lock file goes with it.
  EXPECT_EQ(files_in(dir.path()), (std::vector<std::string>{"copie.gpkg", "projet.gpkg"}));
}

TEST_F(ProjectReliabilityTest, SecondOpenInTheSameProcessIsReadOnly) {
  TempDir dir;
  const std::string path = dir.file("projet.gpkg");
  ASSERT_TRUE(core::save_project(*project_of(1, false), path).ok());
  auto first = core::open_project(path);
  ASSERT_TRUE(first.ok()) << core::testing::text(first.error());
  EXPECT_FALSE(first->read_only());
  EXPECT_FALSE(first->read_only_reason());
  {
    auto second = core::open_project(path);
    ASSERT_TRUE(second.ok()) << core::testing::text(second.error());
    EXPECT_TRUE(second->read_only());
    ASSERT_TRUE(second->read_only_reason());
    EXPECT_EQ(second->read_only_reason()->code, core::MessageCode::LockHeldHere);
    EXPECT_EQ(core::testing::text(*second->read_only_reason()),
              path + " is already open for editing in this Lumière");
    EXPECT_FALSE(core::save_project(*second, path).ok());
  }
  // The holder saves over its file, again and again (the rename does not lose the lock).
  for (int i = 0; i < 2; ++i) {
    first->info.title = "save " + std::to_string(i);
    const core::Status saved = core::save_project(*first, path);
    ASSERT_TRUE(saved.ok()) << core::testing::text(saved.error());
    auto again = core::open_project(path);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->read_only());
    EXPECT_EQ(again->info.title, "save " + std::to_string(i));
  }
  // Moved, it still holds the lock; destroyed, it releases it.
  Project moved = std::move(*first);
  EXPECT_FALSE(moved.read_only());
  EXPECT_TRUE(core::open_project(path)->read_only());
  moved = Project(*cog_registry());
  EXPECT_FALSE(fs::exists(core::FileLock::lock_path_of(path)));
  auto third = core::open_project(path);
  ASSERT_TRUE(third.ok());
  EXPECT_FALSE(third->read_only());
}

TEST_F(ProjectReliabilityTest, ReadOnlyModeTakesNoLock) {
  TempDir dir;
  const std::string path = dir.file("projet.gpkg");
  ASSERT_TRUE(core::save_project(*project_of(1, false), path).ok());
  auto shown = core::open_project(path, OpenMode::ReadOnly);
  ASSERT_TRUE(shown.ok());
  EXPECT_TRUE(shown->read_only());
  ASSERT_TRUE(shown->read_only_reason());
  EXPECT_EQ(*shown->read_only_reason(),
            (core::Message{core::MessageCode::ProjectOpenedReadOnly, {path}, nullptr}));
  EXPECT_EQ(core::testing::text(*shown->read_only_reason()), path + " was opened read-only");
  EXPECT_FALSE(fs::exists(core::FileLock::lock_path_of(path)));
  auto edited = core::open_project(path);
  ASSERT_TRUE(edited.ok());
  EXPECT_FALSE(edited->read_only());
  EXPECT_FALSE(core::save_project(*shown, path).ok());
  EXPECT_TRUE(core::save_project(*edited, path).ok());
}

// A tmpfs mounted for the test, unmounted (lazily) and removed with it.
class SmallFileSystem {
 public:
  SmallFileSystem(const fs::path& where, std::size_t bytes) : where_(where) {
    fs::create_directories(where_);
    const std::string options = "size=" + std::to_string(bytes) + ",mode=0755";
    if (::mount("tmpfs", where_.c_str(), "tmpfs", 0, options.c_str()) == 0) {
      mounted_ = true;
    } else {
      why_ = std::strerror(errno);
    }
  }
  ~SmallFileSystem() {
    if (mounted_) ::umount2(where_.c_str(), MNT_DETACH);
  }
  bool mounted() const { return mounted_; }
  const std::string& why() const { return why_; }

 private:
  fs::path where_;
  bool mounted_ = false;
  std::string why_;
};

// The real thing when the test may mount (root, as in the CI container): the previous project
// fits in a tmpfs, the new one does not. The save goes through GDAL and SQLite until the kernel
// says ENOSPC.
TEST_F(ProjectReliabilityTest, FullDiskLeavesThePreviousFileAndSaysSo) {
  TempDir dir;
  const std::string probe = dir.file("mesure.gpkg");
  auto small = project_of(1, false);
  auto big = project_of(8, true);
  ASSERT_TRUE(core::save_project(*small, probe).ok());
  ASSERT_TRUE(core::save_project(*big, dir.file("grand.gpkg")).ok());
  const std::size_t small_size = fs::file_size(probe);
  const std::size_t big_size = fs::file_size(dir.file("grand.gpkg"));
  ASSERT_GT(big_size, 2 * small_size);
  // Room for the previous file and half the new one.
  const std::size_t room = small_size + big_size / 2;
  SmallFileSystem disk(dir.path() / "disque", room);
  if (!disk.mounted()) {
    FAIL() << "cannot mount a " << room / 1024 << " KB tmpfs (" << disk.why()
           << "): this test needs root (the CI container runs as root); "
              "FileSizeLimitLeavesThePreviousFile injects a write failure without it";
  }
  const std::string path = (dir.path() / "disque" / "projet.gpkg").string();
  const core::Status first = core::save_project(*small, path);
  ASSERT_TRUE(first.ok()) << core::testing::text(first.error());
  const std::string before = read_file(path);

  const auto t0 = std::chrono::steady_clock::now();
  const core::Status full = core::save_project(*big, path);
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0)
          .count();
  ASSERT_FALSE(full.ok()) << "a " << big_size << "-byte project fitted in " << room << " bytes";
  std::cout << "  full disk (" << room / 1024 << " KB tmpfs, " << big_size / 1024 << " KB project, "
            << ms << " ms): " << core::testing::text(full.error()) << "\n";
  EXPECT_EQ(full.code(), core::MessageCode::WriteNoSpace);
  EXPECT_EQ(core::testing::text(full.error()),
            path + ": not enough space on " + (dir.path() / "disque").string() +
                ": free some space or save elsewhere; the previous file is unchanged");
  EXPECT_EQ(read_file(path), before);
  EXPECT_EQ(files_in(dir.path() / "disque"), std::vector<std::string>{"projet.gpkg"});
  auto reopened = core::open_project(path);
  ASSERT_TRUE(reopened.ok()) << core::testing::text(reopened.error());
  EXPECT_TRUE(reopened->model() == small->model());
  // Saved elsewhere, it works.
  EXPECT_TRUE(core::save_project(*big, dir.file("ailleurs.gpkg")).ok());
}

// Without root: a forked child whose files may not grow past the previous project's size
// (RLIMIT_FSIZE: write() fails with EFBIG, SIGXFSZ ignored) saves the bigger one over it. Runs
// everywhere, so the write-failure path is tested even where no tmpfs can be mounted.
TEST_F(ProjectReliabilityTest, FileSizeLimitLeavesThePreviousFile) {
  TempDir dir;
  const std::string path = dir.file("projet.gpkg");
  auto small = project_of(1, false);
  auto big = project_of(8, true);
  ASSERT_TRUE(core::save_project(*small, path).ok());
  const std::string before = read_file(path);
  int pipe_fds[2];
  ASSERT_EQ(pipe(pipe_fds), 0);
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    close(pipe_fds[0]);
    signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{before.size() + 65536, before.size() + 65536};
    if (setrlimit(RLIMIT_FSIZE, &limit) != 0) _exit(4);
    const core::Status st = core::save_project(*big, path);
    const std::string message = st.ok() ? std::string("saved") : core::testing::text(st.error());
    if (write(pipe_fds[1], message.data(), message.size()) < 0) _exit(3);
    _exit(st.ok() ? 1 : 0);
  }
  close(pipe_fds[1]);
  std::string message;
  char buffer[4096];
  for (ssize_t n; (n = read(pipe_fds[0], buffer, sizeof buffer)) > 0;) message.append(buffer, n);
  close(pipe_fds[0]);
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status)) << "the child died, status " << status;
  ASSERT_NE(WEXITSTATUS(status), 4) << "setrlimit(RLIMIT_FSIZE) failed";
  ASSERT_EQ(WEXITSTATUS(status), 0) << "the save went through: " << message;
  std::cout << "  file-size limit: " << message << "\n";
  EXPECT_TRUE(message.starts_with(path + ": ")) << message;
  EXPECT_TRUE(message.ends_with("; the previous file is unchanged")) << message;
  EXPECT_EQ(read_file(path), before);
  EXPECT_EQ(files_in(dir.path()), std::vector<std::string>{"projet.gpkg"});
}

// A save cancelled from another thread while it writes (a third of a save's time in), and one
// cancelled before it starts: the previous file is unchanged, no temporary is left, info.saved
// is not moved.
TEST_F(ProjectReliabilityTest, CancelledSaveLeavesThePreviousFile) {
  TempDir dir;
  const std::string path = dir.file("projet.gpkg");
  auto small = project_of(1, false);
  auto big = project_of(8, true);
  ASSERT_TRUE(core::save_project(*small, path).ok());
  const std::string before = read_file(path);
  const auto t0 = std::chrono::steady_clock::now();
  ASSERT_TRUE(core::save_project(*big, dir.file("mesure.gpkg")).ok());
  const auto save_time = std::chrono::steady_clock::now() - t0;
  fs::remove(dir.file("mesure.gpkg"));

  const std::string saved = big->info.saved;
  {
    std::stop_source source;
    source.request_stop();
    const core::Status st = core::save_project(*big, path, source.get_token());
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.code(), core::MessageCode::WriteCancelled);
    EXPECT_EQ(core::testing::text(st.error()),
              path + ": save cancelled; the previous file is unchanged");
  }
  std::stop_source source;
  std::jthread canceller([&] {
    std::this_thread::sleep_for(save_time / 3);
    source.request_stop();
  });
  const auto t1 = std::chrono::steady_clock::now();
  const core::Status st = core::save_project(*big, path, source.get_token());
  const auto cancelled_after = std::chrono::steady_clock::now() - t1;
  canceller.join();
  using ms = std::chrono::milliseconds;
  std::cout << "  one save: " << std::chrono::duration_cast<ms>(save_time).count()
            << " ms; cancelled at a third, returned after "
            << std::chrono::duration_cast<ms>(cancelled_after).count() << " ms\n";
  ASSERT_FALSE(st.ok()) << "the save ended before it was cancelled";
  EXPECT_EQ(st.code(), core::MessageCode::WriteCancelled);
  EXPECT_EQ(core::testing::text(st.error()),
            path + ": save cancelled; the previous file is unchanged");
  EXPECT_EQ(read_file(path), before);
  EXPECT_EQ(big->info.saved, saved);
  EXPECT_EQ(files_in(dir.path()), std::vector<std::string>{"projet.gpkg"});
}

}  // namespace
}  // namespace lumiere::test
