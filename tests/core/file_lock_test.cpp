// The lock of a project file (core/project/file_lock.h), on real outcomes: holders are forked
// children (killed or released), links of every kind reach one lock, a bounded wait returns when
// it should, the message names the holder, the info file is rewritten by a colleague who takes
// the lock over after a crash (users switched for real when the test runs as root), and saves'
// temporaries of other hosts are never removed.
#include "core/project/file_lock.h"

#include <fcntl.h>
#include <grp.h>
#include <gtest/gtest.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <optional>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "core/layers/layer_writer.h"
#include "core/project/project_schema.h"
#include "message_testing.h"
#include "test_data.h"
#include "tests/support/forked_holder.h"

namespace lumiere::test {
namespace {

using core::FileLock;
using core::MessageCode;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

// A forked child holding the lock of `path` (FileLock::acquire), as `who` when given, until
// release() (or for `hold_for`), or until killed; said() is "y" when it took the lock, else "n"
// and the error's text.
class Holder : public ForkedHolder {
 public:
  explicit Holder(const std::string& path, std::optional<Identity> who = std::nullopt,
                  std::optional<std::chrono::milliseconds> hold_for = std::nullopt)
      : ForkedHolder(
            [path] {
              auto lock = std::make_shared<core::Result<FileLock>>(FileLock::acquire(path));
              return std::pair<std::string, std::shared_ptr<void>>(
                  *lock ? "y" : "n" + core::testing::text(lock->error()), lock);
            },
            std::move(who), hold_for) {}
};

std::string host() {
  char buffer[256] = {};
  ::gethostname(buffer, sizeof buffer - 1);
  return buffer;
}

// The name FileLock gives `uid`: its passwd entry's, else the number.
std::string user_of(uid_t uid) {
  const struct passwd* pw = ::getpwuid(uid);
  return pw && pw->pw_name ? pw->pw_name : std::to_string(uid);
}

// Whether the kernel has the lock byte of `path` locked by anyone (a probe on a new descriptor).
bool kernel_says_locked(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct flock fl {};
  fl.l_type = F_WRLCK;
  fl.l_whence = SEEK_SET;
  fl.l_start = FileLock::kLockOffset;
  fl.l_len = 1;
  const bool locked = ::fcntl(fd, F_OFD_GETLK, &fl) == 0 && fl.l_type != F_UNLCK;
  ::close(fd);
  return locked;
}

// A line "key=value" of the info file.
std::string info_value(const std::string& info_path, const std::string& key) {
  const std::string text = read_file(info_path);
  const std::size_t at = text.find("\n" + key + "=");
  if (at == std::string::npos) return "";
  const std::size_t start = at + key.size() + 2;
  return text.substr(start, text.find('\n', start) - start);
}

long long elapsed_ms(Clock::time_point since) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - since).count();
}

TEST(FileLockTest, TwoAcquiresInOneProcessConflict) {
  SharedDir dir;
  const std::string path = dir.file("projet.gpkg");
  write_file(path, "project");
  std::optional<FileLock> first;
  {
    auto lock = FileLock::acquire(path);
    ASSERT_TRUE(lock.ok()) << core::testing::text(lock.error());
    first.emplace(std::move(*lock));
  }
  EXPECT_EQ(first->path(), path);
  EXPECT_TRUE(kernel_says_locked(path));
  const std::string info = FileLock::lock_path_of(path);
  EXPECT_EQ(info, dir.file(".projet.gpkg.lock"));
  ASSERT_TRUE(fs::exists(info));
  EXPECT_EQ(info_value(info, "pid"), std::to_string(::getpid()));

  auto second = FileLock::acquire(path);
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.code(), MessageCode::LockHeldHere);
  EXPECT_EQ(core::testing::text(second.error()),
            path + " is already open for editing in this Lumière");
  core::Message why;
  EXPECT_TRUE(FileLock::held_elsewhere(path, &why));
  EXPECT_EQ(why.code, MessageCode::LockHeldHere);

  // Moved, still held; released, the info file goes and the lock is free again.
  {
    FileLock moved = std::move(*first);
    first.reset();
    EXPECT_TRUE(kernel_says_locked(path));
    EXPECT_TRUE(fs::exists(info));
  }
  EXPECT_FALSE(kernel_says_locked(path));
  EXPECT_FALSE(fs::exists(info));
  EXPECT_TRUE(FileLock::acquire(path).ok());
}

