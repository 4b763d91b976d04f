#!/usr/bin/python3
"""Prints one Markdown table from score.py separation --json files: per-stem median (mean) SDR, the average,
the quiet-other clips' 'other' median, s/clip and x realtime. usage: table.py NAME=FILE.json ..."""
import json
import sys

STEMS = ["vocals", "drums", "bass", "other"]
print("| method | vocals | drums | bass | other | avg | other, quiet-other clips (median) | s/clip | x realtime |")
print("|---|---|---|---|---|---|---|---|---|")
for arg in sys.argv[1:]:
    name, path = arg.split("=", 1)
    d = json.load(open(path))
    g = d["summary"]["by_group"]
    a = g["all"]
    cells = [f"{a[s + '_median']:.2f} ({a[s + '_mean']:.2f})" for s in STEMS + ["avg"]]
    quiet = f"{g['other-quiet']['other_median']:.2f} (n={g['other-quiet']['n']})" if "other-quiet" in g else "n/a"
    t = d.get("timing")
    timing = [f"{t['mean_s_per_clip']:.2f}", f"{t['x_realtime']:.1f}x"] if t else ["n/a", "n/a"]
    print("| " + " | ".join([name] + cells + [quiet] + timing) + " |")
