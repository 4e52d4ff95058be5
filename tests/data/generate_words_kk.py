#!/usr/bin/env python3
"""Generates tests/data/words-kk.txt: inflected forms of a hand-written base
lexicon (tests/data/kk-base-words.txt) plus every Cyrillic word of content/**/*.kk.md,
plus Russian-keyboard (folded) spellings of some of them.

Also writes $TMPDIR/kk-lemmas.tsv (lemma<TAB>form) for quality checks."""
import glob, os, re, sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'kk-base-words.txt')

VOWELS = set('аәеёиоөуұүыіэюя')
FRONT = set('әеөүіиэ')
BACK = set('аоұыяёюу')
VOICED_D = set('лмнңжз')   # -дар
SONOR = set('руйлмнңжзь')   # voiced consonants
ALTERNATE = {'қ': 'ғ', 'к': 'г', 'п': 'б'}
ELIDED = {'халық': 'халқ', 'орын': 'орн', 'ауыз': 'ауз', 'мұрын': 'мұрн', 'мойын': 'мойн',
          'ерік': 'ерк', 'нарық': 'нарқ', 'қалып': 'қалп', 'әріп': 'әрп', 'көңіл': 'көңл',
          'ерін': 'ерн', 'қарын': 'қарн'}
NO_ALTERNATION = {'парк', 'банк', 'кодекс', 'факт', 'акт', 'эколог', 'диалог', 'педагог',
                  'каталог', 'клуб', 'ақ', 'көк', 'жоқ', 'тек', 'іс', 'бап', 'топ', 'кесіп'}

def front(w):
    for i in range(len(w) - 1, -1, -1):
        c = w[i]
        if c == 'у' and i > 0 and w[i - 1] in VOWELS:
            continue  # glide
        if c in FRONT:
            return True
        if c in BACK:
            return False
    return False

def last_class(w):
    if w[-1] in 'ьъ':
        w = w[:-1]
    c = w[-1]
    if c in 'уй' or c == 'р':
        return 'semi' if c != 'р' else 'r'
    if c in VOWELS:
        return 'v'
    if c in 'мнң':
        return 'nasal'
    if c in 'лжз':
        return 'voiced'
    return 'voiceless'

def h(w, back, fr):
    return fr if front(w) else back

def plural(w):
    k = last_class(w)
    if k in ('v', 'semi', 'r'):
        return w + h(w, 'лар', 'лер')
    if k in ('nasal', 'voiced'):
        return w + h(w, 'дар', 'дер')
    return w + h(w, 'тар', 'тер')

def cases(w, after_poss=False, zfinal=False):
    """All case forms of w (a noun, possibly with plural/possessive)."""
    out = []
    fr = front(w)
    def hh(b, f):
        return f if fr else b
    if after_poss:
        return [w + hh('ның', 'нің'), w + 'н', w + hh('на', 'не'), w + hh('нда', 'нде'),
                w + hh('нан', 'нен'), w + 'мен', w + hh('ндағы', 'ндегі')]
    k = 'voiced' if zfinal else last_class(w)
    # genitive
    out.append(w + (hh('ның', 'нің') if k in ('v', 'nasal') else hh('дың', 'дің') if k in ('semi', 'r', 'voiced') else hh('тың', 'тің')))
    # accusative
    out.append(w + (hh('ны', 'ні') if k == 'v' else hh('ды', 'ді') if k in ('semi', 'r', 'voiced', 'nasal') else hh('ты', 'ті')))
    # dative
    out.append(w + (hh('ға', 'ге') if k != 'voiceless' else hh('қа', 'ке')))
    # locative
    loc = hh('да', 'де') if k != 'voiceless' else hh('та', 'те')
    out.append(w + loc)
    # ablative
    out.append(w + (hh('нан', 'нен') if k == 'nasal' else hh('дан', 'ден') if k != 'voiceless' else hh('тан', 'тен')))
    # instrumental
    out.append(w + ('пен' if k == 'voiceless' else 'бен' if (zfinal or w[-1] in 'жз') else 'мен'))
    # attributive
    out.append(w + loc + hh('ғы', 'гі'))
    return out