TEST(FileLockTest, ReleaseFreesTheLockAndRemovesTheInfoFile) {
  SharedDir dir;
  const std::string path = dir.file("projet.gpkg");
  write_file(path, "project");
  {
    auto lock = FileLock::acquire(path);
    ASSERT_TRUE(lock.ok()) << core::testing::text(lock.error());
    EXPECT_TRUE(FileLock::held_elsewhere(path));
  }
  EXPECT_FALSE(kernel_says_locked(path));
  EXPECT_FALSE(FileLock::held_elsewhere(path));
  EXPECT_FALSE(fs::exists(FileLock::lock_path_of(path)));
  EXPECT_TRUE(FileLock::acquire(path).ok());
}

TEST(FileLockTest, AMissingFileIsNotLocked) {
  SharedDir dir;
  const std::string path = dir.file("absent.gpkg");
  auto lock = FileLock::acquire(path);
  ASSERT_FALSE(lock.ok());
  EXPECT_EQ(lock.code(), MessageCode::LockNoSuchFile);
  EXPECT_EQ(core::testing::text(lock.error()),
            path + " cannot be locked for editing: it does not exist");
  EXPECT_FALSE(FileLock::held_elsewhere(path));
  EXPECT_FALSE(fs::exists(path));
}

// A symbolic and a hard link reach the inode, hence the lock: in this process (LockHeldHere) and
// from another (the kernel's conflict: LockHeld, or no details through another hard link's name),
// both ways round.
TEST(FileLockTest, SymbolicAndHardLinksConflictWithTheOriginal) {
  SharedDir dir;
  const std::string path = dir.file("projet.gpkg");
  write_file(path, "project");
  const std::string symbolic = dir.file("lien.gpkg");
  const std::string hard = dir.file("dur.gpkg");
  fs::create_symlink(path, symbolic);
  fs::create_hard_link(path, hard);
  EXPECT_EQ(FileLock::lock_path_of(symbolic), FileLock::lock_path_of(path));  // real path's

  {
    auto lock = FileLock::acquire(path);
    ASSERT_TRUE(lock.ok()) << core::testing::text(lock.error());
    for (const std::string& other : {symbolic, hard}) {
      auto again = FileLock::acquire(other);
      ASSERT_FALSE(again.ok()) << other;
      EXPECT_EQ(again.code(), MessageCode::LockHeldHere) << other;
      EXPECT_TRUE(FileLock::held_elsewhere(other)) << other;
    }
  }
  for (const std::string& held_through : {symbolic, hard}) {
    Holder holder(held_through);
    ASSERT_TRUE(holder.ok()) << holder.said();
    for (const std::string& other : {path, symbolic, hard}) {
      auto lock = FileLock::acquire(other);
      ASSERT_FALSE(lock.ok()) << held_through << " then " << other;
      // The holder's info file is beside the name it locked through (its real path): another
      // hard link's name has none, and the message no details.
      const bool one_info = FileLock::lock_path_of(other) == FileLock::lock_path_of(held_through);
      EXPECT_EQ(lock.code(), one_info ? MessageCode::LockHeld : MessageCode::LockHeldUnknownProcess)
          << held_through << " then " << other;
      EXPECT_TRUE(FileLock::held_elsewhere(other));
    }
    holder.release();
    EXPECT_TRUE(FileLock::acquire(path).ok());
  }
}

