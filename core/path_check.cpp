#include "core/path_check.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <optional>

namespace lumiere::core {

namespace {

Error error(MessageCode code, const std::string& path) { return Error{code, {path}}; }

// The error of a path that is there but is not a regular file, or nothing for a regular file.
std::optional<Error> not_a_file(PathKind kind, const std::string& path) {
  switch (kind) {
    case PathKind::Folder:
      return error(MessageCode::PathIsAFolder, path);
    case PathKind::Fifo:
      return error(MessageCode::PathIsAFifo, path);
    case PathKind::Device:
      return error(MessageCode::PathIsADevice, path);
    case PathKind::Socket:
      return error(MessageCode::PathIsASocket, path);
    case PathKind::Other:
      return error(MessageCode::PathNotReadable, path);
    case PathKind::Missing:
      return error(MessageCode::PathMissing, path);
    case PathKind::File:
      break;
  }
  return std::nullopt;
}

}  // namespace

PathKind path_kind(const std::string& path) {
  struct stat st {};
  if (path.empty()) return PathKind::Missing;
  if (::stat(path.c_str(), &st) != 0) {
    return errno == ENOENT || errno == ENOTDIR ? PathKind::Missing : PathKind::Other;
  }
  if (S_ISREG(st.st_mode)) return PathKind::File;
  if (S_ISDIR(st.st_mode)) return PathKind::Folder;
  if (S_ISFIFO(st.st_mode)) return PathKind::Fifo;
  if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) return PathKind::Device;
  if (S_ISSOCK(st.st_mode)) return PathKind::Socket;
  return PathKind::Other;
}

Status check_input_file(const std::string& path) {
  if (auto refused = not_a_file(path_kind(path), path)) return *refused;
  if (::access(path.c_str(), R_OK) != 0) return error(MessageCode::PathNotReadable, path);
  return Done{};
}

Status check_output_file(const std::string& path) {
  const PathKind kind = path_kind(path);
  if (kind == PathKind::Missing) return Done{};
  if (kind == PathKind::Other) return error(MessageCode::PathNotWritable, path);
  if (auto refused = not_a_file(kind, path)) return *refused;
  if (::access(path.c_str(), W_OK) != 0) return error(MessageCode::PathNotWritable, path);
  return Done{};
}

Status check_folder(const std::string& path) {
  switch (path_kind(path)) {
    case PathKind::Missing:
      return error(MessageCode::FolderMissing, path);
    case PathKind::Folder:
      break;
    case PathKind::Other:
      return error(MessageCode::PathNotReadable, path);
    default:
      return error(MessageCode::PathNotAFolder, path);
  }
  if (::access(path.c_str(), R_OK | X_OK) != 0) return error(MessageCode::PathNotReadable, path);
  return Done{};
}

}  // namespace lumiere::core
