#pragma once
// An advisory lock on a project file, so that two Lumière (or two opens in one process) never
// edit the same file: `flock` on a lock file beside it, ".<file name>.lock", never on the project
// itself. Why beside: every save replaces the project by a rename (layer_writer.h), so a lock on
// the project's own inode would be lost at the first save and a later open would find the new
// file unlocked; and SQLite's POSIX locks on the project are released whenever any descriptor of
// it is closed. `flock` belongs to the open file description: a second open in the same process
// is refused as another process is, the kernel drops it when the holder dies (a lock file left by
// a killed process is taken over), and Linux maps it onto NFS locks. Advisory: QGIS or sqlite3
// can still write the file. The holder writes its pid into the lock file for the message others
// see. Owns its descriptor; movable; any thread.
#include <string>

#include "core/result.h"

namespace lumiere::core {

class FileLock {
 public:
  // Takes the lock of `path` without waiting. The error says why the file is not ours to edit:
  // another Lumière edits it (LockHeld with its pid, LockHeldUnknownProcess, LockHeldHere), or
  // the lock file cannot be created (LockCannotCreateLockFile: read-only folder).
  static Result<FileLock> acquire(const std::string& path);
  // True when someone else (another process or another FileLock of this one) holds the lock of
  // `path` now; the lock file is not created. The reason (LockHeld...) goes into `why`.
  static bool held_elsewhere(const std::string& path, Message* why = nullptr);
  // ".<name>.lock" beside `path`.
  static std::string lock_path_of(const std::string& path);

  FileLock(FileLock&& other) noexcept;
  FileLock& operator=(FileLock&& other) noexcept;
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  // Removes the lock file, then releases the lock.
  ~FileLock();

  const std::string& path() const { return path_; }  // the file locked, as given

 private:
  FileLock(std::string path, std::string lock_path, int fd);
  void release();
  std::string path_;
  std::string lock_path_;
  int fd_ = -1;
};

}  // namespace lumiere::core