TEST(FileLockTest, AKilledHoldersLockIsTakenOver) {
  SharedDir dir;
  const std::string path = dir.file("projet.gpkg");
  write_file(path, "project");
  Holder holder(path);
  ASSERT_TRUE(holder.ok()) << holder.said();
  const std::string holder_pid = std::to_string(holder.pid());
  EXPECT_TRUE(FileLock::held_elsewhere(path));
  EXPECT_FALSE(FileLock::acquire(path).ok());
  holder.kill();
  const std::string info = FileLock::lock_path_of(path);
  ASSERT_TRUE(fs::exists(info)) << "the killed holder left no info file";
  EXPECT_EQ(info_value(info, "pid"), holder_pid);
  EXPECT_FALSE(FileLock::held_elsewhere(path)) << "a dead process still holds the lock";
  auto lock = FileLock::acquire(path);
  ASSERT_TRUE(lock.ok()) << core::testing::text(lock.error());
  EXPECT_EQ(info_value(info, "pid"), std::to_string(::getpid()));
}

TEST(FileLockTest, WaitSucceedsWhenTheHolderReleasesWithinIt) {
  SharedDir dir;
  const std::string path = dir.file("projet.gpkg");
  write_file(path, "project");
  Holder holder(path, std::nullopt, 400ms);
  ASSERT_TRUE(holder.ok()) << holder.said();
  const Clock::time_point start = Clock::now();
  auto lock = FileLock::acquire(path, 3000ms);
  const long long ms = elapsed_ms(start);
  ASSERT_TRUE(lock.ok()) << core::testing::text(lock.error());
  std::cout << "  taken after " << ms << " ms (holder released after 400 ms)\n";
  EXPECT_GE(ms, 300) << "taken before the holder released it";
  EXPECT_LT(ms, 1500) << "the wait did not end soon after the release";
  holder.wait();
}

TEST(FileLockTest, WaitFailsAfterItsDurationWhenTheHolderKeepsIt) {
  SharedDir dir;
  const std::string path = dir.file("projet.gpkg");
  write_file(path, "project");
  Holder holder(path);
  ASSERT_TRUE(holder.ok()) << holder.said();

  Clock::time_point start = Clock::now();
  auto at_once = FileLock::acquire(path);
  EXPECT_FALSE(at_once.ok());
  EXPECT_LT(elapsed_ms(start), 100) << "no wait asked, yet it waited";

  start = Clock::now();
  auto lock = FileLock::acquire(path, 700ms);
  const long long ms = elapsed_ms(start);
  ASSERT_FALSE(lock.ok());
  EXPECT_EQ(lock.code(), MessageCode::LockHeld);
  std::cout << "  refused after " << ms << " ms (wait 700 ms)\n";
  EXPECT_GE(ms, 690) << "gave up before the wait elapsed";
  EXPECT_LT(ms, 1100) << "went on long after the wait";
  holder.release();
}

