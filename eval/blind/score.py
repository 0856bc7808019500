#!/usr/bin/env python3
"""Score meldung output (NAME.out.json, from `meldung analyze --pretty`) against NAME.expected.json.
Usage: python3 score.py [-v]   (run in a directory holding NAME.txt, NAME.expected.json and NAME.out.json; see eval/blind/run.sh)"""
import json, glob, re, sys, os
V = "-v" in sys.argv
def n(s): return re.sub(r"\s+", " ", s or "").strip()
def alts(t): return {n(x) for x in t.split("|")} if t else {None}
tot = {k: [0, 0, 0] for k in ["people", "orgs", "person-role", "role-org", "person-org"]}  # tp, sys, gold
qtot = [0, 0, 0]; ktot = [0, 0]
def add(k, tp, s, g):
    tot[k][0] += tp; tot[k][1] += s; tot[k][2] += g
for gf in sorted(glob.glob("*.expected.json")):
    base = gf[:-len(".expected.json")]
    G = json.load(open(gf)); S = json.load(open(base + ".out.json")); text = open(base + ".txt").read()
    print(f"\n=== {base}")
    # organisations
    gorgs = G["organisations"]; opt = {n(x) for x in G.get("optional_organisations", [])}
    gkeys = [{n(o["name"])} | {n(a) for a in o["aliases"]} for o in gorgs]
    sorgs = S["organisations"]
    def org_of(sname):  # index of gold org matching a system org (by its name or aliases)
        if sname is None: return None
        so = next((o for o in sorgs if n(o["name"]) == n(sname)), None)
        keys = {n(sname)} | ({n(a) for a in so["aliases"]} if so else set())
        for i, k in enumerate(gkeys):
            if keys & k: return i
        return None
    matched = set(); spur = []
    for o in sorgs:
        i = org_of(o["name"])
        if i is not None and i not in matched:
            matched.add(i)
            ktot[1] += 1; ktot[0] += (o["kind"] == gorgs[i]["kind"])
            if o["kind"] != gorgs[i]["kind"]: print(f"  ORG KIND  {o['name']!r}: sys={o['kind']} gold={gorgs[i]['kind']}")
            if n(o["name"]) != n(gorgs[i]["name"]): print(f"  ORG FORM  sys {o['name']!r} (aliases {o['aliases']}) ~ gold {gorgs[i]['name']!r}")
        elif i is not None: print(f"  ORG SPLIT duplicate sys org {o['name']!r} for gold {gorgs[i]['name']!r}"); spur.append(o["name"])
        elif n(o["name"]) in opt or {n(a) for a in o["aliases"]} & opt: print(f"  org optional {o['name']!r}")
        else: spur.append(o["name"]); print(f"  ORG SPURIOUS {o['name']!r} aliases={o['aliases']} kind={o['kind']}")
    for i, o in enumerate(gorgs):
        if i not in matched: print(f"  ORG MISSED {o['name']!r}")
    add("orgs", len(matched), len(matched) + len(spur), len(gorgs))
    # people
    gp = {n(p["name"]): p for p in G["people"]}; sp = {n(p["name"]): p for p in S["people"]}
    tp = len(gp.keys() & sp.keys()); add("people", tp, len(sp), len(gp))
    for k in sp.keys() - gp.keys(): print(f"  PERSON SPURIOUS {k!r} roles={[(r['title'], r['organisation']) for r in sp[k]['roles']]}")
    for k in gp.keys() - sp.keys(): print(f"  PERSON MISSED {k!r}")
    for k in gp.keys() & sp.keys():
        if gp[k].get("party") != sp[k].get("party"): print(f"  PARTY {k}: sys={sp[k].get('party')} gold={gp[k].get('party')}")
    # roles
    sroles = [(n(p["name"]), r["title"], r["organisation"]) for p in S["people"] for r in p["roles"]]
    groles = [(n(p["name"]), r["title"], r["organisation"]) for p in G["people"] for r in p["roles"]]
    def tmatch(st, gt): return st is not None and n(st) in alts(gt)
    used = set(); pr_tp = 0; ro_tp = 0; po_tp = 0
    for g in groles:
        hit = next((j for j, s in enumerate(sroles) if j not in used and s[0] == g[0] and tmatch(s[1], g[1])), None)
        if hit is None:
            print(f"  ROLE MISSED {g[0]}: {g[1]!r} @ {g[2]!r}   (sys roles: {[(s[1], s[2]) for s in sroles if s[0]==g[0]]})")
            continue
        used.add(hit); pr_tp += 1
        s = sroles[hit]
        gi = next((i for i, k in enumerate(gkeys) if g[2] and n(g[2]) in k), None)
        if g[2] is None and s[2] is None: pass
        elif g[2] is not None and s[2] is not None and org_of(s[2]) == gi and gi is not None: ro_tp += 1
        else: print(f"  ROLE-ORG WRONG {g[0]} {s[1]!r}: sys org={s[2]!r} gold org={g[2]!r}")
    for j, s in enumerate(sroles):
        if j not in used: print(f"  ROLE SPURIOUS {s[0]}: {s[1]!r} @ {s[2]!r}")
    add("person-role", pr_tp, len(sroles), len(groles))
    add("role-org", ro_tp, sum(1 for s in sroles if s[2]), sum(1 for g in groles if g[2]))
    # person-org regardless of title
    gpo = {(g[0], next((i for i, k in enumerate(gkeys) if n(g[2]) in k), -1)) for g in groles if g[2]}
    spo = {(s[0], org_of(s[2])) for s in sroles if s[2]}
    add("person-org", len(gpo & spo), len(spo), len(gpo))
    # quotes
    sq = [(text[q["start"]:q["end"]] if not S.get("char_offsets") else None, q.get("speaker")) for q in S.get("quotes", [])]
    bt = text.encode()
    sq = [(bt[q["start"]:q["end"]].decode("utf-8", "replace").lstrip("„“\"»«‚ "), q.get("speaker")) for q in S.get("quotes", [])]
    for q in G["quotes"]:
        qtot[2] += 1
        hit = next((s for s in sq if s[0].startswith(q["starts_with"])), None)
        if hit is None: print(f"  QUOTE MISSED {q['starts_with']!r} ({q['speaker']})"); continue
        qtot[1] += 1
        if n(hit[1]) == n(q["speaker"]): qtot[0] += 1
        else: print(f"  QUOTE SPEAKER {q['starts_with']!r}: sys={hit[1]!r} gold={q['speaker']!r}")
    gstarts = [q["starts_with"] for q in G["quotes"]]
    for s in sq:
        if not any(s[0].startswith(g) for g in gstarts): print(f"  quote extra {s[0][:40]!r} speaker={s[1]!r}")
print("\n=== TOTALS (micro over documents)")
print(f"{'':12} {'TP':>4} {'sys':>4} {'gold':>4}   P     R     F1")
for k, (tp, s, g) in tot.items():
    p = tp / s if s else 0; r = tp / g if g else 0; f = 2 * p * r / (p + r) if p + r else 0
    print(f"{k:12} {tp:4} {s:4} {g:4}  {p:.2f}  {r:.2f}  {f:.2f}")
print(f"org kind accuracy on matched orgs: {ktot[0]}/{ktot[1]}")
print(f"quotes: found {qtot[1]}/{qtot[2]}, speaker correct {qtot[0]}/{qtot[2]}")
