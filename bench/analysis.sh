#!/usr/bin/env bash
# Analysis engine accuracy and speed on the audio-eval corpus, against the essentia.js anchor (bgate profile).
# usage: bench/analysis.sh [CORPUS_DIR]      (default: $SFA_AUDIO_EVAL/corpus/seed7)
#   SFA_AUDIO_EVAL  a scratch copy of the eval kit (default: ../shared/audio-eval copied to target/audio-eval;
#                   the kit writes next to itself, so never point this at the shared folder)
#   OUT             where results go (default: target/bench-analysis/<corpus name>)
#   SKIP_ESSENTIA=1 do not run the anchor (e.g. when node is missing)
# One JVM process analyses every clip, one after another, single-threaded: that is the "one core" number.
# It runs twice: cold (a fresh JVM, total wall time) and warm (--warmup: the first clip once, untimed, then all
# clips timed). Both produce the same results; the warm run is scored.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=/usr/bin/python3

KIT=${SFA_AUDIO_EVAL:-}
if [ -z "$KIT" ]; then
  KIT=$ROOT/target/audio-eval
  if [ ! -d "$KIT" ]; then
    [ -d ../shared/audio-eval ] || { echo "no eval kit: set SFA_AUDIO_EVAL or provide ../shared/audio-eval"; exit 1; }
    mkdir -p target && cp -r ../shared/audio-eval "$KIT"
  fi
fi
KIT=$(cd "$KIT" && pwd)
CORPUS=${1:-$KIT/corpus/seed7}
[ -f "$CORPUS/index.json" ] || { echo "no corpus at $CORPUS (generate it: cd $KIT && ./gen_corpus.py --seed 7 --out corpus/seed7)"; exit 1; }
CORPUS=$(cd "$CORPUS" && pwd)
NAME=$(basename "$CORPUS")
OUT=${OUT:-$ROOT/target/bench-analysis/$NAME}
rm -rf "$OUT"; mkdir -p "$OUT"

# JDK 21+ as the Maven wrapper picks it
JAVA=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA=$JAVA_HOME/bin/java; fi
if ! "$JAVA" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for c in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -r); do
    if "${c%/}/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then JAVA=${c%/}/bin/java; break; fi
  done
fi

# app classes (compile when sources are newer) and the dependency classpath (cached)
if [ ! -f target/classes/com/soundforge/analysis/engine/AnalysisEngine.class ] \
   || [ -n "$(find src/main/java -newer target/classes/com/soundforge/analysis/engine/AnalysisEngine.class -name '*.java' | head -1)" ]; then
  echo "== compiling"
  ./mvnw -B -q -o compile
fi
if [ ! -s target/analysis-classpath.txt ] || [ pom.xml -nt target/analysis-classpath.txt ]; then
  ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/analysis-classpath.txt >/dev/null 2>&1 \
    || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/analysis-classpath.txt >/dev/null
fi
CP=target/classes:$(cat target/analysis-classpath.txt)

mapfile -t FILES < <($PY -c "import json,sys; [print(sys.argv[1]+'/'+c+'/mix.wav') for c in json.load(open(sys.argv[1]+'/index.json'))['clips']]" "$CORPUS")
echo "== sfa analysis engine: ${#FILES[@]} clips from $CORPUS ($("$JAVA" -version 2>&1 | head -1))"

t0=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$OUT/cold.maxrss" "$JAVA" -cp "$CP" com.soundforge.Application analyze "${FILES[@]}" \
  --results "$OUT/sfa_cold" --timing "$OUT/sfa_cold/timing.json" > "$OUT/sfa_cold.log"
t1=$(date +%s.%N)
echo "$t1 - $t0" | bc > "$OUT/cold.wall"
/usr/bin/time -f "%M" -o "$OUT/warm.maxrss" "$JAVA" -cp "$CP" com.soundforge.Application analyze "${FILES[@]}" --warmup \
  --results "$OUT/sfa" --timing "$OUT/sfa/timing.json" > "$OUT/sfa.log"
$PY "$KIT/score.py" analysis "$CORPUS" "$OUT/sfa" --json "$OUT/score_sfa.json" --name sfa

if [ "${SKIP_ESSENTIA:-0}" != 1 ]; then
  echo "== essentia.js anchor (RhythmExtractor2013 multifeature + KeyExtractor bgate)"
  if [ ! -d "$KIT/node_modules/essentia.js" ]; then (cd "$KIT" && npm install --no-audit --no-fund >/dev/null); fi
  node "$KIT/anchors/essentia_anchor.js" "$CORPUS" "$OUT" bgate > "$OUT/essentia.log"
  $PY "$KIT/score.py" analysis "$CORPUS" "$OUT/essentia_bgate" --json "$OUT/score_essentia_bgate.json" --name essentia_bgate
fi

$PY bench/analysis/table.py "$OUT" "$NAME" | tee "$OUT/table.md"
