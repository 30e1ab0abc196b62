"""French of issue 19 point 7, statistics that mean what they say: the table and the options of
lumiere stats (app/stats_command.cpp, context Stats): the territory counted, the vintages, the
strata named by their source, the minimum of observed communes and the inequality between
territories."""
FRENCH = {
    # Options.
    "--project FILE.gpkg --usage ID [--by strate|departement|region|epci|structure|densite] "
    "[--strata dgf|compact] [--with-com] [--density-grid TABLE] [--vintage YEAR] [--json]":
        "--project FICHIER.gpkg --usage ID "
        "[--by strate|departement|region|epci|structure|densite] [--strata dgf|compact] "
        "[--with-com] [--density-grid TABLEAU] [--vintage ANNÉE] [--json]",
    "SCHEME": "DÉCOUPAGE",
    "the population strata: dgf (by default, the 15 legal strata of article L.2334-3 of the "
    "CGCT) or compact (Lumière's 9)":
        "les strates de population : dgf (par défaut, les 15 strates légales de l'article "
        "L.2334-3 du CGCT) ou compact (les 9 de Lumière)",
    "count the entities of the overseas collectivities (COM) too; by default metropolitan France "
    "and the DROM only":
        "compter aussi les entités des collectivités d'outre-mer (COM) ; par défaut, la France "
        "métropolitaine et les DROM seulement",
    '--strata takes dgf or compact, not "%1"': "--strata attend dgf ou compact, et non « %1 »",
    # The heading of the table.
    "Communes of metropolitan France, the DROM and the overseas collectivities: %1":
        "Communes de France métropolitaine, des DROM et des collectivités d'outre-mer : %1",
    "Communes of metropolitan France and the DROM: %1 (the %2 entities of the overseas "
    "collectivities are left out; --with-com adds them)":
        "Communes de France métropolitaine et des DROM : %1 (les %2 entités des collectivités "
        "d'outre-mer sont laissées de côté ; --with-com les ajoute)",
    "Vintages: population %1 (INSEE's legal populations, as in the COG), indicator %2":
        "Millésimes : population %1 (populations légales de l'Insee, telles que dans le COG), "
        "indicateur %2",
    "Strata: the 15 legal strata of the DGF (article L.2334-3 of the CGCT)":
        "Strates : les 15 strates légales de la DGF (article L.2334-3 du CGCT)",
    "Strata: Lumière's compact scheme (9 strata, no official source)":
        "Strates : le découpage compact de Lumière (9 strates, sans source officielle)",
    # Columns and groups.
    "Structure": "Structure",
    "Name": "Nom",
    "Obs. pop.": "Pop. obs.",
    "%1 and more": "%1 et plus",
    "%1 inh./km² and more": "%1 hab./km² et plus",
    "under %1 inh./km²": "moins de %1 hab./km²",
    "%1 to %2 inh./km²": "de %1 à %2 hab./km²",
    "No structure": "Aucune structure",
    "No EPCI": "Sans EPCI",
    "Unknown density": "Densité inconnue",
    "Densely populated": "Densément peuplée",
    "Intermediate density": "Densité intermédiaire",
    "Sparsely populated": "Peu dense",
    "Very sparsely populated": "Très peu dense",
    "Large urban centres": "Grands centres urbains",
    "Intermediate urban centres": "Centres urbains intermédiaires",
    "Urban belts": "Ceintures urbaines",
    "Small towns": "Petites villes",
    "Rural towns": "Bourgs ruraux",
    "Rural with dispersed housing": "Rural à habitat dispersé",
    "Rural with very dispersed housing": "Rural à habitat très dispersé",
    "strata": "strates",
    "régions": "régions",
    "density classes": "classes de densité",
    "départements": "départements",
    # Notes under the table.
    "* fewer than %1 observed communes: shown, but left out of the highest and lowest and of "
    "the inequality between groups":
        "* moins de %1 communes observées : affiché, mais exclu des plus hauts et plus bas et de "
        "l'inégalité entre groupes",
    "Structures overlap: a commune covered by several structures counts in the row of each, so "
    "the rows add up to more than the %1 communes.":
        "Les structures se chevauchent : une commune couverte par plusieurs structures compte "
        "dans la ligne de chacune, si bien que les lignes totalisent plus que les %1 communes.",
    "Fracture between the smallest and the largest strata of %1 observed communes or more "
    "(rates by communes): %2 %3, %4 %5, gap %6":
        "Fracture entre la plus petite et la plus grande strate d'au moins %1 communes "
        "observées (taux par communes) : %2 %3, %4 %5, écart %6",
    "  covered %1, not covered %2, gap %3": "  couvertes %1, non couvertes %2, écart %3",
    "Inequality between %1 (rates by population, each weighted by its observed population; %2 "
    "groups of %3 observed communes or more):":
        "Inégalité entre %1 (taux par population, chacun pondéré par sa population observée ; "
        "%2 groupes d'au moins %3 communes observées) :",
    "  population-weighted Gini of the rates %1, coefficient of variation %2; lowest %3, "
    "highest %4; P10 %5, P90 %6, interdecile gap %7":
        "  Gini des taux pondéré par la population %1, coefficient de variation %2 ; plus bas "
        "%3, plus haut %4 ; P10 %5, P90 %6, écart interdécile %7",
    "  (The Gini is 0 when every group adopts at the same rate and grows towards 1 as adoption "
    "concentrates in some groups.)":
        "  (Le Gini vaut 0 quand tous les groupes adoptent au même taux et tend vers 1 à mesure "
        "que l'adoption se concentre dans quelques groupes.)",
    "  1 group under %1 observed communes left out":
        "  1 groupe de moins de %1 communes observées laissé de côté",
    "  %1 groups under %2 observed communes left out":
        "  %1 groupes de moins de %2 communes observées laissés de côté",
}
