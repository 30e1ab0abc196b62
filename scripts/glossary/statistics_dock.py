"""French of issue 20 point 3, the statistics dock: ui/statistics_dock.cpp (context
lumiere::ui::StatisticsDock) and the sentence of each figure in maps/statistics_text.cpp (context
Stats, shared with lumiere stats, whose other strings are in truthful_stats.py)."""
FRENCH = {
    # maps/statistics_text.cpp: one sentence per figure.
    "Gap between strata (rates by communes)": "Écart entre strates (taux par communes)",
    "Gap between strata (rates by population)": "Écart entre strates (taux par population)",
    "Ratio between strata": "Rapport entre strates",
    "The adoption rate of the largest stratum of %1 observed communes or more (%2: %3) minus "
    "that of the smallest (%4: %5); positive when the large communes adopt more.":
        "Le taux d'adoption de la plus grande strate d'au moins %1 communes observées (%2 : %3) "
        "moins celui de la plus petite (%4 : %5) ; positif quand les grandes communes adoptent "
        "davantage.",
    "The rate of the largest stratum (%1) divided by that of the smallest (%2).":
        "Le taux de la plus grande strate (%1) divisé par celui de la plus petite (%2).",
    "Not defined: no observed commune of the smallest stratum (%1) adopts the usage.":
        "Non défini : aucune commune observée de la plus petite strate (%1) n'a adopté l'usage.",
    "No stratum has %1 observed communes or more: a handful of communes gives a rate of chance, "
    "so there is no gap to measure.":
        "Aucune strate n'a au moins %1 communes observées : quelques communes donnent un taux de "
        "hasard, il n'y a donc pas d'écart à mesurer.",
    "Not defined: no stratum has %1 observed communes or more.":
        "Non défini : aucune strate n'a au moins %1 communes observées.",
    "Covered minus not covered": "Couvertes moins non couvertes",
    "Communes covered by a structure offering the usage adopt at %1, white zones at %2; a "
    "positive gap suggests, without proving it, that pooling helps adoption.":
        "Les communes couvertes par une structure offrant l'usage l'adoptent à %1, les zones "
        "blanches à %2 ; un écart positif suggère, sans le prouver, que la mutualisation aide "
        "l'adoption.",
    "Every observed commune is covered by a structure offering the usage (they adopt at %1): "
    "there is no white zone to compare with.":
        "Toutes les communes observées sont couvertes par une structure offrant l'usage (elles "
        "l'adoptent à %1) : il n'y a pas de zone blanche à laquelle les comparer.",
    "No observed commune is covered by a structure offering the usage (they adopt at %1): "
    "there is nothing to compare with.":
        "Aucune commune observée n'est couverte par une structure offrant l'usage (elles "
        "l'adoptent à %1) : il n'y a rien à quoi les comparer.",
    "No commune is observed: there is nothing to compare.":
        "Aucune commune n'est observée : il n'y a rien à comparer.",
    "Inequality between %1": "Inégalité entre %1",
    "Fewer than two %1 have %2 observed communes or more: there is no inequality between them "
    "to measure.":
        "Moins de deux %1 ont au moins %2 communes observées : il n'y a pas d'inégalité à mesurer "
        "entre eux.",
    "%1 under %2 observed communes are left out.":
        "%1 de moins de %2 communes observées sont laissés de côté.",
    "Gini between %1": "Gini entre %1",
    "The population-weighted Gini of the adoption rates by population of %1 %2: 0 when all "
    "adopt at the same rate, growing towards 1 as adoption concentrates in some; lowest %3, "
    "highest %4.":
        "Le Gini, pondéré par la population, des taux d'adoption par population de %1 %2 : 0 "
        "quand tous adoptent au même taux, tendant vers 1 à mesure que l'adoption se concentre "
        "dans quelques-uns ; plus bas %3, plus haut %4.",
    "Coefficient of variation": "Coefficient de variation",
    "The standard deviation of the rates of the %1, weighted by their observed population, "
    "over their weighted mean.":
        "L'écart type des taux des %1, pondéré par leur population observée, divisé par leur "
        "moyenne pondérée.",
    "Interdecile gap": "Écart interdécile",
    "P90 (%1) minus P10 (%2): at least a tenth of the observed population lives in %3 adopting "
    "at %2 or less, and at least a tenth in %3 adopting at %1 or more.":
        "P90 (%1) moins P10 (%2) : au moins un dixième de la population observée vit dans des %3 "
        "adoptant à %2 ou moins, et au moins un dixième dans des %3 adoptant à %1 ou plus.",
    # ui/statistics_dock.cpp
    "Statistics": "Statistiques",
    "&Copy as CSV": "&Copier en CSV",
    "Sa&ve the chart…": "&Enregistrer le graphique…",
    "France": "France",
    "Type a name or a code": "Saisir un nom ou un code",
    "Adoption rate by population stratum": "Taux d'adoption par strate de population",
    "Adoption of covered communes and of white zones":
        "Adoption des communes couvertes et des zones blanches",
    "Fracture and inequality figures": "Mesures de la fracture et de l'inégalité",
    "Copies the table of strata (communes, observed, adopting, rates)":
        "Copie le tableau des strates (communes, observées, adoptantes, taux)",
    "Saves the charts as PNG or SVG": "Enregistre les graphiques en PNG ou en SVG",
    "&Scope:": "&Périmètre :",
    "&Territory:": "&Territoire :",
    "Save the chart": "Enregistrer le graphique",
    "statistics.png": "statistiques.png",
    "PNG image (*.png);;SVG drawing (*.svg)": "Image PNG (*.png);;Dessin SVG (*.svg)",
    "the selection (1 commune)": "la sélection (1 commune)",
    "the selection (%1 communes)": "la sélection (%1 communes)",
    "Selection (no commune)": "Sélection (aucune commune)",
    "Selection (1 commune)": "Sélection (1 commune)",
    "Selection (%1 communes)": "Sélection (%1 communes)",
    "Open a project to see the statistics of its usages.":
        "Ouvrez un projet pour voir les statistiques de ses usages.",
    "Choose a usage to see its statistics.": "Choisissez un usage pour voir ses statistiques.",
    "%1 has no value for %2: import its indicator values of that year to see its statistics.":
        "%1 n'a aucune valeur pour %2 : importez ses valeurs d'indicateur de cette année pour "
        "voir ses statistiques.",
    "The selection holds no commune: select communes on the map.":
        "La sélection ne contient aucune commune : sélectionnez des communes sur la carte.",
    "%1 holds no current commune.": "%1 ne contient aucune commune actuelle.",
    "No commune of %1 has a value of %2 for %3.":
        "Aucune commune de %1 n'a de valeur de %2 pour %3.",
    "Adoption of %1 by population stratum": "Adoption de %1 par strate de population",
    "%1 observed communes or more": "au moins %1 communes observées",
    "fewer than %1 observed communes": "moins de %1 communes observées",
    "Inhabitants": "Habitants",
    "Adoption rate (% of observed communes)": "Taux d'adoption (% des communes observées)",
    "France: %1": "France : %1",
    "Covered communes and white zones": "Communes couvertes et zones blanches",
    "Covered communes": "Communes couvertes",
    "Pale bars: strata of fewer than %1 observed communes, whose rate is one of chance; they "
    "are left out of the gap and the ratio.":
        "Barres pâles : strates de moins de %1 communes observées, dont le taux est de hasard ; "
        "elles sont exclues de l'écart et du rapport.",
    "No observed commune in: %1.": "Aucune commune observée dans : %1.",
    "Covered communes: %1; white zones: %2": "Communes couvertes : %1 ; zones blanches : %2",
    "Stratum": "Strate",
    "There is no chart to save.": "Il n'y a pas de graphique à enregistrer.",
    "%1: give the file the extension .png or .svg.":
        "%1 : donnez au fichier l'extension .png ou .svg.",
    "%1 could not be written.": "%1 n'a pas pu être écrit.",
}
