#!/bin/sh
# Regenerates the planner's exports of tests/data/tables (issue 18, "What must show"). Not run by
# CI: the files it writes are committed, and CI reads them without LibreOffice.
#
# What a planner of the Ain sends:
# - usages-numeriques-ain.csv: Excel's "CSV (séparateur: point-virgule)": Windows-1252, ';',
#   CRLF, no BOM, every row as wide as the table (so the title row and the blank row end in
#   ';;;'), two rows above the header ("Source : …" and a blank row), INSEE codes whose leading
#   zero the spreadsheet dropped (1001 for 01001), an old code (1039 Béon, delegated in 01138
#   Culoz-Béon) beside its current commune, an associated commune alone (1120 Cordieux, in 01262
#   Montluel), a code the COG does not know (1999), accents in the names, a rate written 0-100 with
#   a decimal comma, and "n.c." where the survey had no answer;
# - adhesions-structures-ain.csv: one row per (structure, member), the member headed `Code
#   INSEE`, the same kinds of codes, French dates;
# - each opened in LibreOffice Calc as a planner opens a CSV (Windows-1252, ';', French locale,
#   special numbers detected: the codes become numbers, "62,5" a number, "15/03/2019" a date) and
#   saved as .xls (Excel 97-2003), .xlsx and .ods.
#
# Made with LibreOffice 7.4.7.2 (Debian 12 package libreoffice-calc-nogui 4:7.4.7-1+deb12u14):
#   apt-get install -y --no-install-recommends libreoffice-calc-nogui
# Run from anywhere: sh tests/data/tables/make-fixtures.sh
set -eu
cd "$(dirname "$0")"

# $1: the file's name; standard input: its rows in UTF-8, one per line. Written as Excel writes
# them: Windows-1252 and CRLF.
excel_csv() {
  sed 's/$/\r/' | iconv -f UTF-8 -t WINDOWS-1252 > "$1"
}

excel_csv usages-numeriques-ain.csv <<'EOF'
Source : enquête usages numériques 2024 — Département de l'Ain;;;
;;;
Code INSEE;Commune;Télétransmission Actes;Taux dématérialisation
1001;L'Abergement-Clémenciat;oui;75
1002;L'Abergement-de-Varey;non;20
1004;Ambérieu-en-Bugey;oui;100
1005;Ambérieux-en-Dombes;oui;62,5
1007;Ambronay;non;40
1033;Valserhône;oui;90
1039;Béon;oui;60
1053;Bourg-en-Bresse;oui;100
1093;Châtillon-sur-Chalaronne;oui;80
1120;Cordieux;non;30
1138;Culoz-Béon;non;50
1143;Divonne-les-Bains;oui;95
1173;Gex;oui;85
1185;Plateau d'Hauteville;non;n.c.
1249;Miribel;oui;70
1283;Oyonnax;oui;100
1344;Saint-Denis-lès-Bourg;oui;87,5
1381;Saint-Nizier-le-Désert;non;10
1427;Trévoux;oui;65
1451;Viriat;non;45
1999;Les Échets (lieu-dit);oui;55
EOF

excel_csv adhesions-structures-ain.csv <<'EOF'
Adhésions aux structures de mutualisation — Ain, au 1er janvier 2024;;;;;
;;;;;
Structure;Type;Code INSEE;Commune;Date d'adhésion;Services souscrits
SIEA;Syndicat mixte;1001;L'Abergement-Clémenciat;15/03/2019;Actes, SIG
SIEA;Syndicat mixte;1004;Ambérieu-en-Bugey;15/03/2019;Actes
SIEA;Syndicat mixte;1039;Béon;01/01/2016;SIG
SIEA;Syndicat mixte;1138;Culoz-Béon;01/01/2017;Actes
SIEA;Syndicat mixte;1120;Cordieux;01/06/2018;Actes
SIEA;Syndicat mixte;1999;Les Échets (lieu-dit);01/06/2018;Actes
CDG 01;Centre de gestion;1053;Bourg-en-Bresse;02/01/2020;Actes, Marchés
CDG 01;Centre de gestion;1093;Châtillon-sur-Chalaronne;02/01/2020;Actes
CDG 01;Centre de gestion;1283;Oyonnax;02/01/2020;Actes
CDG 01;Centre de gestion;1427;Trévoux;02/01/2020;Actes
CDG 01;Centre de gestion;1451;Viriat;02/01/2020;Actes, PES V2
CDG 01;Centre de gestion;1344;Saint-Denis-lès-Bourg;;Actes
EOF

# LibreOffice's CSV import options: ';' (59), '"' (34), Windows-1252 (1), from line 1, standard
# cell formats, French (1036), quoted fields not forced to text, special numbers detected.
filter='CSV:59,34,1,1,,1036,false,true'
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
convert() {  # $1: target format (soffice --convert-to), $2: the CSV
  soffice -env:UserInstallation="file://$profile" --headless --infilter="$filter" \
    --convert-to "$1" --outdir . "$2" > /dev/null
}
for csv in usages-numeriques-ain.csv adhesions-structures-ain.csv; do
  convert 'xls:MS Excel 97' "$csv"
  convert 'xlsx:Calc MS Excel 2007 XML' "$csv"
done
convert ods usages-numeriques-ain.csv
