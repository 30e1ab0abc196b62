"""French of the checks of paths (core/path_check.cpp, the path messages at the end of
core/messages/general_messages.h), of render's --out refusals and --force
(app/render_command.cpp), and of main's last resort (app/main.cpp)."""
FRENCH = {
    # core/messages/general_messages.h: a path checked before it is opened ("%1: no such file;
    # check the path" is translated in project_maps.py, the same words).
    "%1 is a folder, not a file; give the path of a file":
        "%1 est un dossier, pas un fichier ; indiquez le chemin d'un fichier",
    "%1 is a named pipe (FIFO), not a file; give the path of a regular file":
        "%1 est un tube nommé (FIFO), pas un fichier ; indiquez le chemin d'un fichier ordinaire",
    "%1 is a device, not a file; give the path of a regular file":
        "%1 est un périphérique, pas un fichier ; indiquez le chemin d'un fichier ordinaire",
    "%1 is a socket, not a file; give the path of a regular file":
        "%1 est une socket, pas un fichier ; indiquez le chemin d'un fichier ordinaire",
    "%1 cannot be read (permission denied); check its permissions, or copy it where you can "
    "read it":
        "%1 ne peut pas être lu (permission refusée) ; vérifiez ses droits, ou copiez-le là où "
        "vous pouvez le lire",
    "%1 cannot be written (permission denied); check its permissions, or choose another file":
        "%1 ne peut pas être écrit (permission refusée) ; vérifiez ses droits, ou choisissez un "
        "autre fichier",
    "%1 could not be read past line %2 (the disk or the network failed); copy the file to a "
    "local disk and try again":
        "%1 n'a pas pu être lu au-delà de la ligne %2 (le disque ou le réseau a failli) ; copiez "
        "le fichier sur un disque local et réessayez",
    "%1: no such folder; check the path": "%1 : dossier introuvable ; vérifiez le chemin",
    "%1 is not a folder; give the path of a folder":
        "%1 n'est pas un dossier ; indiquez le chemin d'un dossier",
    # lumiere render --out.
    "%1 is a Lumière project, which the map would replace; choose another file, or give "
    "--force to replace it":
        "%1 est un projet Lumière, que la carte remplacerait ; choisissez un autre fichier, ou "
        "ajoutez --force pour le remplacer",
    "%1 is a symbolic link to the Lumière project %2, which the map would replace; choose "
    "another file, or give --force to replace it":
        "%1 est un lien symbolique vers le projet Lumière %2, que la carte remplacerait ; "
        "choisissez un autre fichier, ou ajoutez --force pour le remplacer",
    "%1 exists and is not a file of the format written (%2), so the map would replace something "
    "else; choose another file, or give --force to replace it":
        "%1 existe et n'est pas un fichier du format écrit (%2) : la carte remplacerait autre "
        "chose ; choisissez un autre fichier, ou ajoutez --force pour le remplacer",
    "write FILE even over a Lumière project or a file of another format":
        "écrit FICHIER même par-dessus un projet Lumière ou un fichier d'un autre format",
    # app/main.cpp: an exception nothing else caught.
    "unexpected error: %1; please report it": "erreur inattendue : %1 ; merci de la signaler",
    "lumiere: %1": "lumiere : %1",
}
