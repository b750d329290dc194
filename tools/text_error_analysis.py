#!/usr/bin/env python3
"""Error analysis of the typo tiers on a CSC data set, by category (for tuning, not for tests).

Usage: tools/text_error_analysis.py GOVWATCH_BINARY [DATASET] [--split=all|tune|heldout] [--list=CATEGORY]

Runs `scan-text --lines --statistical` like tools/text_accuracy.py and sorts the outcome:
sentences changed but not made right (false edits on clean text, false edits beside real errors,
wrong suggestions at an error, partial corrections of multi-error sentences), and missed error
characters by why the statistical tier could not find them: no confusion candidate (the right
character is in none of the confusion sets), no word made (the right character completes no
vocabulary word over the position), adjacent errors (two neighbouring wrong characters), or
scored below the threshold. --list prints the sentences of one category. Standard library only.
"""
import collections
import json
import os
import sys

import text_accuracy  # the split and the scan, shared so both scripts read the same sentences

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.path.join(HERE, "..", "rules", "text")


def read_rows(name):
    with open(os.path.join(RULES, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def confusion_sets():
    """char -> {candidate: kind}, kept as the checker keeps them (heads of the long lists)."""
    sets = collections.defaultdict(dict)
    for row in read_rows("confusion_pinyin.tsv"):
        for f, kind, keep in ((2, "same", 10**6), (3, "tone", 40), (4, "near", 8)):
            if f < len(row):
                for c in row[f][:keep]:
                    sets[row[0]].setdefault(c, kind)
    for row in read_rows("confusion_shape.tsv"):
        for f in range(1, len(row)):
            for c in row[f][:12]:
                sets[row[0]].setdefault(c, "shape")
    for row in read_rows("confusion_ecspell.tsv"):
        for f, kind in ((1, "tone"), (2, "shape")):
            if f < len(row) and row[f] != "-":
                for c in row[f]:
                    sets[row[0]].setdefault(c, kind)
    for row in read_rows("confusion_components.tsv"):
        for c in row[1]:
            sets[row[0]].setdefault(c, "shape")
    return sets


def vocabulary():
    words = set()
    for row in read_rows("vocabulary.tsv"):
        if len(row[0]) >= 2:
            words.add(row[0])
    for row in read_rows("lexicon_official.tsv"):
        words.add(row[0])
    return words


def makes_word(text, p, words):
    for length in range(2, 5):
        for start in range(max(0, p + 1 - length), p + 1):
            if start + length <= len(text) and text[start:start + length] in words:
                return True
    return False


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    flags = dict(a[2:].split("=", 1) if "=" in a else (a[2:], "") for a in sys.argv[1:] if a.startswith("--"))
    if not args:
        print(__doc__)
        return 2
    split = flags.get("split", "all")
    dataset = args[1] if len(args) > 1 else "/work/shared/data/csc-dev/odw.train"
    sources, targets = text_accuracy.read_split(dataset, split)
    _, result = text_accuracy.scan_lines([args[0]], sources, ["--statistical"])
    edits = collections.defaultdict(list)
    for line in result.stdout.splitlines():
        finding = json.loads(line)
        if finding["check"] in ("typo", "severe") and finding.get("suggestion"):
            edits[finding["line"]].append(finding)
    sets = confusion_sets()
    words = vocabulary()
    sentence_kinds = collections.Counter()
    char_kinds = collections.Counter()
    listed = collections.defaultdict(list)
    for index, (source, target) in enumerate(zip(sources, targets), start=1):
        corrected = source
        proposed = {}
        for f in sorted(edits[index], key=lambda f: -f["begin"]):
            corrected = corrected[:f["begin"]] + f["suggestion"] + corrected[f["end"]:]
            if f["end"] - f["begin"] == len(f["suggestion"]):
                for k in range(f["end"] - f["begin"]):
                    proposed[f["begin"] + k] = (f["suggestion"][k], f)
        if len(source) != len(target):
            continue
        wrong_at = [k for k in range(len(source)) if source[k] != target[k]]
        if corrected != target and corrected != source:
            false_edits = [k for k, (c, _) in proposed.items() if source[k] == target[k] and c != source[k]]
            bad = [k for k in wrong_at if k in proposed and proposed[k][0] != target[k]]
            if not wrong_at:
                kind = "false edit, clean sentence"
            elif false_edits:
                kind = "false edit beside an error"
            elif bad:
                kind = "wrong suggestion at an error"
            else:
                kind = "partial (some errors missed)"
            sentence_kinds[kind] += 1
            detail = []
            for k in sorted(proposed):
                c, f = proposed[k]
                if c != target[k]:
                    ev = f.get("evidence", {})
                    detail.append("%s→%s (want %s) gain %s conf %s [%s] ctx %s" % (
                        source[k], c, target[k], ev.get("gain"), ev.get("confusion"), f["rule"], source[max(0, k - 5):k + 6]))
            listed[kind].append("line %d: %s\n    %s" % (index, source, "\n    ".join(detail)))
        elif corrected == target and wrong_at:
            sentence_kinds["corrected"] += 1
        elif not wrong_at:
            sentence_kinds["clean, untouched"] += 1
        else:
            sentence_kinds["untouched error sentence"] += 1
        for k in wrong_at:
            if k in proposed and proposed[k][0] == target[k]:
                continue
            if k in proposed:
                continue
            a, b = source[k], target[k]
            adjacent = (k > 0 and source[k - 1] != target[k - 1]) or (k + 1 < len(source) and source[k + 1] != target[k + 1])
            if b not in sets.get(a, {}):
                kind = "miss: no candidate"
            elif adjacent:
                kind = "miss: adjacent errors"
            elif not makes_word(source[:k] + b + source[k + 1:], k, words):
                kind = "miss: no word made"
            else:
                kind = "miss: below threshold (%s)" % sets[a][b]
            char_kinds[kind] += 1
            listed[kind].append("line %d: %s→%s  %s" % (index, a, b, source[max(0, k - 6):k + 7]))
    for name, counter in (("sentences", sentence_kinds), ("missed characters", char_kinds)):
        print(name + ":")
        for kind, count in counter.most_common():
            print("  %5d  %s" % (count, kind))
    if "list" in flags:
        for kind in listed:
            if kind.startswith(flags["list"]):
                print("\n== " + kind)
                print("\n".join(listed[kind]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