TEST(FileLockTest, TheHeldMessageNamesUserHostAndStartTime) {
  SharedDir dir;
  const std::string path = dir.file("projet.gpkg");
  write_file(path, "project");
  const std::string before = core::project_schema::now_utc();
  Holder holder(path);
  ASSERT_TRUE(holder.ok()) << holder.said();
  const std::string after = core::project_schema::now_utc();

  auto lock = FileLock::acquire(path);
  ASSERT_FALSE(lock.ok());
  ASSERT_EQ(lock.code(), MessageCode::LockHeld);
  const std::vector<std::string>& args = lock.error().args;
  ASSERT_EQ(args.size(), 4u);
  EXPECT_EQ(args[0], path);
  EXPECT_EQ(args[1], user_of(::getuid()));
  EXPECT_EQ(args[2], host());
  EXPECT_TRUE(std::regex_match(args[3], std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")))
      << args[3];
  EXPECT_GE(args[3], before);
  EXPECT_LE(args[3], after);
  const std::string text = core::testing::text(lock.error());
  std::cout << "  " << text << "\n";
  EXPECT_EQ(text, path + " is being edited by " + user_of(::getuid()) + " on " + host() +
                      " since " + args[3]);
  core::Message why;
  EXPECT_TRUE(FileLock::held_elsewhere(path, &why));
  EXPECT_EQ(why, lock.error());
}

// An info file that does not name the holder is not believed: the message has no details.
TEST(FileLockTest, AMissingOrStaleInfoFileGivesNoDetails) {
  SharedDir dir;
  const std::string path = dir.file("projet.gpkg");
  write_file(path, "project");
  const std::string info = FileLock::lock_path_of(path);
  Holder holder(path);
  ASSERT_TRUE(holder.ok()) << holder.said();
  const std::string written = read_file(info);

  const auto reason = [&] {
    auto lock = FileLock::acquire(path);
    return lock.ok() ? MessageCode::Internal : lock.code();
  };
  ASSERT_EQ(reason(), MessageCode::LockHeld);
  fs::remove(info);
  EXPECT_EQ(reason(), MessageCode::LockHeldUnknownProcess);
  auto lock = FileLock::acquire(path);
  ASSERT_FALSE(lock.ok());
  EXPECT_EQ(core::testing::text(lock.error()), path + " is being edited by another Lumière");

  // A process of this host that no longer runs (a child that has exited).
  const pid_t gone = ::fork();
  if (gone == 0) _exit(0);
  ::waitpid(gone, nullptr, 0);
  std::string dead = written;
  const std::string pid_line = "pid=" + std::to_string(holder.pid()) + "\n";
  dead.replace(dead.find(pid_line), pid_line.size(), "pid=" + std::to_string(gone) + "\n");
  write_file(info, dead);
  EXPECT_EQ(reason(), MessageCode::LockHeldUnknownProcess);
  // Another file's (another inode).
  std::string other = written;
  const std::string ino_line = "ino=" + info_value(info, "ino") + "\n";
  other.replace(other.find(ino_line), ino_line.size(), "ino=1\n");
  write_file(info, other);
  EXPECT_EQ(reason(), MessageCode::LockHeldUnknownProcess);
  // Garbage (the old format: a pid alone).
  write_file(info, std::to_string(holder.pid()) + "\n");
  EXPECT_EQ(reason(), MessageCode::LockHeldUnknownProcess);
  write_file(info, written);
  EXPECT_EQ(reason(), MessageCode::LockHeld);
}

// The info file takes the project's mode bits (not the umask's), and whatever was planted at its
// name (a symbolic link to another file) is replaced, never written through.
TEST(FileLockTest, TheInfoFileHasTheProjectsModeAndReplacesWhatWasPlanted) {
  SharedDir dir;
  const std::string path = dir.file("projet.gpkg");
  write_file(path, "project");
  fs::permissions(path, static_cast<fs::perms>(0660));
  const std::string info = FileLock::lock_path_of(path);
  const std::string victim = dir.file("victim.txt");
  write_file(victim, "precious");
  fs::create_symlink(victim, info);
  const mode_t old_mask = ::umask(022);
  {
    auto lock = FileLock::acquire(path);
    ::umask(old_mask);
    ASSERT_TRUE(lock.ok()) << core::testing::text(lock.error());
    struct stat st {};
    ASSERT_EQ(::lstat(info.c_str(), &st), 0);
    EXPECT_TRUE(S_ISREG(st.st_mode));
    EXPECT_EQ(st.st_mode & 07777, 0660u);
    EXPECT_EQ(read_file(victim), "precious");
    EXPECT_EQ(info_value(info, "user"), user_of(::getuid()));
    EXPECT_EQ(info_value(info, "host"), host());
  }
  EXPECT_FALSE(fs::exists(info));
}

// Save As: the new file's temporary is locked, renamed over the target; the lock follows the
// inode and the info file moves beside the new name.
TEST(FileLockTest, TheLockFollowsARename) {
  SharedDir dir;
  const std::string temp = dir.file(".projet.saving-h-1-2.gpkg");
  const std::string target = dir.file("projet.gpkg");
  write_file(temp, "project");
  write_file(target, "old project");
  std::optional<FileLock> lock;
  {
    auto acquired = FileLock::acquire(temp);
    ASSERT_TRUE(acquired.ok()) << core::testing::text(acquired.error());
    lock.emplace(std::move(*acquired));
  }
  const std::string since = info_value(FileLock::lock_path_of(temp), "since");
  fs::rename(temp, target);
  lock->renamed(target);
  EXPECT_EQ(lock->path(), target);
  EXPECT_TRUE(kernel_says_locked(target));
  EXPECT_TRUE(FileLock::held_elsewhere(target));
  EXPECT_FALSE(fs::exists(dir.file("..projet.saving-h-1-2.gpkg.lock")));
  const std::string info = FileLock::lock_path_of(target);
  ASSERT_TRUE(fs::exists(info));
  EXPECT_EQ(info_value(info, "pid"), std::to_string(::getpid()));
  EXPECT_EQ(info_value(info, "since"), since);
  lock.reset();  // released
  EXPECT_FALSE(kernel_says_locked(target));
  EXPECT_FALSE(fs::exists(info));
}

// A colleague takes over the lock of a user whose Lumière was killed, and rewrites the info file
// it left. As root the users are real: 4242 and 4343, both in the project's group 4300, on a
// project of mode 660 owned by 4242:4300 in a sticky shared folder (no passwd entry needed).
TEST(FileLockTest, AColleagueTakesOverTheLockOfACrashedUser) {
  SharedDir dir;
  const std::string path = dir.file("projet.gpkg");
  write_file(path, "project");
  const bool root = ::geteuid() == 0;
  std::optional<Identity> first;
  std::optional<Identity> second;
  if (root) {
    ASSERT_EQ(::chown(path.c_str(), 4242, 4300), 0) << std::strerror(errno);
    first = Identity{4242, 4242, {4300}};
    second = Identity{4343, 4343, {4300}};
  }
  fs::permissions(path, static_cast<fs::perms>(0660));
  const uid_t first_uid = first ? first->uid : ::getuid();
  const uid_t second_uid = second ? second->uid : ::getuid();
  const std::string info = FileLock::lock_path_of(path);
  {
    Holder crashed(path, first);
    ASSERT_TRUE(crashed.ok()) << crashed.said();
    struct stat st {};
    ASSERT_EQ(::lstat(info.c_str(), &st), 0) << "no info file";
    EXPECT_EQ(st.st_mode & 07777, 0660u) << "the info file does not have the project's mode";
    EXPECT_EQ(st.st_uid, first_uid);
    if (root) {
      EXPECT_EQ(st.st_gid, 4300u) << "the info file does not have the project's group";
    }
    core::Message why;
    EXPECT_TRUE(FileLock::held_elsewhere(path, &why));
    ASSERT_EQ(why.code, MessageCode::LockHeld) << core::testing::text(why);
    EXPECT_EQ(why.args[1], user_of(first_uid));
    crashed.kill();
  }
  ASSERT_TRUE(fs::exists(info)) << "the killed holder left no info file";
  EXPECT_FALSE(FileLock::held_elsewhere(path)) << "a dead process still holds the lock";
  {
    Holder colleague(path, second);
    ASSERT_TRUE(colleague.ok()) << colleague.said();
    EXPECT_EQ(info_value(info, "pid"), std::to_string(colleague.pid()));
    EXPECT_EQ(info_value(info, "user"), user_of(second_uid));
    core::Message why;
    EXPECT_TRUE(FileLock::held_elsewhere(path, &why));
    ASSERT_EQ(why.code, MessageCode::LockHeld) << core::testing::text(why);
    EXPECT_EQ(why.args[1], user_of(second_uid));
    std::cout << "  " << core::testing::text(why) << "\n";
    colleague.release();
  }
  // Released: removed, or emptied where the sticky folder keeps another user's file.
  EXPECT_TRUE(!fs::exists(info) || fs::file_size(info) == 0);
  EXPECT_FALSE(FileLock::held_elsewhere(path));
  if (!root) {
    GTEST_SKIP() << "not root: the takeover ran as the current user only; switching to the "
                    "users 4242 and 4343 needs root (as in CI)";
  }
}

// Whoever cannot write the project cannot lock it: it opens read-only, with that reason.
TEST(FileLockTest, AUserWhoCannotWriteTheFileCannotLockIt) {
  SharedDir dir;
  const std::string path = dir.file("projet.gpkg");
  write_file(path, "project");
  const std::string expected =
      path + " cannot be edited: it cannot be opened for writing (Permission denied)";
  if (::geteuid() == 0) {
    fs::permissions(path, static_cast<fs::perms>(0644));  // root's
    Holder stranger(path, Identity{4444, 4444, {}});
    EXPECT_FALSE(stranger.ok());
    EXPECT_EQ(stranger.said(), "n" + expected);
  } else {
    fs::permissions(path, static_cast<fs::perms>(0444));
    auto lock = FileLock::acquire(path);
    ASSERT_FALSE(lock.ok());
    EXPECT_EQ(lock.code(), MessageCode::LockCannotOpenForWriting);
    EXPECT_EQ(core::testing::text(lock.error()), expected);
  }
  EXPECT_FALSE(FileLock::held_elsewhere(path));
  EXPECT_FALSE(fs::exists(FileLock::lock_path_of(path)));
}

// The host as layer_writer puts it in a temporary's name.
std::string host_in_names() {
  std::string h = host();
  for (char& c : h) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '_') c = '_';
  }
  return h;
}

