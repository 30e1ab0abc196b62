#pragma once
// Test support shared by the core and CLI tests of the project's lock and storage: another user
// (switched to for real in a forked child when the tests run as root), a folder every user may
// write in, and a forked child that takes something (a lock, a project opened for editing) and
// holds it until told to let go, or until killed as a crash would.
#include <grp.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace lumiere::test {

// A user: uid, primary group, supplementary groups (no passwd entry needed).
struct Identity {
  uid_t uid;
  gid_t gid;
  std::vector<gid_t> groups;
};

// True when this process became `who` for good (a forked child only).
inline bool become(const Identity& who) {
  return ::setgroups(who.groups.size(), who.groups.data()) == 0 &&
         ::setresgid(who.gid, who.gid, who.gid) == 0 &&
         ::setresuid(who.uid, who.uid, who.uid) == 0 && ::getuid() == who.uid;
}

// A folder every user may create files in (mode 1777, as a shared folder), under /tmp so that
// the users switched to reach it; removed with everything in it (read-only folders included).
class SharedDir {
 public:
  explicit SharedDir(const char* pattern = "/tmp/lumiere-shared-XXXXXX") {
    std::string name = pattern;
    if (!::mkdtemp(name.data())) throw std::runtime_error("cannot create a temporary folder");
    path_ = name;
    std::filesystem::permissions(path_, static_cast<std::filesystem::perms>(01777));
  }
  ~SharedDir() {
    namespace fs = std::filesystem;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(path_, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_directory(ec)) fs::permissions(it->path(), fs::perms::owner_all, ec);
    }
    fs::remove_all(path_, ec);
  }
  SharedDir(const SharedDir&) = delete;
  SharedDir& operator=(const SharedDir&) = delete;
  std::string file(std::string_view name) const { return (path_ / name).string(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// A forked child that runs `take` (as `who` when given): `take` says "y" when it took what it
// holds (kept alive by the pointer it returns), anything else to say why not. The child then
// holds it until release() (or for `hold_for` when given), or until kill() (SIGKILL: no
// destructor runs, as in a crash).
class ForkedHolder {
 public:
  using Take = std::function<std::pair<std::string, std::shared_ptr<void>>()>;

  ForkedHolder(const Take& take, std::optional<Identity> who = std::nullopt,
               std::optional<std::chrono::milliseconds> hold_for = std::nullopt) {
    int ready[2];
    int release[2];
    if (::pipe(ready) != 0 || ::pipe(release) != 0) throw std::runtime_error("pipe");
    pid_ = ::fork();
    if (pid_ < 0) throw std::runtime_error("fork");
    if (pid_ == 0) {
      ::close(ready[0]);
      ::close(release[1]);
      if (who && !become(*who)) {
        const std::string msg = "ncannot switch user";
        if (::write(ready[1], msg.data(), msg.size()) < 0) _exit(3);
        _exit(2);
      }
      {
        auto [said, held] = take();
        if (::write(ready[1], said.data(), said.size()) < 0) _exit(3);
        ::close(ready[1]);
        if (said != "y") _exit(1);
        if (hold_for) {
          std::this_thread::sleep_for(*hold_for);
        } else {
          char c;
          if (::read(release[0], &c, 1) < 0) _exit(3);  // a byte, or the test ended (EOF)
        }
      }  // let go
      _exit(0);
    }
    ::close(ready[1]);
    ::close(release[0]);
    release_ = release[1];
    char buffer[1024];
    const ssize_t n = ::read(ready[0], buffer, sizeof buffer);
    said_ = n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : "nno answer";
    ::close(ready[0]);
  }
  ~ForkedHolder() {
    if (pid_ > 0) kill();
    if (release_ >= 0) ::close(release_);
  }
  ForkedHolder(const ForkedHolder&) = delete;
  ForkedHolder& operator=(const ForkedHolder&) = delete;

  bool ok() const { return said_ == "y"; }
  // "y", or why not.
  const std::string& said() const { return said_; }
  pid_t pid() const { return pid_; }

  void kill() {
    ::kill(pid_, SIGKILL);
    wait();
  }
  // Lets the child let go and exit normally; false when it could not be told.
  bool release() {
    const char c = 'r';
    const bool told = ::write(release_, &c, 1) == 1;
    wait();
    return told;
  }
  void wait() {
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
  }

 private:
  pid_t pid_ = -1;
  int release_ = -1;
  std::string said_;
};

}  // namespace lumiere::test
