"""French of issue 19's today's communes: the demo's dissolve of the former communes into their
current commune (app/demo_command.cpp, maps/project_layers.cpp)."""
FRENCH = {
    '--seed takes a whole number from 0 (e.g. --seed 42), not "%1"':
        "--seed prend un nombre entier à partir de 0 (par ex. --seed 42), pas « %1 »",
    "Communes as the boundaries draw them (before mergers)":
        "Communes selon les contours (avant fusions)",
}
FRENCH.update({
    "The boundaries (%1 features) are older than the COG: %2 former communes dissolved into %3 "
    "communes of today; the layer %4 keeps the boundaries as drawn, hidden on the maps.\n":
        "Les contours (%1 entités) sont antérieurs au COG : %2 anciennes communes fusionnées dans "
        "%3 communes d'aujourd'hui ; la couche %4 garde les contours tels que dessinés, masquée "
        "sur les cartes.\n",
    "  %1 %2: %3\n": "  %1 %2 : %3\n",
    "%1 features are no commune of the COG and are drawn as they are: %2\n":
        "Entités qui ne sont pas des communes du COG, dessinées telles quelles (%1) : %2\n",
})
