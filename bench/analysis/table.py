"""Comparison table of a bench/analysis.sh run: python3 table.py OUT_DIR NAME (writes markdown to stdout)."""
import json, os, sys
out, name = sys.argv[1], sys.argv[2]
def load(n):
    p = os.path.join(out, f"score_{n}.json")
    return json.load(open(p)) if os.path.exists(p) else None
rows = []
for label, n in (("sfa (this engine)", "sfa"), ("essentia_bgate", "essentia_bgate")):
    s = load(n)
    if not s:
        continue
    a = s["summary"]["by_group"]["all"]
    t = s.get("timing") or {}
    rows.append((label, a["acc1"], a["acc2"], a["beat_f"], a["key_score"], a.get("key_exact", float("nan")),
                 t.get("mean_s_per_clip", float("nan")), t.get("x_realtime", float("nan"))))
cold = json.load(open(os.path.join(out, "sfa_cold", "timing.json")))
warm = json.load(open(os.path.join(out, "sfa", "timing.json")))
n = len(cold["per_clip_s"])
print()
print(f"### {name}: {n} clips")
print()
print("| system | tempo Acc1 | tempo Acc2 | beat F (70 ms) | key MIREX | key exact | s/clip | x realtime |")
print("|---|---|---|---|---|---|---|---|")
for r in rows:
    print(f"| {r[0]} | {r[1]:.3f} | {r[2]:.3f} | {r[3]:.3f} | {r[4]:.3f} | {r[5]:.3f} | {r[6]:.3f} | {r[7]:.0f}x |")
if len(rows) == 2:
    print()
    print(f"Speed ratio (same run, warm per-clip means): sfa is {rows[0][7] / rows[1][7]:.1f}x faster than essentia.js.")
cold_wall = float(open(os.path.join(out, "cold.wall")).read())
print(f"sfa cold: fresh JVM, all {n} clips in {cold_wall:.2f} s wall (JVM start included; analysis total "
      f"{sum(cold['per_clip_s'].values()):.2f} s, first clip {list(cold['per_clip_s'].values())[0]:.2f} s); "
      f"warm-up clip in the warm run {warm.get('warmup_s', float('nan')):.2f} s; "
      f"max RSS cold {int(open(os.path.join(out, 'cold.maxrss')).read().split()[-1]) // 1024} MB.")
