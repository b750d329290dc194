#!/usr/bin/env python3
"""Generates rules/text/confusion_components.tsv: characters that differ by one component.

Usage: tools/gen_component_confusion.py UNIHAN_DIR STROKE_TXT VOCABULARY_TSV OUT_TSV

The shape columns of confusion_shape.tsv (four-corner code, Cangjie, phonetic series, stroke
sequences of four strokes or more) miss the commonest visual slips of official documents: a
semantic radical swapped for another (谝/编, 汁/计, 柤/租), a component added or dropped (贝/员, 寸/时,
责/债) and short characters one stroke apart (厂/广, 大/人). This script finds them from:
- Unihan kRSUnicode (Unihan_IRGSources.txt.bz2, Debian `unicode-data`): the radical and the
  strokes outside it, so that two characters whose stroke sequences agree after different radicals
  of the same residual stroke count are a radical swap;
- pycorrector stroke.txt (Apache-2.0, shared/data/text/pycorrector/): stroke sequences (h s p n z),
  for the radical split, containment (one sequence is the other plus at most four strokes before or
  after it) and one-stroke edits of characters of two or three strokes;
- Unihan kTGHZ2013 (Unihan_Readings.txt.bz2): candidates are the 8,105 characters of 通用规范汉字表;
  the wrong character may be any character with a stroke sequence.
Candidates are ranked by character frequency in rules/text/vocabulary.tsv (from Debian
`python3-jieba` dict.txt, MIT), the first 12 kept. Standard library only.
"""
import bz2
import collections
import os
import sys

KEEP = 12
MAX_EXTRA_STROKES = 4


def unihan(directory, name, keys):
    table = collections.defaultdict(dict)
    with bz2.open(os.path.join(directory, name + ".txt.bz2"), "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, key, value = line.rstrip("\n").split("\t", 2)
            if key in keys:
                table[chr(int(code[2:], 16))][key] = value
    return table


def one_edit(a, b):
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def main():
    if len(sys.argv) != 5:
        print(__doc__)
        return 2
    unihan_dir, stroke_txt, vocabulary_tsv, out_path = sys.argv[1:]
    readings = unihan(unihan_dir, "Unihan_Readings", {"kTGHZ2013"})
    common = {c for c, v in readings.items() if "kTGHZ2013" in v}
    radicals = {}
    for c, v in unihan(unihan_dir, "Unihan_IRGSources", {"kRSUnicode"}).items():
        radical, residual = v["kRSUnicode"].split()[0].split(".")
        radicals[c] = (radical.rstrip("'"), int(residual))
    strokes = {}
    with open(stroke_txt, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(parts) != 2 or len(parts[0]) != 1:
                continue
            strokes[parts[0]] = parts[1]
    frequency = collections.Counter()
    with open(vocabulary_tsv, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(parts) >= 2:
                for c in parts[0]:
                    frequency[c] += int(parts[1])

    targets = sorted(c for c in common if c in strokes)
    targets_by_sequence = collections.defaultdict(list)
    for c in targets:
        targets_by_sequence[strokes[c]].append(c)

    def split(c):
        """(radical strokes, rest strokes) of c by kRSUnicode, or None."""
        s = strokes.get(c)
        if s is None or c not in radicals:
            return None
        residual = radicals[c][1]
        if residual < 1 or residual >= len(s):
            return None
        return s[:len(s) - residual], s[len(s) - residual:]

    # The parts of each common character: its rest after the radical (the phonetic part, written
    # after a left or top radical) and its radical (when the rest follows it), by stroke sequence.
    by_rest = collections.defaultdict(list)  # (residual, rest strokes) -> characters
    by_part = collections.defaultdict(list)  # part strokes -> characters holding that part
    by_length = collections.defaultdict(list)
    for c in targets:
        by_length[len(strokes[c])].append(c)
        parts = split(c)
        if parts is None:
            continue
        radical, rest = parts
        if len(rest) >= 2:
            by_rest[rest].append(c)
        if len(rest) <= MAX_EXTRA_STROKES and len(radical) >= 2:
            by_part[radical].append(c)  # 军 holds 车, 灾 holds 火 (a short rest beside the radical)
        if len(radical) <= MAX_EXTRA_STROKES and len(rest) >= 2:
            by_part[rest].append(c)  # 员 holds 贝, 时 holds 寸, 债 holds 责

    rows = []
    for c in sorted(strokes, key=lambda x: (-frequency[x], x)):
        s = strokes[c]
        found = set()
        parts = split(c)
        if parts is not None:
            radical, rest = parts
            # A radical swapped for another before the same rest (汁/计, 柤/租).
            if len(rest) >= 2:
                found.update(x for x in by_rest[rest] if radicals[x][0] != radicals[c][0])
            # A component dropped: the candidate is the text's character without its radical or rest.
            if len(radical) <= MAX_EXTRA_STROKES and len(rest) >= 2:
                found.update(targets_by_sequence.get(rest, []))
            if len(rest) <= MAX_EXTRA_STROKES and len(radical) >= 2:
                found.update(targets_by_sequence.get(radical, []))
        # A component added: the candidate holds the text's character as a part (贝/员, 寸/时).
        if len(s) >= 2:
            found.update(by_part.get(s, []))
        # Short characters with one stroke more or less at either end (厂/广, 大/人, 大/太).
        if len(s) <= 3:
            for x in by_length.get(len(s) + 1, []):
                if strokes[x][1:] == s or strokes[x][:-1] == s:
                    found.add(x)
            for x in by_length.get(len(s) - 1, []):
                if len(strokes[x]) >= 2 and (s[1:] == strokes[x] or s[:-1] == strokes[x]):
                    found.add(x)
        found.discard(c)
        if not found:
            continue
        ranked = sorted(found, key=lambda x: (-frequency[x], x))[:KEEP]
        rows.append(c + "\t" + "".join(ranked))
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("# Generated by tools/gen_component_confusion.py from Debian unicode-data Unihan (kRSUnicode, kTGHZ2013),\n")
        f.write("# pycorrector stroke.txt (Apache-2.0) and vocabulary.tsv frequencies (jieba, MIT); do not edit by hand.\n")
        f.write("# Columns: char\tcandidates (radical swapped, component added or dropped, short characters one stroke apart; most frequent first)\n")
        f.write("\n".join(rows) + "\n")
    print("%s: %d characters" % (out_path, len(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
