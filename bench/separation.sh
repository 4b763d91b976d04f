#!/usr/bin/env bash
# Stem separation benchmark on an audio-eval corpus: SFA's engine (one JVM, all clips) against the kit's
# baselines (mixture, irm oracle, plain dsp) measured in the same run, scored with the kit's score.py; then the
# peak heap for a 10-minute track. Strictly sequential (2-core machine).
# usage: bench/separation.sh [corpus dir]      (default: $SFA_AUDIO_EVAL/corpus/seed7)
#   SFA_AUDIO_EVAL   eval kit folder (default /work/eval)
#   RESULTS          where results go (default target/separation-bench/<corpus name>)
#   SKIP_BASELINES=1 reuse baseline scores already in RESULTS;  SKIP_MEMORY=1 skip the 10-minute run
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
KIT=${SFA_AUDIO_EVAL:-/work/eval}
CORPUS=$(cd "${1:-$KIT/corpus/seed7}" && pwd)
NAME=$(basename "$CORPUS")
RESULTS=${RESULTS:-$ROOT/target/separation-bench/$NAME}
PY=/usr/bin/python3
JAVA=${JAVA:-}
if [ -z "$JAVA" ]; then
  for j in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "$(command -v java)"; do
    [ -x "$j" ] && "$j" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' && { JAVA=$j; break; }
  done
fi
[ -f "$CORPUS/index.json" ] || { echo "no index.json in $CORPUS"; exit 1; }

echo "== build"
if [ ! -f target/classes/com/soundforge/separation/cli/SeparateCommand.class ] || [ -n "$(find src/main/java -newer target/classes/com/soundforge/separation/cli/SeparateCommand.class -name '*.java' | head -1)" ]; then
  ./mvnw -B -q -o compile
fi
[ -f target/separation-classpath.txt ] || ./mvnw -B -q -o dependency:build-classpath \
  -Dmdep.outputFile=target/separation-classpath.txt -Dmdep.includeScope=runtime
CP="target/classes:$(cat target/separation-classpath.txt)"
mkdir -p "$RESULTS"

echo "== sfa on $CORPUS ($(nproc) cores)"
rm -rf "$RESULTS/sfa"; mkdir -p "$RESULTS/sfa"
"$JAVA" -cp "$CP" com.soundforge.Application separate --corpus "$CORPUS" "$RESULTS/sfa" \
  --timing "$RESULTS/sfa/timing.json" 2> "$RESULTS/sfa.log"
$PY "$KIT/score.py" separation "$CORPUS" "$RESULTS/sfa" --json "$RESULTS/separation_sfa.json" --name sfa
rm -f "$RESULTS"/sfa/clip_*/*.wav

if [ "${SKIP_BASELINES:-0}" != 1 ]; then
  for m in mixture irm dsp; do
    echo "== baseline $m"
    $PY "$KIT/anchors/sep_baselines.py" "$m" "$CORPUS" "$RESULTS/sep_$m" > /dev/null
    $PY "$KIT/score.py" separation "$CORPUS" "$RESULTS/sep_$m" --json "$RESULTS/separation_$m.json" --name "$m"
    rm -rf "$RESULTS"/sep_"$m"/clip_*
  done
fi

MEM="peak heap: not measured"
if [ "${SKIP_MEMORY:-0}" != 1 ]; then
  echo "== peak heap, 10-minute track"
  LONG=$RESULTS/long-10min.wav
  $PY bench/separation/memory.py "$CORPUS/$(ls "$CORPUS" | grep -m1 clip_)/mix.wav" "$LONG" 10
  MEM=$("$JAVA" -cp "$CP" com.soundforge.Application separate "$LONG" "$RESULTS/long-out" --report-memory 2>&1 \
    | grep -E '^(separated|memory)' | tr '\n' ' ')
  rm -rf "$RESULTS/long-out" "$LONG"
fi

echo
echo "## Separation, $NAME ($(python3 -c "import json;print(len(json.load(open('$CORPUS/index.json'))['clips']))") clips), SDR dB, median (mean)"
echo
args=("sfa=$RESULTS/separation_sfa.json")
for m in mixture irm dsp; do [ -f "$RESULTS/separation_$m.json" ] && args+=("$m=$RESULTS/separation_$m.json"); done
$PY bench/separation/table.py "${args[@]}"
echo
echo "10-minute track (4 stems): $MEM"
