#!/usr/bin/env python3
"""Regenerates words-ru.txt and words-en.txt (see README.md in this folder).

Needs Debian's hunspell-ru, hunspell-tools (unmunch), wamerican and wbritish:

    apt-get install -y hunspell-ru hunspell-tools wamerican wbritish
    python3 tests/data/generate_wordlists.py

The output is deterministic for the same package versions.
"""

import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RU_DIC = "/usr/share/hunspell/ru_RU.dic"
RU_AFF = "/usr/share/hunspell/ru_RU.aff"
EN_DICTS = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]

# Every RU_STEP-th form of the sorted, lowercased unmunch output.
RU_STEP = 23
# Every YO_STEP-th of the forms containing «ё» (on top of those picked above).
YO_STEP = 50

# Russian hyphenated words: first part + every form of a dictionary lemma.
RU_COMPOUNDS = [
    (["северо-", "юго-"], ["западный", "восточный"]),
    (["научно-", "социально-", "эколого-", "военно-"], ["технический", "экономический", "просветительский"]),
    (["светло-", "тёмно-", "сине-"], ["зелёный"]),
    (["интернет-", "вице-", "премьер-"], ["магазин", "президент", "министр"]),
]
RU_PARTICLE_BASES = [
    "кто", "что", "кого", "чего", "кому", "чему", "кем", "чем", "ком", "чём",
    "где", "куда", "когда", "как", "откуда", "почему", "зачем", "сколько",
    "какой", "какая", "какое", "какие", "какого", "какому", "каким", "какую",
    "каких", "какими", "чей", "чья", "чьё", "чьи", "чьего", "чьей",
]
RU_PARTICLES = ["-то", "-либо", "-нибудь"]

# Hand-picked edge cases: very short words, no vowels, «ё» in odd places,
# every ending table of the algorithm at the edge of RV and R2.
RU_EXTRA = """
а я й ь ъ ё ёж ёлка ёлками ёё вв нн ая яя ой ость ости остью
конвенция конвенции конвенцией конвенциями каспийского каспийское
слабейший слабейшего длиннейшая стеклянный стеклянного
ушедши ушедшись прочитав прочитавши прочитавшись
""".split()

EN_HYPHEN_PREFIXES = ["well-", "self-", "non-", "eco-", "cross-", "re-"]
EN_HYPHEN_STEP = 997

EN_EXTRA = """
'tis 's s' 'y y yy yyy ys aye ayes eye eyes bye says sayings
sky skies skis dying lying tying idly gently ugly early only singly
news howe atlas cosmos bias andes
inning innings outing outings canning cannings herring herrings earring
earrings proceed proceeds exceed exceeds succeed succeeds
generously generation communism arsenal running hopping hoping
cries ties dies ied ies sses us gas gases this kiwis
agreed agreedly feed bleed fluently logically
""".split()


def lower_unique(words):
    out = set()
    for w in words:
        w = w.strip().lower()
        if w:
            out.add(w)
    return out


def unmunch(dic_lines):
    """Expands hunspell .dic lines with ru_RU.aff."""
    with tempfile.NamedTemporaryFile("w", suffix=".dic", delete=False, encoding="utf-8") as f:
        f.write("%d\n" % len(dic_lines))
        for line in dic_lines:
            f.write(line + "\n")
        path = f.name
    try:
        res = subprocess.run(["unmunch", path, RU_AFF], check=True,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    finally:
        os.unlink(path)
    return res.stdout.decode("utf-8").split("\n")


def russian():
    all_forms = sorted(lower_unique(unmunch_whole()))
    picked = set(all_forms[::RU_STEP])
    yo = [w for w in all_forms if "ё" in w]
    picked.update(yo[::YO_STEP])

    dic = {}
    with open(RU_DIC, encoding="utf-8") as f:
        next(f)
        for line in f:
            line = line.rstrip("\n")
            dic.setdefault(line.split("/")[0], line)
    for firsts, lemmas in RU_COMPOUNDS:
        forms = lower_unique(unmunch([dic[l] for l in lemmas]))
        for first in firsts:
            picked.update(first + w for w in forms)
    for base in RU_PARTICLE_BASES:
        picked.update(base + p for p in RU_PARTICLES)
        picked.add("кое-" + base)
    picked.update(RU_EXTRA)
    return sorted(picked)


def unmunch_whole():
    res = subprocess.run(["unmunch", RU_DIC, RU_AFF], check=True,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return res.stdout.decode("utf-8").split("\n")


def english():
    words = set()
    for path in EN_DICTS:
        with open(path, encoding="utf-8") as f:
            words |= lower_unique(f)
    base = sorted(words)
    for i, w in enumerate(base[::EN_HYPHEN_STEP]):
        words.add(EN_HYPHEN_PREFIXES[i % len(EN_HYPHEN_PREFIXES)] + w)
    words.update(EN_EXTRA)
    return sorted(words)


def write(name, words):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for w in words:
            f.write(w + "\n")
    print("%s: %d words, %d bytes" % (name, len(words), os.path.getsize(path)), file=sys.stderr)


if __name__ == "__main__":
    write("words-ru.txt", russian())
    write("words-en.txt", english())
