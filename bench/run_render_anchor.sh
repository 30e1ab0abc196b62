#!/bin/sh
# Rendering the national commune layer, Lumière beside QGIS 3.22, in one run on one machine
# (docs/BENCHMARKS.md, "Rendering the national commune layer").
#
#   bench/run_render_anchor.sh [REPS]        (default 5)
#
# 1. the QGIS anchor: qgis_render.py png --reps REPS (7 Jenks classes on density, YlOrRd, thin
#    grey outlines, metropolitan France at 1920x1080); its TIME line gives the median of the
#    render call alone (no start-up, no layer load);
# 2. lumiere_render_bench --benchmark_repetitions=REPS, medians of the repetitions;
# then a table of medians and the ratio QGIS / Lumière.
#
# Environment: BUILD (default build/release, the "release" preset) holds
# bench/lumiere_render_bench (cmake --preset release && cmake --build build/release --target
# lumiere_render_bench); ANCHORS (default /work/shared/anchors) holds prepare.sh and
# qgis_render.py; LUMIERE_BENCH_PNG (default /tmp/lumiere_map.png) gets Lumière's national frame,
# to look at beside /tmp/anchors/qgis_map.png.
# Needs the optional packages of scripts/packages-anchor.txt (QGIS is not installed by CI).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
REPS=${1:-5}
BUILD=${BUILD:-$ROOT/build/release}
ANCHORS=${ANCHORS:-/work/shared/anchors}
PY=${PY:-/usr/bin/python3}  # Debian's: the one with python3-qgis
BENCH=$BUILD/bench/lumiere_render_bench
OUT=$(mktemp -d "${TMPDIR:-/tmp}/lumiere-render-anchor.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export LUMIERE_BENCH_PNG="${LUMIERE_BENCH_PNG:-/tmp/lumiere_map.png}"

missing() {
  echo "run_render_anchor.sh: $1" >&2
  echo "  install the anchor's packages (Debian 12, not installed by CI):" >&2
  echo "    sudo apt-get install -y gdal-bin $(sed 's/#.*//' "$ROOT/scripts/packages-anchor.txt" | xargs)" >&2
  exit 2
}

[ -x "$PY" ] || missing "$PY not found"
"$PY" -c 'import qgis.core' 2>/dev/null || missing "QGIS's Python bindings (qgis.core) are missing"
"$PY" -c 'import pyproj, osgeo' 2>/dev/null || missing "pyproj or GDAL's Python bindings are missing"
command -v ogr2ogr >/dev/null || missing "ogr2ogr (gdal-bin) is missing"
[ -f "$ANCHORS/qgis_render.py" ] || { echo "run_render_anchor.sh: no $ANCHORS/qgis_render.py; set ANCHORS" >&2; exit 2; }
[ -x "$BENCH" ] || {
  echo "run_render_anchor.sh: $BENCH is missing; build it:" >&2
  echo "  cmake --build $BUILD --target lumiere_render_bench   (or set BUILD=...)" >&2
  exit 2
}

if [ ! -f /tmp/anchors/communes.gpkg ]; then
  echo "== preparing the anchor data (/tmp/anchors/communes.gpkg)"
  "$ANCHORS/prepare.sh" >"$OUT/prepare.log" 2>&1 || { cat "$OUT/prepare.log" >&2; exit 1; }
fi

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== QGIS anchor: qgis_render.py png --reps $REPS"
"$PY" "$ANCHORS/qgis_render.py" png --reps "$REPS" >"$OUT/qgis.log" 2>&1 || { cat "$OUT/qgis.log" >&2; exit 1; }
grep -E '^(INFO classes|TIME)' "$OUT/qgis.log"
QGIS_MS=$(sed -n 's/^TIME qgis_render_png .*median_ms=\([0-9.]*\).*/\1/p' "$OUT/qgis.log")
[ -n "$QGIS_MS" ] || { echo "run_render_anchor.sh: no TIME line from qgis_render.py" >&2; cat "$OUT/qgis.log" >&2; exit 1; }

echo "== Lumière: lumiere_render_bench --benchmark_repetitions=$REPS"
"$BENCH" --benchmark_repetitions="$REPS" --benchmark_report_aggregates_only=true \
  --benchmark_out="$OUT/lumiere.json" --benchmark_out_format=json >"$OUT/lumiere.log" 2>&1 ||
  { cat "$OUT/lumiere.log" >&2; exit 1; }
grep -E 'wrote|_median' "$OUT/lumiere.log"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

"$PY" - "$OUT/lumiere.json" "$QGIS_MS" <<'EOF'
import json, sys
runs = json.load(open(sys.argv[1]))["benchmarks"]
qgis = float(sys.argv[2])
med = {r["run_name"].replace("/real_time", ""): r for r in runs if r.get("aggregate_name") == "median"}
def ms(name):
    r = med[name]
    assert r["time_unit"] == "ms", r["time_unit"]
    return r["real_time"]
national = ms("BM_RenderNational")
rss = max(r.get("peak_rss_MB", 0) for r in med.values())
print()
print("| what | median |")
print("| --- | ---: |")
print(f"| QGIS 3.22 render call, national frame (anchor) | {qgis:,.1f} ms |")
for name in ["BM_RenderNational", "BM_RenderDepartement", "BM_RepaintCachedFrame/100",
             "BM_RepaintCachedFrame/125", "BM_StyleNational"]:
    print(f"| Lumière `{name}` | {ms(name):,.1f} ms |")
print(f"| Lumière peak RSS | {rss:,.0f} MB |")
print()
ratio = qgis / national
def verdict(ok): return "met" if ok else "NOT met"
print(f"ratio QGIS / Lumière, national frame: {ratio:.2f}x  (target >= 10x: {verdict(ratio >= 10)})")
print(f"national frame: {national:.1f} ms  (target < 100 ms: {verdict(national < 100)})")
repaint = max(ms("BM_RepaintCachedFrame/100"), ms("BM_RepaintCachedFrame/125"))
print(f"repaint of a cached frame: {repaint:.2f} ms  (target < 16 ms: {verdict(repaint < 16)})")
print(f"peak RSS: {rss:.0f} MB  (target < 600 MB: {verdict(rss < 600)})")
EOF
