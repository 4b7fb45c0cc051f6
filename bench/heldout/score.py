"""Scores a lawful JSON report against a held-out label table.

usage: python3 score.py [--figures-only] [--out PREFIX] KEY...
(run where KEY.tsv and PREFIX-KEY/lawful.json lie, PREFIX defaulting to "out"; see README.md).
--figures-only prints per-application and pooled figures and no field: for a held-out half.
A table row: path, line, class, type, field, label (not-personal | link | personal CATEGORY).
Links and personal data both count as found; category accuracy is over fields labelled
personal and found as personal data (not as a link), as in ClassificationCorpusTest.
"""
import json
import sys


def score(key, prefix='out'):
    rows = [line.rstrip('\n').split('\t') for line in open(f'{key}.tsv', encoding='utf-8')]
    inventory = {}
    for entry in json.load(open(f'{prefix}-{key}/lawful.json', encoding='utf-8'))['inventory']:
        simple = entry['class'].split('.')[-1].split('$')[-1]
        inventory[(entry['file'], simple, entry['member'])] = entry
    tp = fp = fn = cat_ok = cat_n = 0
    notes = []
    for path, _line, cls, typ, name, label in rows:
        entry = inventory.get((path, cls, name))
        found = entry is not None and (entry['link'] or bool(entry['categories']))
        primary = entry['categories'][0] if found and entry['categories'] else None
        positive = label != 'not-personal'
        if positive and found:
            tp += 1
        elif positive:
            fn += 1
            notes.append(f'  MISS  {cls}.{name} ({typ}) label={label}')
        elif found:
            fp += 1
            notes.append(f"  FALSE {cls}.{name} ({typ}) got={'link' if entry['link'] else primary}")
        if label.startswith('personal') and found and not entry['link']:
            wanted = label.split()[1]
            cat_n += 1
            if primary == wanted or primary.startswith(wanted + '.'):
                cat_ok += 1
            else:
                notes.append(f'  CAT   {cls}.{name} label={wanted} got={primary}')
    return tp, fp, fn, cat_ok, cat_n, len(rows), notes


def line(name, tp, fp, fn, cat_ok, cat_n, n):
    return (f'{name}: n={n} positive={tp + fn} precision={tp / max(1, tp + fp):.3f} recall={tp / max(1, tp + fn):.3f}'
            f' category={cat_ok / max(1, cat_n):.3f} ({cat_ok}/{cat_n}) false-alarms={fp} missed={fn}')


args = sys.argv[1:]
figures_only = '--figures-only' in args
args = [a for a in args if a != '--figures-only']
prefix = 'out'
if '--out' in args:
    at = args.index('--out')
    prefix = args[at + 1]
    del args[at:at + 2]
totals = [0] * 6
for key in args:
    *figures, notes = score(key, prefix)
    totals = [a + b for a, b in zip(totals, figures)]
    print(line(key, *figures))
    if not figures_only and notes:
        print('\n'.join(notes))
print(line('pooled', *totals))
