#include "core/project/file_lock.h"

#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <utility>
#include <vector>

#include "core/project/project_schema.h"

namespace lumiere::core {
namespace fs = std::filesystem;

namespace {

using FileId = std::pair<unsigned long long, unsigned long long>;  // device, inode

// The files this process holds the lock of, to tell LockHeldHere from another holder without
// opening the file (which would drop SQLite's POSIX locks on it, see file_lock.h). A holder
// registers under the mutex together with taking the lock, and unregisters together with
// releasing it, so that whoever finds the byte locked then finds the holder here if it is ours.
std::mutex& registry_mutex() {
  static std::mutex m;
  return m;
}
std::set<FileId>& registry() {
  static std::set<FileId> held;
  return held;
}
bool held_here(const FileId& id) {
  std::lock_guard<std::mutex> guard(registry_mutex());
  return registry().count(id) != 0;
}

FileId id_of(const struct stat& st) {
  return {static_cast<unsigned long long>(st.st_dev), static_cast<unsigned long long>(st.st_ino)};
}

struct flock lock_byte(short type) {
  struct flock fl {};
  fl.l_type = type;
  fl.l_whence = SEEK_SET;
  fl.l_start = static_cast<off_t>(FileLock::kLockOffset);
  fl.l_len = 1;
  fl.l_pid = 0;  // required by F_OFD_*
  return fl;
}

// One line of the info file: no line breaks nor control characters, bounded.
std::string clean(std::string_view text) {
  std::string out;
  for (char c : text.substr(0, 200)) out.push_back(static_cast<unsigned char>(c) < 0x20 ? '?' : c);
  return out;
}

std::string host_name() {
  char buffer[256] = {};
  if (::gethostname(buffer, sizeof buffer - 1) != 0 || buffer[0] == '\0') return "localhost";
  return clean(buffer);
}

std::string user_name() {
  const uid_t uid = ::getuid();
  struct passwd pw {};
  struct passwd* found = nullptr;
  std::vector<char> buffer(16384);
  if (::getpwuid_r(uid, &pw, buffer.data(), buffer.size(), &found) == 0 && found &&
      found->pw_name && found->pw_name[0] != '\0')
    return clean(found->pw_name);
  return std::to_string(uid);
}

// What the info file says.
struct Info {
  std::string user;
  std::string host;
  long pid = 0;
  std::string since;
  unsigned long long dev = 0;
  unsigned long long ino = 0;
};

std::string format_info(const Info& info) {
  std::string text = "lumiere-lock 1\n";
  text.append("user=").append(info.user).append("\n");
  text.append("host=").append(info.host).append("\n");
  text.append("pid=").append(std::to_string(info.pid)).append("\n");
  text.append("since=").append(info.since).append("\n");
  text.append("dev=").append(std::to_string(info.dev)).append("\n");
  text.append("ino=").append(std::to_string(info.ino)).append("\n");
  return text;
}

template <class N>
bool parse_number(const std::string& text, N& out) {
  const auto [end, err] = std::from_chars(text.data(), text.data() + text.size(), out);
  return err == std::errc() && end == text.data() + text.size() && !text.empty();
}

// The info file at `info_path`, when it is one (a regular file in our format), else nothing.
std::optional<Info> read_info(const std::string& info_path) {
  const int fd = ::open(info_path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st {};
  char buffer[2048] = {};
  ssize_t n = -1;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) n = ::pread(fd, buffer, sizeof buffer - 1, 0);
  ::close(fd);
  if (n <= 0) return std::nullopt;
  const std::string_view text(buffer, static_cast<std::size_t>(n));
  if (text.substr(0, 15) != "lumiere-lock 1\n") return std::nullopt;
  Info info;
  bool has_pid = false, has_ino = false, has_dev = false;
  std::size_t at = 15;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) return std::nullopt;  // cut short: being written
    const std::string_view line = text.substr(at, end - at);
    at = end + 1;
    const std::size_t eq = line.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string_view key = line.substr(0, eq);
    const std::string value(line.substr(eq + 1));
    if (key == "user") info.user = clean(value);
    if (key == "host") info.host = clean(value);
    if (key == "since") info.since = clean(value);
    if (key == "pid") has_pid = parse_number(value, info.pid) && info.pid > 0;
    if (key == "dev") has_dev = parse_number(value, info.dev);
    if (key == "ino") has_ino = parse_number(value, info.ino);
  }
  if (!has_pid || !has_dev || !has_ino || info.user.empty() || info.host.empty() ||
      info.since.empty())
    return std::nullopt;
  return info;
}

