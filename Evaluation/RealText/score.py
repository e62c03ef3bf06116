#!/usr/bin/env python3
"""Scores `lexnorm annotate` against the real-text dev gold (persons and titles).

The page texts are not in the repository: pass a local copy, a JSON Lines file with one
object per document ({"doc": "ru-01", "text": "..."}); each text must hash to the SHA-256 in
documents.tsv. A mention counts when its offsets and ID equal a gold mention's.

  Evaluation/RealText/score.py --local /work/devset-local/docs.jsonl [--lexicon bundled|vi-only] [--set dev|heldout|unseen]
"""
import argparse, collections, hashlib, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# `--set heldout` and `--set unseen` score Evaluation/HeldOut and Evaluation/Unseen, kept for
# measuring only, never for tuning.
SETS = {'dev': HERE, 'heldout': os.path.join(os.path.dirname(HERE), 'HeldOut'),
        'unseen': os.path.join(os.path.dirname(HERE), 'Unseen')}


def vi_only_lexicon(folder):
    """Lexicons/ with each person reduced to its vi label (and roles): what a new user has."""
    import yaml
    source = os.path.join(ROOT, 'Lexicons')
    for name in os.listdir(source):
        if not name.endswith('.yaml'):
            continue
        with open(os.path.join(source, name)) as handle:
            data = yaml.safe_load(handle)
        for index, entity in enumerate(data['entities']):
            if entity['kind'] == 'person':
                kept = {key: entity[key] for key in ('id', 'kind', 'roles', 'ambiguous') if key in entity}
                data['entities'][index] = kept | {'labels': {'vi': entity['labels']['vi']}}
        with open(os.path.join(folder, name), 'w') as handle:
            yaml.safe_dump(data, handle, allow_unicode=True, sort_keys=False)


def lexicon_ids():
    import yaml
    ids = set()
    for name in os.listdir(os.path.join(ROOT, 'Lexicons')):
        if name.endswith('.yaml'):
            with open(os.path.join(ROOT, 'Lexicons', name)) as handle:
                ids |= {entity['id'] for entity in yaml.safe_load(handle)['entities']}
    return ids


def load_documents(local, folder=HERE):
    expected = {}
    with open(os.path.join(folder, 'documents.tsv')) as handle:
        next(handle)
        for line in handle:
            doc, language, digest, url = line.rstrip('\n').split('\t')
            expected[doc] = (language, digest)
    texts = {}
    with open(local) as handle:
        for line in handle:
            item = json.loads(line)
            if item['doc'] in expected:
                texts[item['doc']] = item['text']
    for doc, (_, digest) in expected.items():
        if doc not in texts:
            sys.exit(f'{local}: document {doc} is missing')
        if hashlib.sha256(texts[doc].encode()).hexdigest() != digest:
            sys.exit(f'{local}: document {doc} does not match its SHA-256 in documents.tsv')
    return expected, texts


def annotate(lexnorm, texts, lexicon, folder):
    paths = []
    for doc, text in sorted(texts.items()):
        path = os.path.join(folder, doc + '.txt')
        with open(path, 'w') as handle:
            handle.write(text)
        paths.append(path)
    command = [lexnorm, 'annotate']
    if lexicon == 'vi-only':
        lexicon_folder = os.path.join(folder, 'vi-only')
        os.makedirs(lexicon_folder)
        vi_only_lexicon(lexicon_folder)
        command += ['--no-default-lexicon', '--lexicon', lexicon_folder]
    output = subprocess.run(command + paths, check=True, capture_output=True, text=True).stdout
    predictions = collections.defaultdict(list)
    for line in output.splitlines():
        mention = json.loads(line)
        doc = os.path.basename(mention['file'])[:-4]
        predictions[doc].append(mention)
    return predictions


class Score:
    def __init__(self):
        self.predicted = self.gold = self.correct = 0

    def __str__(self):
        r = self.correct / self.gold if self.gold else 1
        if not self.predicted:
            return f'R {r:.3f} ({self.correct} of {self.gold} gold)'
        p = self.correct / self.predicted
        return f'P {p:.3f} R {r:.3f} ({self.correct}/{self.predicted} predicted, {self.gold} gold)'


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--local', required=True, help='local copy of the texts (JSON Lines)')
    parser.add_argument('--lexicon', choices=['bundled', 'vi-only'], default='bundled')
    parser.add_argument('--lexnorm', default=os.path.join(ROOT, '.build', 'release', 'lexnorm'))
    parser.add_argument('--errors', action='store_true', help='print every miss and false hit')
    parser.add_argument('--set', choices=sorted(SETS), default='dev', help='dev (RealText), heldout or unseen')
    args = parser.parse_args()
    languages, texts = load_documents(args.local, SETS[args.set])
    gold = collections.defaultdict(list)
    with open(os.path.join(SETS[args.set], 'gold.jsonl')) as handle:
        for line in handle:
            mention = json.loads(line)
            gold[mention['doc']].append(mention)
    with tempfile.TemporaryDirectory() as folder:
        predictions = annotate(args.lexnorm, texts, args.lexicon, folder)
    known = lexicon_ids()
    scores = collections.defaultdict(Score)
    references = collections.Counter()
    for doc in sorted(texts):
        language = languages[doc][0]
        expected = {(g['start'], g['end'], g['id']): g for g in gold[doc]}
        spans = {(g['start'], g['end']): g for g in gold[doc]}
        for mention in predictions[doc]:
            if mention['kind'] not in ('person', 'title'):
                continue
            key = (mention['start'], mention['end'], mention['id'])
            hit = key in expected
            for group in (mention['kind'], 'all'):
                for where in (language, 'total'):
                    scores[group, where].predicted += 1
                    scores[group, where].correct += hit
            if args.errors and not hit:
                print(f'  false {doc} {mention["start"]} {mention["text"]!r} {mention["id"]} {mention["method"]}')
            if mention.get('refers_to'):
                wanted = spans.get((mention['start'], mention['end']), {}).get('refers_to')
                references['predicted'] += 1
                references['correct'] += wanted == mention['refers_to']
                if args.errors and wanted != mention['refers_to']:
                    print(f'  refers_to {doc} {mention["start"]} {mention["text"]!r} -> {mention["refers_to"]}, gold {wanted}')
        found = {(m['start'], m['end'], m['id']) for m in predictions[doc]}
        for g in gold[doc]:
            references['gold'] += 'refers_to' in g
            groups = [g['kind'], 'all'] + (['person*'] if g['kind'] == 'person' and g['id'] in known else [])
            for group in groups:
                for where in (language, 'total'):
                    scores[group, where].gold += 1
                    if group == 'person*':
                        scores[group, where].correct += (g['start'], g['end'], g['id']) in found
            if args.errors and (g['start'], g['end'], g['id']) not in found:
                print(f'  missed {doc} {g["start"]} {g["text"]!r} {g["id"]}')
    print(f'Real-text {args.set} set, lexicon {args.lexicon} (exact span and id):')
    print('  (person*: recall over the persons the bundled lexicon has)')
    for group in ('person', 'person*', 'title', 'all'):
        for where in ('de', 'en', 'ru', 'vi', 'total'):
            print(f'  {group:6} {where:5} {scores[group, where]}')
    print(f'  refers_to: {references["correct"]} right of {references["predicted"]} resolved, {references["gold"]} in gold')


if __name__ == '__main__':
    main()