def vowel_stem(w):
    """The stem before a vowel-initial suffix (alternation, elision)."""
    if w in ELIDED:
        return ELIDED[w]
    if w[-1] in ALTERNATE and w not in NO_ALTERNATION and len(w) > 2 and w[-2] in VOWELS:
        return w[:-1] + ALTERNATE[w[-1]]
    return w

def poss3(w):
    if w[-1] in VOWELS and w[-1] not in 'уи':
        return w + h(w, 'сы', 'сі')
    return vowel_stem(w) + h(w, 'ы', 'і')

def poss1pl(w):
    if w[-1] in VOWELS and w[-1] not in 'уи':
        return w + h(w, 'мыз', 'міз')
    return vowel_stem(w) + h(w, 'ымыз', 'іміз')

def poss2pl(w):
    if w[-1] in VOWELS and w[-1] not in 'уи':
        return w + h(w, 'ңыз', 'ңіз')
    return vowel_stem(w) + h(w, 'ыңыз', 'іңіз')

def paradigm(w):
    forms = [w]
    pl = plural(w)
    forms.append(pl)
    forms += cases(w)
    forms += cases(pl)
    p3 = poss3(w)
    forms.append(p3)
    forms += cases(p3, after_poss=True)
    pp3 = poss3(pl)
    forms.append(pp3)
    forms += cases(pp3, after_poss=True)
    for p in (poss1pl(w), poss2pl(w)):
        forms.append(p)
        forms += cases(p, zfinal=True)[:3]
    return forms

def derive(w):
    out = []
    k = last_class(w)
    if k in ('v', 'semi', 'r'):
        out.append(w + h(w, 'лық', 'лік'))
    elif k in ('nasal', 'voiced'):
        out.append(w + h(w, 'дық', 'дік'))
    else:
        out.append(w + h(w, 'тық', 'тік'))
    out.append(w + h(w, 'шы', 'ші'))
    return out

def main():
    lemmas = []
    for line in open(BASE, encoding='utf-8'):
        if line.startswith('#'):
            continue
        for tok in line.split():
            for part in tok.split('-'):
                if part and part not in lemmas:
                    lemmas.append(part)
    pairs = []
    for lemma in lemmas:
        for f in paradigm(lemma):
            pairs.append((lemma, f))
        # Derived words, in a few forms, for every third lemma.
        if len(lemma) >= 3 and lemmas.index(lemma) % 3 == 0:
            for d in derive(lemma):
                for f in [d, plural(d), poss3(d)] + cases(d) + cases(poss3(d), after_poss=True):
                    pairs.append((d, f))
    words = {f for _, f in pairs}
    # The library's Kazakh pages.
    content = set()
    for path in glob.glob(os.path.join(ROOT, 'content', '**', '*.kk.md'), recursive=True):
        text = open(path, encoding='utf-8').read().lower()
        content.update(re.findall(r'[а-яёәғқңөұүһі]+', text))
    words |= content
    # Russian-keyboard spellings of every 7th word.
    fold = str.maketrans('әғқңөұүһіё', 'агкноуухие')
    for i, w in enumerate(sorted(words)):
        if i % 7 == 0:
            words.add(w.translate(fold))
    # Edge cases.
    words.update('а е ы і у ә ғ қ ң н с ш шы ны ға да ақ ел су өз үй іс ой аға ата ана оның олар '
                 'ша лар дар тар ның лық шылық сы сыз ымыз ыңыз ндағы ғы қы дағы кі'.split())
    words = sorted(w for w in words if w)
    with open(os.path.join(ROOT, 'tests', 'data', 'words-kk.txt'), 'w', encoding='utf-8') as f:
        f.write(''.join(w + '\n' for w in words))
    with open(os.path.join(os.environ.get('TMPDIR', '/tmp'), 'kk-lemmas.tsv'), 'w', encoding='utf-8') as f:
        for lemma, form in pairs:
            f.write(f'{lemma}\t{form}\n')
    print(len(lemmas), 'lemmas,', len(pairs), 'generated forms,', len(content), 'content words,', len(words), 'words', file=sys.stderr)

main()
