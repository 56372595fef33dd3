#!/usr/bin/env python3
"""Checks one writer's raw corpus file: valid JSON lines, known fields and categories; prints counts."""
import collections, json, sys, unicodedata

CATS = {"secret_marking", "personal_id", "personal_contact", "personal_sensitive", "person_name", "credential",
        "internal_marking", "unpublished_finance", "leader_schedule", "personnel_records", "party_internal",
        "decision_sanction", "decision_inspection", "decision_licensing", "decision_personnel", "deepfake",
        "phishing", "hacking", "disinformation", "copyright"}
STYLES = {"formal", "chat", "shorthand", "nodiac", "typo", "roleplay", "buried", "split", "euphemism", "mixed", "long"}

def main(path):
    errors, ids = 0, set()
    cats, styles, lengths = collections.Counter(), collections.Counter(), collections.Counter()
    n = hn = 0
    texts = set()
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except Exception as e:
            print(f"line {i}: bad JSON: {e}"); errors += 1; continue
        for f in ("id", "text", "categories", "style", "hard_negative"):
            if f not in r:
                print(f"line {i}: missing {f}"); errors += 1
        if r.get("id") in ids:
            print(f"line {i}: duplicate id {r.get('id')}"); errors += 1
        ids.add(r.get("id"))
        t = r.get("text", "")
        if not isinstance(t, str) or len(t.strip()) < 5:
            print(f"line {i}: empty text"); errors += 1; continue
        if t in texts:
            print(f"line {i}: duplicate text"); errors += 1
        texts.add(t)
        for c in r.get("categories", []):
            if c not in CATS:
                print(f"line {i}: unknown category {c}"); errors += 1
            cats[c] += 1
        if r.get("style") not in STYLES:
            print(f"line {i}: unknown style {r.get('style')}"); errors += 1
        styles[r.get("style")] += 1
        if r.get("hard_negative") and any(c in r.get("categories", []) for c in ("decision_sanction", "decision_inspection", "decision_licensing", "decision_personnel", "deepfake", "phishing", "hacking", "disinformation", "copyright", "secret_marking")):
            print(f"line {i}: a hard negative carrying a blocking category"); errors += 1
        n += 1; hn += bool(r.get("hard_negative"))
        L = len(t)
        lengths["<200" if L < 200 else "200-600" if L < 600 else "600-1500" if L < 1500 else ">=1500"] += 1
    print(f"{n} messages, {hn} hard negatives ({hn / max(n, 1):.0%}), {errors} errors")
    print("categories:", dict(cats.most_common()))
    print("styles:", dict(styles.most_common()))
    print("lengths:", dict(lengths))
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
