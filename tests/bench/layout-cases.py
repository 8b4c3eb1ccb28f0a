#!/usr/bin/env python3
"""Writes the layout benchmark's cases: for each, GRAPH.txt (our input), GRAPH.dot (the same
graph for Graphviz, columns pinned with rank=same, rankdir=LR) and GRAPH.json (the same model in
the interchange format, cards placed in their starting order, for timing the whole `tidy`
command). Usage: layout-cases.py FIXTURES OUTDIR"""
import json, os, random, sys

CHAIN = ["situation", "input", "activity", "participation", "output", "outcome_short",
         "outcome_medium", "outcome_long", "impact"]
GENERATED = ["input", "activity", "output", "outcome_short", "outcome_medium", "outcome_long",
             "impact"]


def write(outdir, name, nodes, links):
    """nodes: list of (id, kind) in the starting order top to bottom; links: (from, to)."""
    with open(os.path.join(outdir, name + ".txt"), "w") as f:
        for i, (nid, kind) in enumerate(nodes):
            f.write(f"node {nid} {kind} {i * 100}\n")
        for a, b in links:
            f.write(f"link {a} {b}\n")
    with open(os.path.join(outdir, name + ".dot"), "w") as f:
        f.write("digraph G {\n  rankdir=LR;\n  node [shape=box, width=2.78, height=1.11];\n")
        for kind in CHAIN:
            members = [nid for nid, k in nodes if k == kind]
            if members:
                f.write("  { rank=same; " + " ".join(f'"{m}";' for m in members) + " }\n")
        for a, b in links:
            f.write(f'  "{a}" -> "{b}";\n')
        f.write("}\n")
    rows = {}
    cards = []
    for nid, kind in nodes:
        row = rows.get(kind, 0)
        rows[kind] = row + 1
        cards.append({"id": nid, "kind": kind, "title": f"Card {nid}",
                      "x": CHAIN.index(kind) * 280, "y": row * 130})
    model = {"id": name, "name": name, "nodes": cards,
             "links": [{"from": a, "to": b} for a, b in links]}
    with open(os.path.join(outdir, name + ".json"), "w") as f:
        json.dump({"format": "equitylogic", "version": 1, "project": {"title": name},
                   "models": [model]}, f)


def fixture(path, outdir):
    data = json.load(open(path))
    for m, model in enumerate(data["models"]):
        nodes = [(n["id"], n["kind"]) for n in model["nodes"] if n["kind"] in CHAIN]
        ids = {n for n, _ in nodes}
        links = [(l["from"], l["to"]) for l in model["links"] if l["from"] in ids and l["to"] in ids]
        name = os.path.splitext(os.path.basename(path))[0] + ("" if m == 0 else f"-{m}")
        write(outdir, name, nodes, links)


def generated(count, style, outdir, seed=7):
    rng = random.Random(seed * 1000 + count)
    per = count // len(GENERATED)
    columns = [[f"c{c}n{i}" for i in range(per)] for c in range(len(GENERATED))]
    links = []
    for c in range(len(columns) - 1):
        nxt = columns[c + 1]
        for i, a in enumerate(columns[c]):
            k = rng.randint(1, 3)
            if style == "local":
                # Links to nearby cards of the next column (a well-structured model).
                centre = i * len(nxt) // len(columns[c])
                targets = {min(len(nxt) - 1, max(0, centre + rng.randint(-2, 2))) for _ in range(k)}
            else:
                targets = set(rng.sample(range(len(nxt)), k))
            links += [(a, nxt[t]) for t in sorted(targets)]
    # The starting order is scrambled, as after an import without positions.
    nodes = []
    for c, col in enumerate(columns):
        order = col[:]
        rng.shuffle(order)
        nodes += [(n, GENERATED[c]) for n in order]
    write(outdir, f"{style}-{count}", nodes, links)


if __name__ == "__main__":
    fixtures, outdir = sys.argv[1], sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    for name in sorted(os.listdir(fixtures)):
        if name.endswith(".json"):
            fixture(os.path.join(fixtures, name), outdir)
    for count in (100, 1000, 5000):
        for style in ("local", "random"):
            generated(count, style, outdir)