// Only the temporaries of saves of THIS host whose process is dead are removed (with their
// journal and the info file of a lock on them); another host's save may be in progress, and the
// old names do not say their host.
TEST(FileLockTest, SaveTemporariesOfOtherHostsAndOldNamesAreLeft) {
  SharedDir dir;
  const std::string target = dir.file("projet.gpkg");
  write_file(target, "project");
  const pid_t gone = ::fork();
  if (gone == 0) _exit(0);
  ::waitpid(gone, nullptr, 0);
  const std::string dead = std::to_string(gone);
  const std::string here = host_in_names();
  const std::string stale = ".projet.saving-" + here + "-" + dead + "-123.gpkg";
  const std::vector<std::string> removed = {stale, stale + "-journal", "." + stale + ".lock"};
  const std::vector<std::string> kept = {
      "projet.gpkg",
      ".projet.gpkg.lock",
      ".projet.saving-autre-poste-" + dead + "-123.gpkg",                        // another host
      ".projet.saving-autre-poste-" + dead + "-123.gpkg-journal",                // its journal
      ".projet.saving-" + dead + "-123.gpkg",                                    // the old name
      ".projet.saving-" + here + "-" + std::to_string(::getpid()) + "-5.gpkg",   // this process
      ".projet.saving-" + here + "-" + std::to_string(::getppid()) + "-5.gpkg",  // running
      ".autre.saving-" + here + "-" + dead + "-5.gpkg",                          // another file's
  };
  for (const std::string& name : removed) write_file(dir.file(name), "x");
  for (const std::string& name : kept) write_file(dir.file(name), "x");
  core::remove_stale_save_temporaries(target);
  for (const std::string& name : removed) EXPECT_FALSE(fs::exists(dir.file(name))) << name;
  for (const std::string& name : kept) EXPECT_TRUE(fs::exists(dir.file(name))) << name;
}

}  // namespace
}  // namespace lumiere::test
