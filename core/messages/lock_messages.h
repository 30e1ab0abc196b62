// X-macro list (see message_code.h): messages of the lock of a project file
// (core/project/file_lock.cpp). No include guard: included once per use. Each is a clause that
// other messages complete (ProjectNotSavedOverHeld, ProjectNotSavedNotLocked) or the reason a
// project opened read-only (Project::read_only_reason). %1 the project file.
// %2 the holder's user name (or uid), %3 its host, %4 since when (ISO 8601 UTC), as its info file
// says.
LUMIERE_MESSAGE(LockHeld, QT_TRANSLATE_NOOP("Message", "%1 is being edited by %2 on %3 since %4"))
// Held, but the info file is missing or stale: nothing is known of the holder.
LUMIERE_MESSAGE(LockHeldUnknownProcess,
                QT_TRANSLATE_NOOP("Message", "%1 is being edited by another Lumière"))
LUMIERE_MESSAGE(LockHeldHere,
                QT_TRANSLATE_NOOP("Message", "%1 is already open for editing in this Lumière"))
// %2 the system's reason (permission denied, read-only file system).
LUMIERE_MESSAGE(LockCannotOpenForWriting,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 cannot be edited: it cannot be opened for writing (%2)"))
LUMIERE_MESSAGE(LockNoSuchFile,
                QT_TRANSLATE_NOOP("Message", "%1 cannot be locked for editing: it does not exist"))
// %2 the system's reason.
LUMIERE_MESSAGE(LockFailed, QT_TRANSLATE_NOOP("Message", "%1 cannot be locked for editing (%2)"))
LUMIERE_MESSAGE(LockFileKeepsChanging,
                QT_TRANSLATE_NOOP("Message",
                                  "%1 cannot be locked for editing: it keeps being replaced"))
