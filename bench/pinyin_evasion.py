#!/usr/bin/env python3
"""Pinyin evasion (textchecks §5.2 item 4): recall on a generated evasion set, false alarms on clean text.

  bench/pinyin_evasion.py print                 # prints the evasion set (one sentence per line)
  bench/pinyin_evasion.py eval GOVWATCH [DB]    # runs `GOVWATCH scan-text --lines` and reports

The evasion set: for every high-risk term (the names of rules/text/leaders.tsv with 3+ characters
and rules/text/pinyin_terms.txt), written as typed to dodge a literal filter, inside a sentence of
a government page: one character as pinyin (each position), all pinyin in one run (lower and upper
case), first character as capitalised pinyin, and the initials (matched only with
--pinyin-initials). The first reading of pinyin_readings.tsv is used for every character.

Clean text: ECSpell odw.train (correct sides) and the official-document vocabulary with its
pinyin (shared/data/csc-dev), the example notice (shared/spec), and the page texts of a farm crawl
(the `pages.text` column of a govwatch database, e.g. the demo's) when DB is given.
"""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULES = os.path.join(ROOT, "rules", "text")
SHARED = os.environ.get("GOVWATCH_SHARED", "/work/shared")
CONTEXTS = ["会议要求深入学习贯彻{}同志重要讲话精神。", "网传{}相关内容，请勿转发。", "关于{}的情况通报如下。"]


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line


def terms():
    out = []
    for line in rows(os.path.join(RULES, "leaders.tsv")):
        name = line.split("\t")[0]
        if len(name) >= 3 and name not in out:
            out.append(name)
    for line in rows(os.path.join(RULES, "pinyin_terms.txt")):
        if line.strip() not in out:
            out.append(line.strip())
    return out


def readings():
    table = {}
    for line in rows(os.path.join(RULES, "pinyin_readings.tsv")):
        ch, rs = line.split("\t")
        table[ch] = rs.split()
    return table


def evasions(term, table):
    syl = [table[c][0] for c in term]
    forms = []
    for i in range(len(term)):
        forms.append(("one-syllable", term[:i] + syl[i] + term[i + 1:]))
    forms.append(("all-lower", "".join(syl)))
    forms.append(("all-upper", "".join(syl).upper()))
    forms.append(("first-capitalised", syl[0].capitalize() + term[1:]))
    forms.append(("initials", "".join(s[0] for s in syl).upper()))
    return forms


def evasion_set():
    table = readings()
    out = []
    for n, term in enumerate(terms()):
        for kind, form in evasions(term, table):
            out.append((term, kind, CONTEXTS[n % len(CONTEXTS)].format(form)))
    return out


def scan(govwatch, lines, initials):
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        f.write("\n".join(lines) + "\n")
        path = f.name
    cmd = [govwatch, "scan-text", "--lines", path] + (["--pinyin-initials"] if initials else [])
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    os.unlink(path)
    hits = []
    for line in out.splitlines():
        try:
            j = json.loads(line)
        except ValueError:
            continue
        if j.get("rule", "").startswith("sensitive.pinyin:"):
            hits.append(j)
    return hits


def clean_sources(db):
    sources = {}
    odw = os.path.join(SHARED, "data", "csc-dev", "odw.train")
    sources["csc-dev odw.train (correct sides)"] = [l.split("\t")[2] for l in rows(odw) if l.count("\t") >= 2]
    vocab = os.path.join(SHARED, "data", "csc-dev", "ecspell_official_document_vocab_pinyin.txt")
    sources["csc-dev official vocabulary + pinyin"] = list(rows(vocab))
    sources["example notice"] = list(rows(os.path.join(SHARED, "spec", "example-notice-2022Q1.txt")))
    if db:
        con = sqlite3.connect(db)
        texts = [t.replace("\n", " ") for (t,) in con.execute("SELECT text FROM pages WHERE text != ''")]
        sources["farm pages ({} pages)".format(len(texts))] = texts
    return sources


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == "print":
        for term, kind, sentence in evasion_set():
            print(f"{term}\t{kind}\t{sentence}")
        return
    if len(sys.argv) < 3 or sys.argv[1] != "eval":
        sys.exit(__doc__)
    govwatch = sys.argv[2]
    db = sys.argv[3] if len(sys.argv) > 3 else None
    cases = evasion_set()
    for initials in (False, True):
        hits = scan(govwatch, [c[2] for c in cases], initials)
        found = {(h["line"], h["rule"].split(":", 1)[1]) for h in hits}
        by_kind = {}
        for n, (term, kind, _) in enumerate(cases, start=1):
            total, ok = by_kind.get(kind, (0, 0))
            by_kind[kind] = (total + 1, ok + ((n, term) in found))
        wrong = sum(1 for (n, t) in found if cases[n - 1][0] != t)
        label = "initials on " if initials else "initials off"
        total = sum(t for t, _ in by_kind.values())
        ok = sum(o for _, o in by_kind.values())
        print(f"recall, {label}: {ok}/{total} = {ok / total:.3f}; findings naming another term: {wrong}")
        for kind, (t, o) in sorted(by_kind.items()):
            print(f"  {kind:18s} {o}/{t}")
    for name, lines in clean_sources(db).items():
        chars = sum(len(l) for l in lines)
        for initials in (False, True):
            hits = scan(govwatch, lines, initials)
            label = "initials on " if initials else "initials off"
            sample = "; ".join(f"{h['text']}→{h['rule'].split(':', 1)[1]}" for h in hits[:5])
            print(f"false alarms, {label}, {name}: {len(hits)} over {chars} characters" +
                  (f"  e.g. {sample}" if hits else ""))


if __name__ == "__main__":
    main()
