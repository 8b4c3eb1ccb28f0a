#!/usr/bin/env bash
# The bundled sample project is well formed: every link points at a card that exists, goes
# forward (left to right) and makes no loop, ids are unique, and no two cards overlap on the canvas.
# Usage: sample-project-structure.sh <path-to-equitylogic> <workdir> (the executable is not needed)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
sample="$here/../../resources/sample/luton-health-equity-town.json"

python3 - "$sample" <<'PY'
import json, sys

ORDER = ["situation", "input", "activity", "participation", "output", "outcome_short",
         "outcome_medium", "outcome_long", "impact"]
ANNOTATIONS = {"assumption", "external_factor"}
CARD_W, CARD_H = 200, 80
problems = []

with open(sys.argv[1], encoding="utf-8") as f:
    doc = json.load(f)
if doc.get("format") != "equitylogic" or doc.get("version") != 1:
    problems.append("format/version is not equitylogic 1")
if not doc.get("project", {}).get("title"):
    problems.append("project.title is missing")

seen = set()
for mi, m in enumerate(doc["models"]):
    where = f"models[{mi}] ({m.get('name')})"
    nodes = {n["id"]: n for n in m["nodes"]}
    for n in m["nodes"]:
        if n["id"] in seen:
            problems.append(f"{where}: node id {n['id']} is not unique in the file")
        seen.add(n["id"])
        if n["kind"] not in ORDER and n["kind"] not in ANNOTATIONS:
            problems.append(f"{where}: {n['id']} has unknown kind {n['kind']}")
        for p in n.get("principles", []):
            if p not in range(1, 9):
                problems.append(f"{where}: {n['id']} names principle {p}")
    if not 12 <= len(nodes) <= 25:
        problems.append(f"{where}: {len(nodes)} nodes, expected 12 to 25")
    nxt = {}
    for l in m["links"]:
        a, b = nodes.get(l["from"]), nodes.get(l["to"])
        if a is None or b is None:
            problems.append(f"{where}: link {l['from']} -> {l['to']} points at a missing node")
            continue
        if a["kind"] in ANNOTATIONS or b["kind"] in ANNOTATIONS:
            problems.append(f"{where}: link {l['from']} -> {l['to']} touches an annotation")
            continue
        if ORDER.index(b["kind"]) <= ORDER.index(a["kind"]):
            problems.append(f"{where}: link {l['from']} -> {l['to']} does not go forward")
        nxt.setdefault(l["from"], []).append(l["to"])
    # No loops (depth-first search with colours).
    colour = {}
    def visit(u):
        colour[u] = 1
        for v in nxt.get(u, []):
            if colour.get(v) == 1:
                problems.append(f"{where}: a loop through {u} -> {v}")
            elif v not in colour:
                visit(v)
        colour[u] = 2
    for u in nodes:
        if u not in colour:
            visit(u)
    # No overlapping cards.
    placed = [n for n in m["nodes"] if "x" in n and "y" in n]
    for i, p in enumerate(placed):
        for q in placed[i + 1:]:
            if abs(p["x"] - q["x"]) < CARD_W and abs(p["y"] - q["y"]) < CARD_H:
                problems.append(f"{where}: cards {p['id']} and {q['id']} overlap")

if problems:
    print("The sample project has problems:\n  " + "\n  ".join(problems))
    sys.exit(1)
print(f"Sample project: {len(doc['models'])} models, {len(seen)} cards, all well formed.")
PY
