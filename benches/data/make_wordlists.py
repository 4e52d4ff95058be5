#!/usr/bin/env python3
"""Export real word-frequency lists for the realistic benchmark corpus (examples/gen_real_corpus.rs).

Why: a hand-made vocabulary of a few thousand forms makes the search index a tenth of what real text
costs. wordfreq (PyPI, `pip install wordfreq`; its data ships inside the package) has the inflected
word forms of Russian and English text with their frequencies; Kazakh is not among its languages.

Writes one gzip'd TSV per language, `word<TAB>count` with count = frequency per 10^9 words, most
frequent first, ties in alphabetical order, so that the same wordfreq version gives the same bytes:

    python3 benches/data/make_wordlists.py [OUT_DIR]      # default: the folder of this script
"""
import gzip
from importlib.metadata import version
import os
import re
import sys

import wordfreq

# (language, how many forms, the shape a form must have): letters of the language's alphabet, with
# inner hyphens; numbers, Latin words in Russian lists and fragments are left out.
LISTS = [
    ("ru", 700_000, re.compile(r"^[а-яё]+(?:-[а-яё]+)*$")),
    ("en", 100_000, re.compile(r"^[a-z]+(?:-[a-z]+)*$")),
]


def export(lang, limit, shape, out_dir):
    freqs = wordfreq.get_frequency_dict(lang, "best")
    rows = [(w, round(f * 1e9)) for w, f in freqs.items() if shape.match(w)]
    rows = [r for r in rows if r[1] > 0]
    rows.sort(key=lambda r: (-r[1], r[0]))
    rows = rows[:limit]
    path = os.path.join(out_dir, f"words-{lang}.tsv.gz")
    # mtime=0: the archive does not change with the time it was written.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write("".join(f"{w}\t{c}\n" for w, c in rows).encode("utf-8"))
    print(f"{path}: {len(rows)} forms, {os.path.getsize(path) / 1e6:.2f} MB (wordfreq {version('wordfreq')})")


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out_dir, exist_ok=True)
    for lang, limit, shape in LISTS:
        export(lang, limit, shape, out_dir)


if __name__ == "__main__":
    main()
