#!/usr/bin/env python3
"""Lookup top-1 on the real name forms of the real-text dev gold.

Every distinct (surface form, person ID) of gold.jsonl whose person the bundled lexicon has is
looked up with `lexnorm lookup --format jsonl`; a form counts as right when the first candidate
is its gold person. Needs no page text (the forms are in the gold).

  Evaluation/RealText/lookup_score.py [--lexicon bundled|vi-only] [--set dev|heldout|unseen] [--lexnorm BIN] [--errors]
"""
import argparse, collections, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from score import ROOT, SETS, lexicon_ids, vi_only_lexicon  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--lexicon', choices=['bundled', 'vi-only'], default='bundled')
    parser.add_argument('--lexnorm', default=os.path.join(ROOT, '.build', 'release', 'lexnorm'))
    parser.add_argument('--errors', action='store_true', help='print every form not ranked first')
    parser.add_argument('--set', choices=sorted(SETS), default='dev', help='dev (RealText), heldout or unseen')
    args = parser.parse_args()
    known = lexicon_ids()
    forms = {}
    with open(os.path.join(SETS[args.set], 'gold.jsonl')) as handle:
        for line in handle:
            mention = json.loads(line)
            if mention['kind'] == 'person' and mention['id'] in known:
                forms[mention['text'], mention['id']] = mention['doc'][:2]
    pairs = sorted(forms)
    command = [args.lexnorm, 'lookup', '--format', 'jsonl']
    with tempfile.TemporaryDirectory() as folder:
        if args.lexicon == 'vi-only':
            os.makedirs(os.path.join(folder, 'vi-only'))
            vi_only_lexicon(os.path.join(folder, 'vi-only'))
            command += ['--no-default-lexicon', '--lexicon', os.path.join(folder, 'vi-only')]
        queries = ''.join(text.replace('\n', ' ') + '\n' for text, _ in pairs)
        output = subprocess.run(command + ['-'], input=queries, check=True, capture_output=True, text=True).stdout
    answers = [json.loads(line) for line in output.splitlines()]
    if len(answers) != len(pairs):
        sys.exit(f'expected {len(pairs)} answers, got {len(answers)}')
    right = collections.Counter()
    total = collections.Counter()
    for (text, wanted), answer in zip(pairs, answers):
        candidates = answer.get('candidates', [])
        first = candidates[0] if candidates else None
        groups = [forms[text, wanted], 'total', 'multi-word' if ' ' in text.strip() else 'one-word']
        for group in groups:
            total[group] += 1
            right[group] += bool(first) and first['id'] == wanted
        if args.errors and not (first and first['id'] == wanted):
            got = f"{first['id']} {first['method']}" if first else 'nothing'
            print(f'  {text!r} -> {got}, gold {wanted}')
    print(f'Lookup top-1 on real name forms ({args.set} set), lexicon {args.lexicon}:')
    for group in ('de', 'en', 'ru', 'vi', 'one-word', 'multi-word', 'total'):
        if total[group]:
            print(f'  {group:10} {right[group]}/{total[group]} = {right[group] / total[group]:.3f}')


if __name__ == '__main__':
    main()
