#include "core/project/file_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <utility>

namespace lumiere::core {
namespace fs = std::filesystem;

namespace {

// The pid the holder wrote, or 0.
long holder_pid(int fd) {
  char buffer[32] = {};
  const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
  if (n <= 0) return 0;
  char* end = nullptr;
  const long pid = std::strtol(buffer, &end, 10);
  return pid > 0 ? pid : 0;
}

Message held_message(const std::string& path, long pid) {
  if (pid == static_cast<long>(::getpid())) return Message{MessageCode::LockHeldHere, {path}};
  if (pid > 0) return Message{MessageCode::LockHeld, {path, std::to_string(pid)}};
  return Message{MessageCode::LockHeldUnknownProcess, {path}};
}

}  // namespace

std::string FileLock::lock_path_of(const std::string& path) {
  const fs::path p(path);
  std::string name(".");
  name.append(p.filename().string()).append(".lock");
  return (p.parent_path() / name).string();
}

Result<FileLock> FileLock::acquire(const std::string& path) {
  const std::string lock_path = lock_path_of(path);
  // A holder removes the lock file before releasing it: a descriptor opened on the removed file
  // may win that lock, so the lock counts only if the file is still the one at lock_path.
  for (int attempt = 0; attempt < 100; ++attempt) {
    const int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
      const int err = errno;
      return Error{MessageCode::LockCannotCreateLockFile, {path, lock_path, std::strerror(err)}};
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      const int err = errno;
      const long pid = holder_pid(fd);
      ::close(fd);
      if (err == EWOULDBLOCK) return held_message(path, pid);
      return Error{MessageCode::LockFailed, {path, std::strerror(err)}};
    }
    struct stat held {};
    struct stat named {};
    if (::fstat(fd, &held) != 0 || ::stat(lock_path.c_str(), &named) != 0 ||
        held.st_ino != named.st_ino || held.st_dev != named.st_dev) {
      ::close(fd);  // removed by its previous holder meanwhile: take the new one
      continue;
    }
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) != 0 ||
        ::pwrite(fd, pid.data(), pid.size(), 0) != static_cast<ssize_t>(pid.size())) {
      // The pid only improves others' message; the lock holds without it.
    }
    return FileLock(path, lock_path, fd);
  }
  return Error{MessageCode::LockFileKeepsChanging, {path}};
}

bool FileLock::held_elsewhere(const std::string& path, Message* why) {
  const int fd = ::open(lock_path_of(path).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;  // holders keep their lock file: nobody holds it
  // A shared probe: probes never exclude one another, and it is dropped at once.
  const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  if (held && why) *why = held_message(path, holder_pid(fd));
  ::close(fd);
  return held;
}

FileLock::FileLock(std::string path, std::string lock_path, int fd)
    : path_(std::move(path)), lock_path_(std::move(lock_path)), fd_(fd) {}

FileLock::FileLock(FileLock&& other) noexcept
    : path_(std::move(other.path_)),
      lock_path_(std::move(other.lock_path_)),
      fd_(std::exchange(other.fd_, -1)) {}

FileLock& FileLock::operator=(FileLock&& other) noexcept {
  if (this != &other) {
    release();
    path_ = std::move(other.path_);
    lock_path_ = std::move(other.lock_path_);
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

FileLock::~FileLock() { release(); }

void FileLock::release() {
  if (fd_ < 0) return;
  ::unlink(lock_path_.c_str());  // while still held, so nobody takes a file about to vanish
  ::close(fd_);
  fd_ = -1;
}

}  // namespace lumiere::core