// Writes `text` as the info file at `info_path`, with the mode bits and group of the project
// (`project`). Best effort: the lock holds whatever happens here.
void write_info(const std::string& info_path, const std::string& text, const struct stat& project) {
  // An existing one is rewritten in place when we may write it: a colleague's, left by a crash,
  // is group-writable like the project. No O_CREAT here: in a sticky shared folder the kernel
  // (fs.protected_regular) refuses O_CREAT on another user's existing file.
  int fd = ::open(info_path.c_str(), O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd >= 0) {
    struct stat st {};
    // A regular file of one link only: never write through a hard link planted there.
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_nlink != 1) {
      ::close(fd);
      fd = -1;
      ::unlink(info_path.c_str());
    }
  } else if (errno != ENOENT) {
    ::unlink(info_path.c_str());  // not ours to write (another user's, a symbolic link...)
  }
  if (fd < 0) {
    fd = ::open(info_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) return;
    if (::fchown(fd, static_cast<uid_t>(-1), project.st_gid) != 0) {
      // Not a member of the project's group: the file keeps ours.
    }
    if (::fchmod(fd, project.st_mode & 0666) != 0) {
      // Stays 0600: colleagues see no details until it is replaced.
    }
  }
  if (::ftruncate(fd, 0) == 0 &&
      ::pwrite(fd, text.data(), text.size(), 0) != static_cast<ssize_t>(text.size())) {
    if (::ftruncate(fd, 0) != 0) {
      // A file cut short is read as no information.
    }
  }
  ::close(fd);
}

bool is_ours(const Info& info, const FileId& id) {
  return info.pid == static_cast<long>(::getpid()) && info.host == host_name() &&
         info.dev == id.first && info.ino == id.second;
}

// Removes the info file at `info_path` when it is still ours (names this process and file).
void remove_info_if_ours(const std::string& info_path, const FileId& id) {
  const std::optional<Info> info = read_info(info_path);
  if (!info || !is_ours(*info, id)) return;
  if (::unlink(info_path.c_str()) == 0) return;
  // Another user's file in a sticky folder cannot be removed: emptied, it says nothing stale.
  const int fd = ::open(info_path.c_str(), O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return;
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ::ftruncate(fd, 0) != 0) {
    // Left as it was: readers check it against the running processes.
  }
  ::close(fd);
}

// Why `path` (whose lock another holds; `st` its identity) is not ours: LockHeldHere when this
// process holds it, LockHeld with the holder's info when its info file is believable, else
// LockHeldUnknownProcess.
Message held_message(const std::string& path, const struct stat& st) {
  const FileId id = id_of(st);
  if (held_here(id)) return Message{MessageCode::LockHeldHere, {path}};
  const std::optional<Info> info = read_info(FileLock::lock_path_of(path));
  bool believable = info && info->ino == id.second;
  if (believable && info->host == host_name()) {
    // On this host the device number and the process can be checked too (not across NFS
    // clients, whose device numbers differ).
    const long pid = info->pid;
    believable = info->dev == id.first && pid != static_cast<long>(::getpid()) &&
                 (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
  }
  if (!believable) return Message{MessageCode::LockHeldUnknownProcess, {path}};
  return Message{MessageCode::LockHeld, {path, info->user, info->host, info->since}};
}

bool is_held_error(const Error& error) {
  return error.code == MessageCode::LockHeld || error.code == MessageCode::LockHeldHere ||
         error.code == MessageCode::LockHeldUnknownProcess;
}

}  // namespace

std::string FileLock::lock_path_of(const std::string& path) {
  std::error_code ec;
  fs::path real = fs::canonical(path, ec);
  if (ec) real = fs::path(path);
  std::string name(".");
  name.append(real.filename().string()).append(".lock");
  return (real.parent_path() / name).string();
}

