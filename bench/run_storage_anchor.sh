#!/bin/sh
# The project file as a database (issue 17): whole `lumiere` processes on the national demo
# project beside MapServer's map2img (the anchor), in one run on one machine
# (docs/BENCHMARKS.md, "The project file as a database").
#
#   bench/run_storage_anchor.sh [REPS]        (default 5)
#
# 1. the anchor's data and mapfile, when missing: /work/shared/anchors/prepare.sh
#    (/tmp/anchors/communes.gpkg), qgis_render.py png --reps 1 (/tmp/anchors/breaks.json: QGIS's
#    7 Jenks classes on density), mapserver_mapfile.py (/tmp/anchors/communes.map);
# 2. lumiere_storage_bench --benchmark_repetitions=REPS with the repetitions of the five
#    benchmarks interleaved at random (the machine is shared: noise spreads over all of them);
# then a table of medians and the targets of the issue.
#
# Environment: BUILD (default build/release) holds bench/lumiere_storage_bench and app/lumiere
# (ninja -C build/release lumiere_storage_bench lumiere); ANCHORS (default /work/shared/anchors);
# LUMIERE_BENCH_PROJECT (a project to copy instead of building the demo; see storage_bench.cpp).
# Needs mapserver-bin (map2img) and, to write breaks.json, the packages of
# scripts/packages-anchor.txt; none of them is installed by CI.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
REPS=${1:-5}
BUILD=${BUILD:-$ROOT/build/release}
ANCHORS=${ANCHORS:-/work/shared/anchors}
PY=${PY:-/usr/bin/python3}  # Debian's: the one with python3-qgis
BENCH=$BUILD/bench/lumiere_storage_bench
OUT=$(mktemp -d "${TMPDIR:-/tmp}/lumiere-storage-anchor.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

missing() {
  echo "run_storage_anchor.sh: $1" >&2
  echo "  install the anchor's packages (Debian 12, not installed by CI):" >&2
  echo "    sudo apt-get install -y $2" >&2
  exit 2
}

command -v map2img >/dev/null || missing "map2img (MapServer) is missing" mapserver-bin
[ -x "$BENCH" ] || {
  echo "run_storage_anchor.sh: $BENCH is missing; build it:" >&2
  echo "  ninja -C $BUILD lumiere_storage_bench lumiere   (or set BUILD=...)" >&2
  exit 2
}
if [ ! -f /tmp/anchors/communes.gpkg ]; then
  command -v ogr2ogr >/dev/null || missing "ogr2ogr is missing" gdal-bin
  "$PY" -c 'import pyproj' 2>/dev/null || missing "pyproj is missing" python3-pyproj
  echo "== preparing the anchor data (/tmp/anchors/communes.gpkg)"
  "$ANCHORS/prepare.sh" >"$OUT/prepare.log" 2>&1 || { cat "$OUT/prepare.log" >&2; exit 1; }
fi
if [ ! -f /tmp/anchors/breaks.json ]; then
  "$PY" -c 'import qgis.core' 2>/dev/null ||
    missing "QGIS's Python bindings are missing (they write /tmp/anchors/breaks.json)" \
      "$(sed 's/#.*//' "$ROOT/scripts/packages-anchor.txt" | xargs)"
  echo "== the anchor's class breaks (qgis_render.py png --reps 1)"
  "$PY" "$ANCHORS/qgis_render.py" png --reps 1 >"$OUT/qgis.log" 2>&1 || { cat "$OUT/qgis.log" >&2; exit 1; }
  grep '^INFO classes' "$OUT/qgis.log"
fi
if [ ! -f /tmp/anchors/communes.map ] || [ /tmp/anchors/breaks.json -nt /tmp/anchors/communes.map ]; then
  "$PY" "$ANCHORS/mapserver_mapfile.py"
fi

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== tree: $(git -C "$ROOT" log -1 --format='%h %cd' --date=format:'%F %H:%M'), lumiere built $(date -r "$BUILD/app/lumiere" '+%F %H:%M'); uncommitted: $(git -C "$ROOT" status --short --untracked-files=no | awk '{print $2}' | xargs)"
echo "== $(map2img -v | cut -d' ' -f1-3); lumiere_storage_bench --benchmark_repetitions=$REPS"
"$BENCH" --benchmark_repetitions="$REPS" --benchmark_enable_random_interleaving=true \
  --benchmark_report_aggregates_only=true \
  --benchmark_out="$OUT/storage.json" --benchmark_out_format=json >"$OUT/storage.log" 2>&1 ||
  { cat "$OUT/storage.log" >&2; exit 1; }
grep -E '^project|_median' "$OUT/storage.log"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

"$PY" - "$OUT/storage.json" <<'EOF'
import json, sys
runs = json.load(open(sys.argv[1]))["benchmarks"]
def agg(kind):
    return {r["run_name"].split("/")[0]: r for r in runs if r.get("aggregate_name") == kind}
med = agg("median")
names = [("BM_ImportTwoValues", "import of 2 values"),
         ("BM_ImportTenThousand", "import of 10,000 values"),
         ("BM_StatsActes", "stats --usage actes"),
         ("BM_RenderProject", "render --project, 1920x1080 PNG"),
         ("BM_MapServerAnchor", "map2img, 1920x1080 PNG (anchor)")]
def s(name):
    r = med[name]
    assert r["time_unit"] == "ms", r["time_unit"]
    return r["real_time"] / 1000
print()
print("| what | wall (median) | CPU | max RSS | project pages changed | write(2) to files | load (1 min) |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for name, what in names:
    r = med[name]
    changed = f"{r['project_changed_kB']:,.0f} kB" if "project_changed_kB" in r else "—"
    print(f"| {what} (`{name}`) | {s(name):.3f} s | {r['cpu_s']:.2f} s | {r['max_rss_MB']:.0f} MB "
          f"| {changed} | {r['written_kB']:,.0f} kB | {r['load1']:.1f} |")
print()
def verdict(ok): return "met" if ok else "NOT met"
i2, i10, st = med["BM_ImportTwoValues"], med["BM_ImportTenThousand"], med["BM_StatsActes"]
# The rollback journal holds the old content of every page the commit changes: project and
# journal together are about twice the pages changed.
written2 = 2 * i2["project_changed_kB"]
print(f"import of 2 values: {s('BM_ImportTwoValues'):.3f} s (< 0.5 s: {verdict(s('BM_ImportTwoValues') < 0.5)}), "
      f"{i2['max_rss_MB']:.0f} MB (< 150 MB: {verdict(i2['max_rss_MB'] < 150)}), "
      f"about {written2:.0f} kB to the project and its journal (< 1 MB: {verdict(written2 < 1024)})")
print(f"import of 10,000 values: {s('BM_ImportTenThousand'):.3f} s (< 1 s: {verdict(s('BM_ImportTenThousand') < 1)})")
print(f"stats: {s('BM_StatsActes'):.3f} s (< 0.4 s: {verdict(s('BM_StatsActes') < 0.4)}), "
      f"{st['max_rss_MB']:.0f} MB (< 150 MB: {verdict(st['max_rss_MB'] < 150)})")
print(f"bench process's own peak: {max(r['bench_peak_MB'] for r in med.values()):.0f} MB "
      "(a child's max RSS below it would not show)")
print(f"render / map2img: {s('BM_RenderProject') / s('BM_MapServerAnchor'):.2f}x")
EOF
