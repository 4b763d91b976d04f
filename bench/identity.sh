#!/usr/bin/env bash
# Bit-identity of the analysis and separation engines against a reference made earlier (for refactorings that must
# not change a single result): the analyze command's per-clip JSON byte for byte, and the SHA-256 of every stem.
# usage: bench/identity.sh save|check [CORPUS_DIR]     (default corpus: $SFA_AUDIO_EVAL/corpus/seed7)
#   save    writes the reference to $REFERENCE (default target/identity-reference) from the code as it is now
#   check   runs the engines again and compares with the reference; exits 1 on any difference
#   SKIP_SEPARATION=1  analysis only
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:?usage: bench/identity.sh save|check [CORPUS_DIR]}
KIT=${SFA_AUDIO_EVAL:-target/audio-eval}
CORPUS=$(cd "${2:-$KIT/corpus/seed7}" && pwd)
REFERENCE=${REFERENCE:-target/identity-reference}
[ "$MODE" = save ] && OUT=$REFERENCE || OUT=target/identity-run
JAVA=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA=$JAVA_HOME/bin/java; fi

./mvnw -B -q -o compile
[ -s target/identity-classpath.txt ] && [ target/identity-classpath.txt -nt pom.xml ] \
  || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/identity-classpath.txt >/dev/null
CP=target/classes:$(cat target/identity-classpath.txt)
rm -rf "$OUT"; mkdir -p "$OUT/analysis" "$OUT/separation"
mapfile -t FILES < <(ls -d "$CORPUS"/clip_*/mix.wav)
"$JAVA" -cp "$CP" com.soundforge.Application analyze "${FILES[@]}" --results "$OUT/analysis" > "$OUT/analyze.log"
if [ "${SKIP_SEPARATION:-}" != 1 ]; then
  "$JAVA" -cp "$CP" com.soundforge.Application separate --corpus "$CORPUS" "$OUT/separation" > "$OUT/separate.log" 2>&1
  (cd "$OUT/separation" && find . -name '*.wav' | sort | xargs sha256sum) > "$OUT/separation.sha256"
  find "$OUT/separation" -name '*.wav' -delete
fi
[ "$MODE" = save ] && { echo "reference saved in $REFERENCE ($(ls "$OUT/analysis" | wc -l) analyses)"; exit 0; }

status=0
if diff -r "$REFERENCE/analysis" "$OUT/analysis" > /dev/null; then
  echo "analysis: IDENTICAL ($(ls "$OUT/analysis" | wc -l) files)"
else
  echo "analysis: DIFFERENT"; diff -r "$REFERENCE/analysis" "$OUT/analysis" | head -20; status=1
fi
if [ "${SKIP_SEPARATION:-}" != 1 ]; then
  if cmp -s "$REFERENCE/separation.sha256" "$OUT/separation.sha256"; then
    echo "separation: IDENTICAL ($(wc -l < "$OUT/separation.sha256") stems)"
  else
    echo "separation: DIFFERENT"; diff "$REFERENCE/separation.sha256" "$OUT/separation.sha256" | head; status=1
  fi
fi
exit $status
