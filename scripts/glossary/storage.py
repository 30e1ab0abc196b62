"""French of core/messages/storage_messages.h (the commit in place, rows set aside, the recovery
file) and of the commands that use them: import --wait, repair, the warnings of set-aside rows."""
FRENCH = {
    # storage_messages.h
    "%1 cannot be opened as a database (SQLite: %2); check that it is a project file saved by "
    "Lumière":
        "%1 ne peut pas être ouvert comme base de données (SQLite : %2) ; vérifiez que c'est un "
        "fichier de projet enregistré par Lumière",
    "%1 is read-only for you, so nothing was saved in it; ask its owner for write access, or "
    "work on a copy":
        "%1 est en lecture seule pour vous, rien n'y a donc été enregistré ; demandez le droit "
        "d'écriture à son propriétaire, ou travaillez sur une copie",
    "%1 is read-only for you, so nothing was saved in it; use Save As to save a copy elsewhere":
        "%1 est en lecture seule pour vous, rien n'y a donc été enregistré ; utilisez "
        "« Enregistrer sous » pour en enregistrer une copie ailleurs",
    "%1 was not saved: its folder %2 is read-only (a save writes a journal beside the file); ask "
    "for write access to the folder, or work on a copy elsewhere":
        "%1 n'a pas été enregistré : son dossier %2 est en lecture seule (un enregistrement écrit "
        "un journal à côté du fichier) ; demandez le droit d'écriture sur le dossier, ou "
        "travaillez sur une copie ailleurs",
    "%1 was not saved: its folder %2 is read-only (a save writes a journal beside the file); use "
    "Save As to save it elsewhere":
        "%1 n'a pas été enregistré : son dossier %2 est en lecture seule (un enregistrement écrit "
        "un journal à côté du fichier) ; utilisez « Enregistrer sous » pour l'enregistrer ailleurs",
    "%1 is being written by another program, so nothing was saved; try again when it has "
    "finished":
        "%1 est en cours d'écriture par un autre programme, rien n'a donc été enregistré ; "
        "réessayez quand il aura fini",
    "%1 is open in another program that keeps it in WAL mode (QGIS, for instance), so nothing "
    "was saved; close it there and try again":
        "%1 est ouvert dans un autre programme qui le tient en mode WAL (QGIS, par exemple), rien "
        "n'a donc été enregistré ; fermez-le dans ce programme et réessayez",
    "%1: the changes were not saved (SQLite: %2); the project is as it was":
        "%1 : les modifications n'ont pas été enregistrées (SQLite : %2) ; le projet est resté "
        "tel qu'il était",
    "%1 cannot be read (SQLite: %2); the file looks damaged, open a backup copy":
        "%1 ne peut pas être lu (SQLite : %2) ; le fichier semble endommagé, ouvrez une copie de "
        "sauvegarde",
    "%1: not enough space on %2, so nothing was saved; free some space and save again; the "
    "project is as it was":
        "%1 : pas assez de place sur %2, rien n'a donc été enregistré ; libérez de la place et "
        "enregistrez à nouveau ; le projet est resté tel qu'il était",
    "%1: row %2 of the table %3 (%4) set aside: it %5":
        "%1 : ligne %2 de la table %3 (%4) mise de côté : elle %5",
    "%1 has %2 damaged rows, set aside: it is read-only; write a repaired copy with: lumiere "
    "repair %1 --out COPY.gpkg":
        "%1 a %2 lignes endommagées, mises de côté : il est en lecture seule ; écrivez-en une "
        "copie réparée avec : lumiere repair %1 --out COPIE.gpkg",
    "%1 has %2 damaged rows, set aside: it opened read-only; save a repaired copy with Save As":
        "%1 a %2 lignes endommagées, mises de côté : il s'est ouvert en lecture seule ; "
        "enregistrez-en une copie réparée avec « Enregistrer sous »",
    "the recovery file %1 cannot be read (%2)":
        "le fichier de récupération %1 ne peut pas être lu (%2)",
    "the recovery file %1 cannot be written (%2)":
        "le fichier de récupération %1 ne peut pas être écrit (%2)",
    # app: the warnings of rows set aside, import --wait
    "lumiere %1: warning: %2": "lumiere %1 : avertissement : %2",
    "SECONDS": "SECONDES",
    "how long to wait when a colleague is saving the project (default 5)":
        "combien de temps attendre quand un collègue enregistre le projet (5 par défaut)",
    '--wait takes a number of seconds from 0 to 3600, not "%1"':
        "--wait prend un nombre de secondes de 0 à 3600, pas « %1 »",
    "%1, so nothing was imported":
        "%1, rien n'a donc été importé",
    # app/repair_command.cpp
    "PROJECT.gpkg --out COPY.gpkg [--force]": "PROJET.gpkg --out COPIE.gpkg [--force]",
    "Writes a repaired copy of a project whose tables hold damaged rows (rows that break the "
    "model, e.g. after an edit in QGIS): the rows are listed and left out of the copy; the "
    "project is not changed.":
        "Écrit une copie réparée d'un projet dont les tables contiennent des lignes endommagées "
        "(des lignes qui enfreignent le modèle, par exemple après une modification dans QGIS) : "
        "les lignes sont listées et laissées hors de la copie ; le projet n'est pas modifié.",
    "COPY.gpkg": "COPIE.gpkg",
    "the copy to write": "la copie à écrire",
    "replace COPY.gpkg if it exists": "remplace COPIE.gpkg s'il existe",
    "give one project to repair": "donnez un projet à réparer",
    "no copy to write: give --out COPY.gpkg": "pas de copie à écrire : donnez --out COPIE.gpkg",
    "%1 already exists; give --force to replace it, or choose another file":
        "%1 existe déjà ; donnez --force pour le remplacer, ou choisissez un autre fichier",
    "%1 damaged rows left out; the repaired copy is %2":
        "%1 lignes endommagées laissées de côté ; la copie réparée est %2",
}
