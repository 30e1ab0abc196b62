#pragma once
// The checks of a path before anything opens or locks it: what is there (a regular file, a
// folder, a named pipe, a device, a socket), and whether it can be used as an input file, an
// output file or a folder. Looked at with stat(2) and access(2) only: a named pipe (FIFO) is
// never opened, so a check never blocks. Symbolic links are followed. Thread-safe.
#include <string>

#include "core/result.h"

namespace lumiere::core {

// What a path leads to, symbolic links followed.
enum class PathKind {
  Missing,  // nothing there (or a dangling symbolic link)
  File,     // a regular file
  Folder,
  Fifo,
  Device,  // a character or block device (/dev/null, a disk)
  Socket,
  Other,  // stat(2) failed otherwise (a folder on the way cannot be searched...)
};

PathKind path_kind(const std::string& path);

// A file to read: PathMissing, PathIsAFolder, PathIsAFifo, PathIsADevice, PathIsASocket or
// PathNotReadable when it is not a regular file this process may read. %1 is `path`.
Status check_input_file(const std::string& path);

// A file to write (created or replaced): nothing there is fine (whether its folder exists is
// the writer's to say); an existing folder, FIFO, device or socket is refused as by
// check_input_file, and an existing file this process may not write gives PathNotWritable.
Status check_output_file(const std::string& path);

// A folder to read from: FolderMissing, PathNotAFolder (a file, a FIFO, a device...) or
// PathNotReadable when it cannot be listed and searched.
Status check_folder(const std::string& path);

}  // namespace lumiere::core
