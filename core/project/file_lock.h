#pragma once
// An advisory lock on a project file, so that two Lumière (on one machine or on several sharing a
// folder), or two opens in one process, never edit the same file at once.
//
// What is locked: the project file ITSELF, keyed on its identity (the inode), with an
// open-file-description lock (fcntl F_OFD_SETLK, a write lock) on one byte at kLockOffset. A save
// commits its rows in place through SQLite (rollback journal), so the inode stays the same across
// saves; "Save as" locks the new file's temporary before renaming it over the target, so the lock
// follows the inode (renamed()). Why OFD: the lock belongs to the open file description, not to
// the process, so it is not lost when SQLite (or GDAL) closes one of its own descriptors of the
// file, a second open in the same process conflicts as another process would, and the kernel
// drops it when the holder dies (a killed Lumière leaves nothing to clean). Symbolic and hard
// links reach the same inode, hence the same lock. On NFS the kernel maps it onto the protocol's
// byte-range locks, so machines sharing the folder see one another's locks.
//
// Why that byte: SQLite's own POSIX locks live in [0x40000000, 0x40000200) (its pending byte,
// reserved byte and shared range, at 1 GiB so that no page is ever locked). kLockOffset is just
// past that range, far from any byte SQLite locks, so our lock never conflicts with SQLite's in
// this process or another; like SQLite's, it lies beyond the data of any file we write and no
// page is read or written there.
//
// Who may lock: the lock is taken on a descriptor opened read-write (O_RDWR | O_CLOEXEC), so
// every user who may write the project may take it, whoever created the file; a user who cannot
// write it could not save anyway, and opens it read-only with that reason
// (LockCannotOpenForWriting). The file must exist to be locked (LockNoSuchFile).
//
// Who holds it: the holder writes a small info file beside the project's real path (symbolic links
// resolved), ".<name>.lock" (lock_path_of), with its user, host, pid, start time (ISO 8601 UTC)
// and the file's device and inode. It is created with the project's mode bits and group, so that
// the colleague who takes the lock over after a crash can rewrite it; one that cannot be opened
// for writing is replaced. It only feeds the message others see (LockHeld: "... is being edited
// by <user> on <host> since <time>"); failing to write it never fails the lock. A reader trusts
// it only when it names the locked inode and, on this host, a running process other than itself;
// else the message has no details (LockHeldUnknownProcess, as for a holder through another hard
// link's name, whose info file is beside that name). It is removed at release while ours.
//
// Caveats. Advisory: QGIS or sqlite3 can still write the file. SQLite names its journal after the
// path it was opened with ("<path>-journal"): two hard links to one project have two journal
// names, and a journal left by a crash under one name is not seen (nor rolled back) through the
// other, which then reads a half-written file. So users of a hard-linked project must all open it
// through ONE name; symbolic links are safe (SQLite resolves them). Closing any descriptor of a
// file drops every POSIX lock this process holds on it, SQLite's included: acquire() and
// held_elsewhere() open and close a descriptor of the file (except when this process already
// holds its lock), and a FileLock closes its own at release, so call them, and destroy a FileLock,
// when no SQLite transaction of this process is open on that file (destroy it after closing the
// connection). A child forked without exec shares the description, hence the lock, until it
// exits. The host in the info file is gethostname()'s: two machines of one name are one host.
//
// Owns its descriptor; movable; any thread (a process-wide table, under a mutex, tells the locks
// of this process apart from others').
#include <chrono>
#include <string>

#include "core/result.h"

namespace lumiere::core {

class FileLock {
 public:
  // The byte locked (see above): just past SQLite's lock range [0x40000000, 0x40000200).
  static constexpr long long kLockOffset = 0x40000400;

  // Takes the lock of `path`, retrying every ~100 ms while another holds it until `wait` has
  // elapsed. The error says why the file is not ours to edit: another edits it (LockHeld with
  // user, host and start time; LockHeldUnknownProcess when the info file is missing or stale;
  // LockHeldHere when this process holds it), it cannot be opened for writing
  // (LockCannotOpenForWriting: permission, read-only file system), it does not exist
  // (LockNoSuchFile), it keeps being replaced while locked (LockFileKeepsChanging) or the system
  // refused the lock (LockFailed, e.g. NFS without its lock service).
  static Result<FileLock> acquire(const std::string& path,
                                  std::chrono::milliseconds wait = std::chrono::milliseconds{0});
  // True when someone else (another process, or another FileLock of this one) holds the lock of
  // `path` now; false when nobody does, or the file does not exist or cannot be read. The reason
  // (LockHeld...) goes into `why`. Nothing is written.
  static bool held_elsewhere(const std::string& path, Message* why = nullptr);
  // The info file of `path`: ".<name>.lock" beside its real path (symbolic links resolved; as
  // given when it does not exist).
  static std::string lock_path_of(const std::string& path);

  FileLock(FileLock&& other) noexcept;
  FileLock& operator=(FileLock&& other) noexcept;
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  // Removes the info file (when still ours), then releases the lock.
  ~FileLock();

  // The locked file was renamed to `new_path` (Save As: the temporary renamed over the target):
  // the lock follows the inode; the info file moves beside the new name.
  void renamed(const std::string& new_path);

  const std::string& path() const { return path_; }  // the file locked, as given (or renamed)

 private:
  FileLock(std::string path, int fd, unsigned long long dev, unsigned long long ino);
  void release();
  std::string path_;
  std::string info_path_;  // where our info file was written
  std::string since_;      // when the lock was taken, ISO 8601 UTC
  int fd_ = -1;
  unsigned long long dev_ = 0;
  unsigned long long ino_ = 0;
};

}  // namespace lumiere::core
