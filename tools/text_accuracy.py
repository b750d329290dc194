#!/usr/bin/env python3
"""Sentence-level typo correction accuracy of `govwatch scan-text` (textchecks §8).

Usage: tools/text_accuracy.py GOVWATCH_BINARY [DATASET] [--no-statistical] [--no-language-model]
                              [--split=all|tune|heldout] [--min-gain=G] [--min-gain-word=G] [--misses]
DATASET is a file of `n_wrong<TAB>source<TAB>target` lines (default: ../shared/data/csc-dev/odw.train
beside the checkout or in /work/shared; the script exits 0 with a note when it is absent).
--split: `heldout` is every fifth sentence (1-based line numbers divisible by 5), kept out of
tuning; `tune` is the rest; `all` (default) is the whole file. --min-gain / --min-gain-word drop
statistical findings whose evidence gain is below G (for threshold sweeps). Every source sentence is
scanned with `scan-text --lines --statistical`; the typo and severe findings are applied as
corrections (suggestion replacing the span, code-point offsets), and the result is compared with
the target. Prints precision, recall and F1 of sentence-level correction and the false-alarm rate
on clean sentences. --misses also lists, per sentence, the character edits that were missed
(`miss 位置 错→对`), made wrong (`wrong 位置 错→建议 (对)`) or made where the text was right
(`false 位置 字→建议`), with the rule of each finding, for error analysis. Standard library only.
"""
import json
import os
import subprocess
import sys
import tempfile


def print_misses(index, source, target, edits):
    """Prints the character edits of one sentence that the scan missed, got wrong or made falsely."""
    lines = []
    proposed = {}
    for begin, end, suggestion, rule in edits:
        if end - begin == len(suggestion):
            for k in range(end - begin):
                proposed[begin + k] = (suggestion[k], rule)
        else:
            lines.append("  span %d-%d %s→%s [%s]" % (begin, end, source[begin:end], suggestion, rule))
    if len(source) == len(target):
        for k, (a, b) in enumerate(zip(source, target)):
            got = proposed.get(k)
            context = source[max(0, k - 4):k + 5]
            if a != b and got is None:
                lines.append("  miss %d %s→%s  %s" % (k, a, b, context))
            elif a != b and got[0] != b:
                lines.append("  wrong %d %s→%s (%s) [%s]  %s" % (k, a, got[0], b, got[1], context))
            elif a == b and got is not None and got[0] != a:
                lines.append("  false %d %s→%s [%s]  %s" % (k, a, got[0], got[1], context))
    else:
        lines.append("  lengths differ: %s → %s" % (source, target))
    print("line %d: %s" % (index, source))
    for line in lines:
        print(line)


def read_split(dataset, split):
    """The (source, target) sentences of a CSC file's split: `heldout` is every fifth line
    (1-based numbers divisible by 5), `tune` the rest, `all` the whole file."""
    sources, targets = [], []
    with open(dataset, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3:
                continue
            if (split == "heldout" and number % 5 != 0) or (split == "tune" and number % 5 == 0):
                continue
            sources.append(parts[1])
            targets.append(parts[2])
    return sources, targets


def scan_lines(command_prefix, sentences, options):
    """Runs `scan-text FILE --lines OPTIONS` on the sentences, one a line; returns the process."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as tmp:
        tmp.write("\n".join(sentences) + "\n")
        path = tmp.name
    command = command_prefix + ["scan-text", path, "--lines"] + options
    try:
        return command, subprocess.run(command, capture_output=True, text=True, encoding="utf-8")
    finally:
        os.unlink(path)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    flags = dict(a[2:].split("=", 1) if "=" in a else (a[2:], "") for a in sys.argv[1:] if a.startswith("--"))
    statistical = "no-statistical" not in flags
    split = flags.get("split", "all")
    if split not in ("all", "tune", "heldout"):
        print("text_accuracy: --split must be all, tune or heldout")
        return 2
    min_gain = float(flags.get("min-gain", "-1e9"))
    min_gain_word = float(flags.get("min-gain-word", "-1e9"))
    if not args:
        print(__doc__)
        return 2
    binary = args[0]
    here = os.path.dirname(os.path.abspath(__file__))
    dataset = args[1] if len(args) > 1 else os.path.join(here, "..", "..", "shared", "data", "csc-dev", "odw.train")
    if len(args) <= 1 and not os.path.exists(dataset):
        dataset = "/work/shared/data/csc-dev/odw.train"
    if not os.path.exists(dataset):
        print("text_accuracy: %s not found; skipped" % dataset)
        return 0
    sources, targets = read_split(dataset, split)
    options = (["--statistical"] if statistical else []) + (["--no-language-model"] if "no-language-model" in flags else [])
    command, result = scan_lines([binary], sources, options)
    if result.returncode not in (0, 1):
        print("text_accuracy: %s failed: %s" % (" ".join(command), result.stderr))
        return 3
    edits = {}
    for line in result.stdout.splitlines():
        finding = json.loads(line)
        if finding["check"] not in ("typo", "severe") or not finding.get("suggestion"):
            continue
        gain = finding.get("evidence", {}).get("gain")
        if gain is not None and finding["rule"] == "typo.statistical":
            if gain < (min_gain_word if finding["evidence"].get("in_word") else min_gain):
                continue
        edits.setdefault(finding["line"], []).append((finding["begin"], finding["end"], finding["suggestion"],
                                                      finding["rule"]))
    tp = fp = changed = 0
    errors = clean = false_alarms = 0
    for index, (source, target) in enumerate(zip(sources, targets), start=1):
        corrected = source
        for begin, end, suggestion, _ in sorted(edits.get(index, []), reverse=True):
            corrected = corrected[:begin] + suggestion + corrected[end:]
        has_error = source != target
        errors += has_error
        clean += not has_error
        if corrected != source:
            changed += 1
            if corrected == target:
                tp += 1
            else:
                fp += 1
            if not has_error:
                false_alarms += 1
        if "misses" in flags and corrected != target:
            print_misses(index, source, target, edits.get(index, []))
    precision = tp / changed if changed else 0.0
    recall = tp / errors if errors else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print("split: %s" % split)
    print("dataset: %s (%d sentences, %d with errors, %d clean)" % (dataset, len(sources), errors, clean))
    print("statistical tier: %s" % ("on" if statistical else "off"))
    print("sentence-level correction: P %.3f  R %.3f  F1 %.3f  (changed %d, correct %d)" %
          (precision, recall, f1, changed, tp))
    print("false alarms on clean sentences: %d / %d = %.2f %%" % (false_alarms, clean, 100.0 * false_alarms / max(clean, 1)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
