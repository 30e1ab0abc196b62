"""French of issue 20 item 4, the attribute table: its columns (ui/attribute_table_model.cpp,
context AttributeTableModel) and its dock (ui/attribute_table_dock.cpp, context
AttributeTableDock): the search, the condition on a field, the count of rows, the CSV export. The
mnemonics stay distinct in French and clear of the menu bar's (Fichier, Édition, Affichage, Carte,
Analyse, Aide): Rechercher, Champ, Condition, Valeur, Minimum, Maximum, Effacer, Exporter."""
FRENCH = {
    # ui/attribute_table_model.cpp
    "Code": "Code",
    "Name": "Nom",
    "%1: %2": "%1 : %2",
    "The feature's code (the INSEE code of a commune or a department)":
        "Le code de l'entité (le code Insee d'une commune ou d'un département)",
    "The official name where the COG knows the code, else the layer's":
        "Le nom officiel quand le COG connaît le code, sinon celui de la couche",
    "Population (inhabitants)": "Population (habitants)",
    "Area (km²)": "Superficie (km²)",
    "Density (inhabitants per km²)": "Densité (habitants par km²)",
    "Department (INSEE code)": "Département (code Insee)",
    "Column \"%1\" of the layer": "Colonne « %1 » de la couche",
    # ui/attribute_table_dock.cpp
    "Attribute table": "Table attributaire",
    "&Search:": "&Rechercher :",
    "Name, code…": "Nom, code…",
    "Keeps the rows whose code, name or text contains these words, regardless of case and "
    "accents":
        "Garde les lignes dont le code, le nom ou un texte contient ces mots, sans tenir compte "
        "des majuscules ni des accents",
    "F&ield:": "C&hamp :",
    "C&ondition:": "C&ondition :",
    "Val&ue:": "&Valeur :",
    "Mi&nimum:": "&Minimum :",
    "Ma&ximum:": "Ma&ximum :",
    "Clea&r": "&Effacer",
    "Clear the condition on a field": "Effacer la condition sur un champ",
    "any value": "toute valeur",
    "equals": "égal à",
    "between": "entre",
    "is empty": "est vide",
    "is not empty": "n'est pas vide",
    "no minimum": "pas de minimum",
    "no maximum": "pas de maximum",
    "Attributes of the features": "Attributs des entités",
    "One row per feature; click a column's header to sort by it":
        "Une ligne par entité ; cliquez sur l'en-tête d'une colonne pour trier selon elle",
    "Ex&port CSV…": "Ex&porter en CSV…",
    "Export CSV": "Exporter en CSV",
    "Export the attribute table": "Exporter la table attributaire",
    "CSV files (*.csv)": "Fichiers CSV (*.csv)",
    "attributes": "attributs",
    "No layer to show.": "Aucune couche à afficher.",
    "%1 of %2 communes": "%1 sur %2 communes",
    "%1 of %2 departments": "%1 sur %2 départements",
    "%1 of %2 features": "%1 sur %2 entités",
    "\"%1\" is not a number: the condition is left out.":
        "« %1 » n'est pas un nombre : la condition est ignorée.",
    "The table could not be written to \"%1\": %2. Choose a folder you can write to.":
        "La table n'a pas pu être écrite dans « %1 » : %2. Choisissez un dossier où vous pouvez "
        "écrire.",
}
