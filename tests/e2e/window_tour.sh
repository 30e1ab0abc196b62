#!/usr/bin/env bash
# The planner's window driven as a user drives it (issue 20): `lumiere` on the demo project under
# Xvfb, keyboard only (the shortcuts of the Map and Analysis menus, Ctrl+F), a screenshot after
# each step once the window has stopped changing. Each step must change what the window shows.
#   tests/e2e/window_tour.sh LUMIERE OUTDIR [DEMO.gpkg]
# Without DEMO, builds it with `lumiere demo`. The screenshots stay in OUTDIR (docs/ and the
# README show two of them).
set -euo pipefail

lumiere=$1
out=$2
demo=${3:-}
need() {
  command -v "$1" >/dev/null || { echo "window_tour: $1 is missing: apt-get install $2" >&2; exit 1; }
}
need xvfb-run xvfb
need xdotool xdotool
need import imagemagick
need compare imagemagick

mkdir -p "$out"
if [[ -z $demo ]]; then
  demo=$out/demo.gpkg
  LANG=fr_FR.UTF-8 "$lumiere" demo --out "$demo" --force >/dev/null
fi

if [[ -z ${WINDOW_TOUR_INSIDE:-} ]]; then
  WINDOW_TOUR_INSIDE=1 exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi

# A real X window on Xvfb, whatever platform the test run asks of Qt (offscreen has no window).
unset QT_QPA_PLATFORM
settings=$(mktemp -d)
trap 'rm -rf "$settings"; kill "$pid" 2>/dev/null || true' EXIT
XDG_CONFIG_HOME=$settings XDG_RUNTIME_DIR=$settings "$lumiere" --lang fr "$demo" \
  >"$out/lumiere.log" 2>&1 &
pid=$!

window=$(timeout 120 xdotool search --sync --onlyvisible --classname "lumiere" | head -1 || true)
[[ -n $window ]] || { echo "window_tour: no window of lumiere within 2 minutes" >&2; exit 1; }
xdotool windowsize "$window" 1600 1000 windowmove "$window" 0 0

# Waits until two screenshots two seconds apart are the same but for a blinking text cursor (at
# most 100 pixels: the map drawn, no task running), then keeps the last as OUTDIR/NAME.png.
settle() {
  local name=$1 previous="$settings/previous.png" current="$settings/current.png"
  rm -f "$previous"
  for _ in $(seq 1 90); do
    sleep 2
    import -window root "$current"
    if [[ -f $previous ]] &&
      (($(compare -metric AE "$previous" "$current" null: 2>&1 || echo 999999) <= 100)); then
      cp "$current" "$out/$name.png"
      echo "window_tour: $name.png"
      return 0
    fi
    mv "$current" "$previous"
  done
  echo "window_tour: the window did not settle for $name" >&2
  exit 1
}

# Each step must show something else than the step before.
last=""
step() {
  local name=$1
  shift
  xdotool windowfocus --sync "$window"
  for keys in "$@"; do
    case $keys in
      type:*) xdotool type --delay 60 "${keys#type:}" ;;
      *) xdotool key "$keys" ;;
    esac
    sleep 0.5
  done
  settle "$name"
  if [[ -n $last ]]; then
    local changed
    changed=$(compare -metric AE "$out/$last.png" "$out/$name.png" null: 2>&1 || true)
    if [[ $changed -lt 2000 ]]; then
      echo "window_tour: $name shows what $last showed ($changed pixels changed)" >&2
      exit 1
    fi
  fi
  last=$name
}

step 01-couverture
step 02-adoption ctrl+3
step 03-adoption-departements ctrl+shift+3
step 04-recherche-la-rochelle ctrl+shift+1 ctrl+f "type:la rochelle" Return
step 05-table-et-statistiques ctrl+shift+t ctrl+shift+s

title=$(xdotool getwindowname "$window")
[[ $title == *"Démonstration Lumière"* ]] || {
  echo "window_tour: the window's title is \"$title\"" >&2
  exit 1
}
echo "window_tour: 5 steps, each drawn and different"
