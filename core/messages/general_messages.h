// X-macro list (see message_code.h): messages of no one concern. No include guard: included
// once per use.
LUMIERE_MESSAGE(Internal, QT_TRANSLATE_NOOP("Message", "internal error (%1); please report it"))
LUMIERE_MESSAGE(Cancelled, QT_TRANSLATE_NOOP("Message", "cancelled"))

// A path checked before it is opened or locked (core/path_check.cpp): %1 is the path as given.
LUMIERE_MESSAGE(PathMissing, QT_TRANSLATE_NOOP("Message", "%1: no such file; check the path"))
LUMIERE_MESSAGE(PathIsAFolder,
                QT_TRANSLATE_NOOP("Message", "%1 is a folder, not a file; give the path of a file"))
LUMIERE_MESSAGE(PathIsAFifo,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 is a named pipe (FIFO), not a file; give the path of a "
                                  "regular file"))
LUMIERE_MESSAGE(PathIsADevice,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 is a device, not a file; give the path of a regular file"))
LUMIERE_MESSAGE(PathIsASocket,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 is a socket, not a file; give the path of a regular file"))
LUMIERE_MESSAGE(PathNotReadable,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 cannot be read (permission denied); check its permissions, "
                                  "or copy it where you can read it"))
LUMIERE_MESSAGE(PathNotWritable,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 cannot be written (permission denied); check its "
                                  "permissions, or choose another file"))
// %2 the line reached (a read error of the system: a disk or a network share failing).
LUMIERE_MESSAGE(FileReadFailed,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 could not be read past line %2 (the disk or the network "
                                  "failed); copy the file to a local disk and try again"))
LUMIERE_MESSAGE(FolderMissing, QT_TRANSLATE_NOOP("Message", "%1: no such folder; check the path"))
LUMIERE_MESSAGE(PathNotAFolder,
                QT_TRANSLATE_NOOP("Message", "%1 is not a folder; give the path of a folder"))

// An output of `lumiere render` that would replace something else (app/render_command.cpp): %1
// the output file.
LUMIERE_MESSAGE(OutputIsAProject,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 is a Lumière project, which the map would replace; choose "
                                  "another file, or give --force to replace it"))
// %2 the project the link leads to.
LUMIERE_MESSAGE(OutputLinksToAProject,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 is a symbolic link to the Lumière project %2, which the map "
                                  "would replace; choose another file, or give --force to replace "
                                  "it"))
// %2 the format written (PNG, SVG, PDF).
LUMIERE_MESSAGE(OutputOfAnotherFormat,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 exists and is not a file of the format written (%2), so "
                                  "the map would replace something else; choose another file, or "
                                  "give --force to replace it"))

// An exception no one caught (app/main.cpp): %1 what it says.
LUMIERE_MESSAGE(AppUnexpectedError,
                QT_TRANSLATE_NOOP("Message", "unexpected error: %1; please report it"))
