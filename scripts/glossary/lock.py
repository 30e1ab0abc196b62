"""French of core/messages/lock_messages.h: the lock of a project file."""
FRENCH = {
    "%1 is being edited by %2 on %3 since %4":
        "%1 est en cours de modification par %2 sur %3 depuis %4",
    "%1 is being edited by another Lumière":
        "%1 est en cours de modification dans un autre Lumière",
    "%1 is already open for editing in this Lumière":
        "%1 est déjà ouvert en modification dans ce Lumière",
    "%1 cannot be edited: it cannot be opened for writing (%2)":
        "%1 ne peut pas être modifié : il ne peut pas être ouvert en écriture (%2)",
    "%1 cannot be locked for editing: it does not exist":
        "%1 ne peut pas être verrouillé pour modification : il n'existe pas",
    "%1 cannot be locked for editing (%2)":
        "%1 ne peut pas être verrouillé pour modification (%2)",
    "%1 cannot be locked for editing: it keeps being replaced":
        "%1 ne peut pas être verrouillé pour modification : il est sans cesse remplacé",
}