namespace {

// One attempt of FileLock::acquire: the descriptor holding the lock and the file's identity, or
// why not.
struct Taken {
  int fd = -1;
  struct stat st {};
};

Result<Taken> try_lock(const std::string& path) {
  struct stat named {};
  if (::stat(path.c_str(), &named) == 0 && held_here(id_of(named))) {
    return Error{MessageCode::LockHeldHere, {path}};  // not opened: SQLite's locks stay
  }
  // A file replaced (renamed over) between the open and the lock would leave us the lock of a
  // file no longer at `path`: locked again on the new one.
  for (int attempt = 0; attempt < 10; ++attempt) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
      const int err = errno;
      if (err == ENOENT || err == ENOTDIR) return Error{MessageCode::LockNoSuchFile, {path}};
      return Error{MessageCode::LockCannotOpenForWriting, {path, std::strerror(err)}};
    }
    Taken taken;
    taken.fd = fd;
    if (::fstat(fd, &taken.st) != 0) {
      const int err = errno;
      ::close(fd);
      return Error{MessageCode::LockFailed, {path, std::strerror(err)}};
    }
    std::unique_lock<std::mutex> guard(registry_mutex());
    struct flock fl = lock_byte(F_WRLCK);
    if (::fcntl(fd, F_OFD_SETLK, &fl) != 0) {
      const int err = errno;
      guard.unlock();
      Error why = (err == EAGAIN || err == EACCES)
                      ? held_message(path, taken.st)
                      : Error{MessageCode::LockFailed, {path, std::strerror(err)}};
      ::close(fd);
      return why;
    }
    struct stat now {};
    if (::stat(path.c_str(), &now) != 0 || id_of(now) != id_of(taken.st)) {
      guard.unlock();
      ::close(fd);  // releases the lock of the replaced file
      continue;
    }
    registry().insert(id_of(taken.st));
    return taken;
  }
  return Error{MessageCode::LockFileKeepsChanging, {path}};
}

}  // namespace

Result<FileLock> FileLock::acquire(const std::string& path, std::chrono::milliseconds wait) {
  using Clock = std::chrono::steady_clock;
  const Clock::time_point deadline = Clock::now() + wait;
  for (;;) {
    Result<Taken> taken = try_lock(path);
    if (taken) {
      FileLock lock(path, taken->fd, id_of(taken->st).first, id_of(taken->st).second);
      lock.since_ = project_schema::now_utc();
      lock.info_path_ = lock_path_of(path);
      const Info info{user_name(), host_name(), static_cast<long>(::getpid()),
                      lock.since_, lock.dev_,   lock.ino_};
      write_info(lock.info_path_, format_info(info), taken->st);
      return lock;
    }
    const Clock::time_point now = Clock::now();
    if (!is_held_error(taken.error()) || now >= deadline) return taken.error();
    std::this_thread::sleep_for(
        std::min<Clock::duration>(std::chrono::milliseconds{100}, deadline - now));
  }
}

bool FileLock::held_elsewhere(const std::string& path, Message* why) {
  struct stat named {};
  if (::stat(path.c_str(), &named) != 0) return false;
  if (held_here(id_of(named))) {
    if (why) *why = Message{MessageCode::LockHeldHere, {path}};
    return true;
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return false;
  // A probe: F_OFD_GETLK reports a conflicting lock without taking any.
  struct flock fl = lock_byte(F_WRLCK);
  struct stat st {};
  const bool held =
      ::fcntl(fd, F_OFD_GETLK, &fl) == 0 && fl.l_type != F_UNLCK && ::fstat(fd, &st) == 0;
  if (held && why) *why = held_message(path, st);
  ::close(fd);
  return held;
}

void FileLock::renamed(const std::string& new_path) {
  path_ = new_path;
  if (fd_ < 0) return;
  const std::string new_info = lock_path_of(new_path);
  if (new_info == info_path_) return;
  struct stat st {};
  if (::fstat(fd_, &st) == 0) {
    const Info info{user_name(), host_name(), static_cast<long>(::getpid()), since_, dev_, ino_};
    write_info(new_info, format_info(info), st);
  }
  remove_info_if_ours(info_path_, {dev_, ino_});
  info_path_ = new_info;
}

FileLock::FileLock(std::string path, int fd, unsigned long long dev, unsigned long long ino)
    : path_(std::move(path)), fd_(fd), dev_(dev), ino_(ino) {}

FileLock::FileLock(FileLock&& other) noexcept
    : path_(std::move(other.path_)),
      info_path_(std::move(other.info_path_)),
      since_(std::move(other.since_)),
      fd_(std::exchange(other.fd_, -1)),
      dev_(other.dev_),
      ino_(other.ino_) {}

FileLock& FileLock::operator=(FileLock&& other) noexcept {
  if (this != &other) {
    release();
    path_ = std::move(other.path_);
    info_path_ = std::move(other.info_path_);
    since_ = std::move(other.since_);
    fd_ = std::exchange(other.fd_, -1);
    dev_ = other.dev_;
    ino_ = other.ino_;
  }
  return *this;
}

FileLock::~FileLock() { release(); }

void FileLock::release() {
  if (fd_ < 0) return;
  // While still held, so that the next holder's info file is never the one removed.
  remove_info_if_ours(info_path_, {dev_, ino_});
  {
    std::lock_guard<std::mutex> guard(registry_mutex());
    ::close(fd_);  // releases the lock (unless a child forked without exec still has it)
    registry().erase({dev_, ino_});
  }
  fd_ = -1;
}

}  // namespace lumiere::core
