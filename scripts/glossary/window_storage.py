"""French of the window's project storage (app/project_session.cpp, context ProjectSession): the
recovery file that the autosave writes (the pending changes, never the project) and the dialog of
the damaged rows set aside when a project is opened."""
FRENCH = {
    # The recovery file (issue 17).
    "Lumière did not close normally while %1 had unsaved changes. They were kept in a recovery "
    "file at %2.":
        "Lumière ne s'est pas fermé normalement alors que %1 avait des modifications non "
        "enregistrées. Elles ont été conservées dans un fichier de récupération le %2.",
    "The project file was saved at %1, after these changes were kept: recovering them replaces, "
    "when you save, the same rows saved then. ":
        "Le fichier du projet a été enregistré le %1, après la conservation de ces "
        "modifications : les récupérer remplacera, à l'enregistrement, les mêmes lignes "
        "enregistrées alors. ",
    "The unsaved changes cannot be recovered: %1. The recovery file is left in place; open the "
    "project again and discard them to open the saved file.":
        "Les modifications non enregistrées ne peuvent pas être récupérées : %1. Le fichier de "
        "récupération est laissé en place ; rouvrez le projet et abandonnez-les pour ouvrir le "
        "fichier enregistré.",
    "Unsaved changes recovered: save the project to keep them.":
        "Modifications non enregistrées récupérées : enregistrez le projet pour les conserver.",
    "Keeping the changes for recovery…": "Conservation des modifications pour la récupération…",
    "The changes could not be kept for recovery: %1":
        "Les modifications n'ont pas pu être conservées pour la récupération : %1",
    "Changes kept for recovery at %1": "Modifications conservées pour la récupération à %1",

    # The damaged rows set aside when the project was read.
    "Damaged rows set aside": "Lignes endommagées mises de côté",
    "Some rows of %1 break the rules of a project. They were set aside, so the project is open "
    "read-only; the file is left as it is. Save a repaired copy, without these rows, to edit it.":
        "Certaines lignes de %1 enfreignent les règles d'un projet. Elles ont été mises de "
        "côté : le projet est donc ouvert en lecture seule, et le fichier est laissé tel quel. "
        "Enregistrez une copie réparée, sans ces lignes, pour le modifier.",
    "&Rows set aside:": "&Lignes mises de côté :",
    "Rows set aside": "Lignes mises de côté",
    "&Save a repaired copy…": "&Enregistrer une copie réparée…",
}
