//! Kazakh for the search analyzers: a light suffix stripper and the loose
//! "Russian keyboard" key.
//!
//! Snowball has no Kazakh stemmer, so ecolib has its own. The `kk` analyzer
//! makes an index term of a lowercased token with
//!
//! ```text
//! fold_kazakh(&stem_kazakh(&lowercased_token))
//! ```
//!
//! that is, the word is stemmed **first, on its real Kazakh letters**, and the
//! stem is **then** folded. The browser does the same with the JavaScript port
//! in `themes/default/static/js/search/stem-kk.js` (`ecolibSearch.stemKk` and
//! `ecolibSearch.foldKk`), which must give exactly the same strings:
//! `tests/integration/kazakh_parity.rs` checks that on `tests/data/words-kk.txt`. Change
//! the two files together.
//!
//! This module uses `std` only, so that the parity test can include it on its
//! own with `#[path]`.
//!
//! # The loose key ([`fold_kazakh`])
//!
//! Each Kazakh-only letter becomes the Russian-keyboard letter next to it:
//! ә→а, ғ→г, қ→к, ң→н, ө→о, ұ→у, ү→у, һ→х, і→и, and ё→е as in Russian. So a
//! query typed without a Kazakh layout («коргау») meets «қорғау».
//!
//! # The stemmer ([`stem_kazakh`])
//!
//! Kazakh is agglutinative: a noun is a root, then at most one of each of
//! these, always in this order, each in the allomorph that vowel harmony and
//! the last sound before it choose:
//!
//! ```text
//! root · derivation · plural · possessive · case · attributive -ғы/-дағы
//! орта · лық        · тар    · ы          · ның
//! ```
//!
//! The stemmer peels them off from the end, outermost first:
//!
//! 1. **Outer suffixes, one at a time, until none applies.** Each step tries
//!    the tables in this order and cuts the first suffix that applies:
//!    `ATTRIBUTIVE` (-дағы, -ндағы, -ғы/-қы: «жылғы», «қазандағы»),
//!    `CASE` (genitive, ablative, locative, instrumental, dative,
//!    accusative), `POSSESSIVE` (3rd person -ы/-сы; 1st and 2nd person
//!    plural -ымыз, -ыңыз ...) and `PLURAL`; then it starts again from
//!    the first table. So the stem of a word never depends on how it was
//!    reached: «конвенцияларды» → «конвенциялар» → «конвенция», and a word
//!    whose dictionary form happens to end like a suffix is cut the same way
//!    in all its forms («канадада» → «канада» → «кана»). One exception:
//!    after a suffix that only follows the 3rd person possessive (-нда, -на,
//!    -н, -ндағы, -нан after ы/і) the next step tries `POSSESSIVE` alone, so
//!    that «нысанында» is нысан + ы + нда, not ныса + ны.
//! 2. **One derivational suffix** (`DERIVATIONAL`: -лық/-дық/-тық, -шы), at
//!    most once, and then the stemmer stops: «экологиялық» → «экология»,
//!    «тыңдаушы» → «тыңдау», «хатшылық» (secretariat) → «хатшы».
//!
//! Within a table the rules are tried in the order written (longest suffixes
//! first) and the first rule that applies wins. A rule applies when
//!
//! * its suffix ends the word (see *Letters* below);
//! * the letter before the suffix is one after which Kazakh uses this
//!   allomorph: -ның after vowels and м, н, ң; -дың after р, й, у, л, з, ж;
//!   -тың after voiceless consonants and б, в, г, д; -ны only after vowels;
//!   -на, -нда, -н only after the 3rd person possessive ы/і, and so on (the
//!   `A_*` sets below; a soft or hard sign is skipped, so «тюленьмен» is
//!   тюлень + мен). These conditions are what keep «қатар» (row; -тар needs
//!   a voiceless consonant before it) and «өлке» whole;
//! * what remains has at least [`MIN_STEM`] letters (more for some rules) and
//!   contains a vowel, so «су», «ел», «іс», «өз», «үй» survive as stems and
//!   «аға», «ата», «оның» are not cut to one letter.
//!
//! After every cut the last letter of the stem is normalised for the voicing
//! alternation of Kazakh stems before a vowel (қ→ғ, к→г, п→б): a final ғ
//! becomes қ, г becomes к, б becomes п, so «орталығы» and «орталыққа» both
//! give «орталық», «кітабы» gives «кітап». The same normalisation is applied
//! to every result, so that loanwords ending in г or б («мониторинг»,
//! «мониторингі») agree too. A few stems that drop a vowel before a vowel
//! suffix are restored from [`ELISIONS`] («халқы» → «халық», «орны» → «орын»).
//!
//! The verbal noun -у is **not** stripped: «қорғау», «қорғаудың», «қорғауы»
//! all give «қорғау». Stripping it would expose verb stems that end like case
//! endings (тыңда-у → «тыңда» → «тың» "virgin land", сақта-у → «сақта» →
//! «сақ»), and the light stemmer does not conjugate verbs anyway; a stem in
//! -у is a natural stopping point, and -шы agent nouns return to it
//! («қатысушы» → «қатысу»).
//!
//! Deliberately **not** stripped: the 1st and 2nd person singular possessives
//! (-ым/-ім/-м, -ың/-ің/-ң) and the dative -а/-е that only follows them. They
//! collide with the very common deverbal nouns in -ым/-ім («шешім» decision,
//! «білім», «бөлім», «өнім») and with lemmas in a vowel + м or ң («адам»,
//! «әлем», «алаң»), while "my" and "your (informal)" are rare in library
//! texts. Likewise the adjective suffixes -лы/-лі, -сыз/-сіз («қауіпсіз» safe
//! must not become «қауіп» danger) and verb inflection are left alone.
//!
//! [`KNOWN`] is a short list of stems that must not be cut further: words
//! whose ending only looks like a suffix and whose cut form would be another
//! word («орталық» centre ≠ «орта» environment, «тұлға» ≠ «тұл», «теңге» ≠
//! «тең», «орын» ≠ «ор»), and n- and s-final nouns whose possessive would
//! otherwise be read as an accusative («орманы» is «орман» + ы, not «орма» +
//! ны). A word that is a known stem followed by one suffix of the outer
//! tables is cut to that stem at once («жауында» is жауын + да).
//!
//! ## Letters
//!
//! A suffix letter matches the same letter or, except for ң and і, the letter
//! a Russian keyboard gives for it (the suffix «ға» matches «ға» and «га»,
//! «лық» matches «лык»), and the letter classes are tested on folded letters
//! (but with і kept apart from и, which mostly ends loanwords).
//! So real Kazakh text is stemmed by its own letters, and back-vowel forms
//! typed on a Russian keyboard get the same key as the Kazakh word:
//! `fold_kazakh(&stem_kazakh("ақпаратқа"))` and
//! `fold_kazakh(&stem_kazakh("акпаратка"))` are both «акпарат». ң and і are
//! strict because their Russian letters end real words: -ның, -дың, -тың
//! written with н would be the possessive + accusative -ын of an n-final noun
//! («орманын» is орман + ы + н), and -і, -ні, -ді written with и would cut
//! loanwords and adjectives in -и («такси», «табиғи», «бензин»). A folded
//! genitive («коргаудын») or front-vowel form («жерди») is therefore not
//! reduced.
//!
//! Input is expected lowercased; uppercase letters are left as they are and
//! do not match any suffix.

use std::sync::OnceLock;

/// The fewest letters a stem may keep.
pub const MIN_STEM: usize = 2;

/// Suffix letters that only match themselves, not their folded form (see
/// *Letters* in the module documentation).
const STRICT: &str = "ңі";

/// A condition on the letter before a suffix. All tests are made on class
/// letters (folded, but і kept apart from и), and a soft or hard sign there
/// is skipped (the letter before it decides).
#[derive(Clone, Copy, Debug)]
enum Before {
    /// The letter before the suffix is one of these (class letters).
    In(&'static str),
    /// After the 3rd person possessive ы/і (not и: «бензин», «машина» stay
    /// whole). The next step after such a suffix tries `POSSESSIVE` alone.
    Poss3,
    /// The attributive -ғы/-гі: after л, м, н, ң, р, й, ж, з, never after a
    /// vowel, where ғы is the possessive of a қ-stem («орталығы»), nor after
    /// н that follows и/і, which is mostly a loanword in -инг + і
    /// («мониторингі»).
    AttributiveG,
    /// The 3rd person possessive -ы/-і: after a consonant, у or и; but not
    /// after ш that follows a consonant or у when at least 3 letters come
    /// before the ш, where -шы/-ші is the agent suffix («балықшы»,
    /// «тыңдаушы») rather than ш + ы («ағашы», «күші»).
    PossessiveI,
    /// The 3rd person possessive -сы/-сі: after а, ә, е, о, ө, я, ю, э; after
    /// ы/і only when these follow ш, қ, к or ж («хатшысы», «жалақысы»).
    /// Elsewhere a final «ысы»/«ісі» is a noun in -ыс/-іс with -ы/-і
    /// («өндірісі», «шығысы», «облысы»), which is far more common.
    PossessiveSy,
    /// Any letter.
    Any,
}

/// One suffix rule.
#[derive(Clone, Copy, Debug)]
struct Rule {
    /// The suffix, in Kazakh letters.
    suffix: &'static str,
    /// Which letter may come before it.
    before: Before,
    /// The fewest letters the stem must keep (at least [`MIN_STEM`]).
    min_stem: usize,
}

const fn rule(suffix: &'static str, before: Before, min_stem: usize) -> Rule {
    Rule { suffix, before, min_stem }
}

// Letter classes, in class letters: folded (ә→а, ғ→г, қ→к, ң→н, ө→о,
// ұ/ү→у, һ→х, ё→е) except that і stays і, apart from и (see `class_char`).
// у and и count both as vowels and as the glides [w] and [j].

/// Vowels.
const VOWELS: &str = "аеиіоуыэюя";
/// Signs skipped when looking at the letter before a suffix.
const SIGNS: &str = "ьъ";
/// -лар, -лық: after vowels, р, й (у, и are in VOWELS).
const A_L: &str = "аеиіоуыэюярй";
/// -дар, -дық: after л, м, н, ң, ж, з.
const A_D: &str = "лмнжз";
/// -тар, -тық, -тың, -ты, -та, -тан, -тағы, -қа, -қы, -пен: after voiceless
/// consonants and б, в, г, д.
const A_T: &str = "бвгдкпстфхцчшщ";
/// Genitive -ның: after vowels and м, н, ң.
const A_GEN_N: &str = "аеиіоуыэюямн";
/// Genitive -дың: after р, й, у, л, з, ж.
const A_GEN_D: &str = "рйулжз";
/// Accusative -ны: after vowels, but not о, ө, у, ұ, ү, и: stems rarely end
/// in them (and у-final ones take -ды), so «күні», «телефоны», «бензині» are
/// күн + і, телефон + ы, бензин + і.
const A_ACC_N: &str = "аеіыэюя";
/// Accusative -ды: after voiced consonants and у. Not after и, і: after a
/// vowel the accusative is -ны, so «оксиді» is оксид + і.
const A_ACC_D: &str = "лмнрйужз";
/// Dative -ға and locative -да: after vowels and voiced consonants.
const A_DAT_LOC: &str = "аеиіоуыэюялмнрйжз";
/// Ablative -дан: after vowels and л, р, й, ж, з.
const A_ABL_D: &str = "аеиіоуыэюялрйжз";
/// Ablative -нан: after м, н, ң and the 3rd person possessive.
const A_ABL_N: &str = "мныі";
/// The 3rd person possessive ы/і ([`Before::Poss3`]).
const A_POSS3: &str = "ыі";
/// Instrumental -мен: after vowels and м, н, ң, р, л, й.
const A_INS_M: &str = "аеиіоуыэюялмнрй";
/// Instrumental -бен: after ж, з.
const A_INS_B: &str = "жз";
/// Attributive -ғы ([`Before::AttributiveG`]).
const A_ATTR_G: &str = "лмнрйжз";
/// Possessives -ы, -ымыз, -ыңыз ([`Before::PossessiveI`]): after
/// consonants, у, и.
const A_CONS: &str = "бвгджзйклмнпрстфхцчшщуи";
/// Vowels before ш for which ш + ы is read as a possessive (not у: -ушы).
const A_VOWEL_BEFORE_SH: &str = "аеиіоыэюя";
/// 3rd person possessive -сы ([`Before::PossessiveSy`]): after a vowel other
/// than ы, і, у, и ...
const A_SY: &str = "аеоэюя";
/// ... or after ы/і that follow one of these: «хатшысы», «жалақысы».
const A_SY_AFTER: &str = "шкж";

use Before::{Any, AttributiveG, In, Poss3, PossessiveI, PossessiveSy};

/// Attributive suffixes, outermost: "which is in / of (a time)".
const ATTRIBUTIVE: &[Rule] = &[
    rule("ндағы", Poss3, 3),
    rule("ндегі", Poss3, 3),
    rule("дағы", In(A_DAT_LOC), MIN_STEM),
    rule("дегі", In(A_DAT_LOC), MIN_STEM),
    rule("тағы", In(A_T), MIN_STEM),
    rule("тегі", In(A_T), MIN_STEM),
    rule("ғы", AttributiveG, MIN_STEM),
    rule("гі", AttributiveG, MIN_STEM),
    rule("қы", In(A_T), MIN_STEM),
    rule("кі", In(A_T), MIN_STEM),
];

/// Case endings. Those after the 3rd person possessive keep a stem of 3
/// letters (a root of 2 and the ы/і), so that «дінде» is дін + де.
const CASE: &[Rule] = &[
    // Instrumental, long forms.
    rule("менен", In(A_INS_M), MIN_STEM),
    rule("бенен", In(A_INS_B), MIN_STEM),
    rule("пенен", In(A_T), MIN_STEM),
    // Genitive.
    rule("ның", In(A_GEN_N), MIN_STEM),
    rule("нің", In(A_GEN_N), MIN_STEM),
    rule("дың", In(A_GEN_D), MIN_STEM),
    rule("дің", In(A_GEN_D), MIN_STEM),
    rule("тың", In(A_T), MIN_STEM),
    rule("тің", In(A_T), MIN_STEM),
    // Ablative.
    rule("нан", In(A_ABL_N), MIN_STEM),
    rule("нен", In(A_ABL_N), MIN_STEM),
    rule("дан", In(A_ABL_D), MIN_STEM),
    rule("ден", In(A_ABL_D), MIN_STEM),
    rule("тан", In(A_T), MIN_STEM),
    rule("тен", In(A_T), MIN_STEM),
    // Locative after the 3rd person possessive.
    rule("нда", Poss3, 3),
    rule("нде", Poss3, 3),
    // Instrumental.
    rule("мен", In(A_INS_M), MIN_STEM),
    rule("бен", In(A_INS_B), MIN_STEM),
    rule("пен", In(A_T), MIN_STEM),
    // Dative.
    rule("ға", In(A_DAT_LOC), MIN_STEM),
    rule("ге", In(A_DAT_LOC), MIN_STEM),
    rule("қа", In(A_T), MIN_STEM),
    rule("ке", In(A_T), MIN_STEM),
    rule("на", Poss3, 3),
    rule("не", Poss3, 3),
    // Locative.
    rule("да", In(A_DAT_LOC), MIN_STEM),
    rule("де", In(A_DAT_LOC), MIN_STEM),
    rule("та", In(A_T), MIN_STEM),
    rule("те", In(A_T), MIN_STEM),
    // Accusative.
    rule("ны", In(A_ACC_N), MIN_STEM),
    rule("ні", In(A_ACC_N), MIN_STEM),
    rule("ды", In(A_ACC_D), MIN_STEM),
    rule("ді", In(A_ACC_D), MIN_STEM),
    rule("ты", In(A_T), MIN_STEM),
    rule("ті", In(A_T), MIN_STEM),
    // Accusative after the 3rd person possessive («жерін», «ортасын»).
    rule("н", Poss3, 3),
];

/// Possessive endings: 3rd person, 1st and 2nd person plural.
const POSSESSIVE: &[Rule] = &[
    rule("ымыз", PossessiveI, MIN_STEM),
    rule("іміз", PossessiveI, MIN_STEM),
    rule("ыңыз", PossessiveI, MIN_STEM),
    rule("іңіз", PossessiveI, MIN_STEM),
    // After a vowel; a stem of 3 letters keeps «қымыз», «теңіз», «маңыз».
    rule("мыз", In(VOWELS), 3),
    rule("міз", In(VOWELS), 3),
    rule("ңыз", In(VOWELS), 3),
    rule("ңіз", In(VOWELS), 3),
    // A stem of 3 letters, so that «басы», «жасы» are бас + ы.
    rule("сы", PossessiveSy, 3),
    rule("сі", PossessiveSy, 3),
    rule("ы", PossessiveI, MIN_STEM),
    rule("і", PossessiveI, MIN_STEM),
];

/// Plural endings.
const PLURAL: &[Rule] = &[
    rule("лар", In(A_L), MIN_STEM),
    rule("лер", In(A_L), MIN_STEM),
    rule("дар", In(A_D), MIN_STEM),
    rule("дер", In(A_D), MIN_STEM),
    rule("тар", In(A_T), MIN_STEM),
    rule("тер", In(A_T), MIN_STEM),
];

/// Derivational suffixes, stripped once, innermost: abstract and relational
/// -лық, agent -шы. The stem keeps 3 letters: «халық», «балық», «салық»,
/// «көлік» stay whole.
const DERIVATIONAL: &[Rule] = &[
    rule("лық", In(A_L), 3),
    rule("лік", In(A_L), 3),
    rule("дық", In(A_D), 3),
    rule("дік", In(A_D), 3),
    rule("тық", In(A_T), 3),
    rule("тік", In(A_T), 3),
    rule("шы", Any, 3),
    rule("ші", Any, 3),
];

/// The outer tables, in the order each step tries them.
const OUTER: [&[Rule]; 4] = [ATTRIBUTIVE, CASE, POSSESSIVE, PLURAL];

/// The longest suffix of the outer tables, in letters.
const LONGEST_SUFFIX: usize = 5;

/// Stems that are not cut further (matched like suffixes: «орталык» is
/// «орталық», «айдың» is not «айдын»). See the module
/// documentation. Every value of [`ELISIONS`] is here too.
#[rustfmt::skip]
pub const KNOWN: &[&str] = &[
    // Whole words ending like a suffix, whose cut form is another word.
    "орталық",    // centre, not орта (environment) + лық
    "жарлық",     // decree, not жар + лық
    "халық",      // people
    "тұлға",      // person, legal entity («заңды тұлға»), not тұл + ға
    "теңге",      // not тең + ге
    "кесте",      // table, not кес + те
    "апта",       // week
    "қысқа",      // short, not қыс (winter) + қа
    "ескі",       // old
    "ешкі",       // goat
    "дәптер",     // notebook
    "қағида",     // rule
    "тағы",       // again
    "қаулы",      // resolution: «қаулысы» is қаулы + сы
    "отбасы",     // family
    "қоқыс",      // waste: «қоқысы» is қоқыс + ы
    "жөн",        // way, manner: «жөні» is жөн + і, not жө + ні
    "ие",         // owner: «иесі»
    "пайда",      // benefit, not пай + да
    "баға",       // price, assessment
    "салдар",     // consequence, not сал + дар
    "қалдық",     // waste, residue, not қал + дық
    "өсімдік",    // plant, not өсім (growth) + дік
    "итбалық",    // seal
    "отын",       // fuel, not от + ы + н
    "кәсіпорын",  // enterprise
    "үлгі",       // sample, template: not үл + гі
    "белгі",      // sign, not бел + гі
    "жарғы",      // charter
    "желі",       // network, not жел (wind) + і
    "басқа",      // other, not бас + қа
    "төмен",      // low, not тө + мен
    "нұсқа",      // version
    "түпнұсқа",   // original
    "пошта",      // post
    "құрлық",     // continent, land
    "шығын",      // cost, loss
    "дейін",      // until
    "дайын",      // ready
    "шалғын",     // meadow
    "аю",         // bear
    // Ending in -ын/-ін, which would read as possessive + accusative -н.
    "орын", "мойын", "мұрын", "ағын", "жауын", "жиын", "шағын", "бұрын", "тасқын", "толқын",
    "салқын", "егін", "тегін", "түйін", "келін", "қиын", "ұзын", "жалын", "кейін", "бүгін", "үшін",
    "жақын", "мүмкін", "сайын", "қайың",
    // n-final nouns after а, ә, е, ы, і, я: «орманы» is орман + ы, not
    // орма + ны (after о, ө, у, ұ, ү the rules read it so by themselves).
    "аудан", "орман", "өзен", "тұрғын", "мекен", "кеден", "заман", "сан", "жан", "кен", "экран",
    "қазан", "уран", "ұран", "орган", "мән", "мәтін", "айдын", "түтін", "маман", "зиян", "дүкен",
    "тоған", "бөген", "ақбөкен", "жиен", "ғалам", "қорғасын", "емтихан", "нысан", "қашаған", "иран",
    "тегеран", "қазақстан", "өзбекстан", "қырғызстан", "тәжікстан", "түрікменстан", "ауғанстан",
    "пәкістан", "дағыстан", "үндістан", "сұлтан", "отан",
    // s-final nouns after е: «кеңесі» is кеңес + і, not кеңе + сі.
    "кеңес", "күрес", "бизнес", "процес",
    // Restored elided stems.
    "ауыз", "ерік", "көңіл", "қалып", "бөрік", "көрік", "нарық", "ғұрып", "әріп", "құлық",
];

/// Stems that lose a vowel before a vowel suffix, and their full form
/// (keys matched like suffixes): «халқы» → халқ → «халық».
pub const ELISIONS: &[(&str, &str)] = &[
    ("халқ", "халық"),
    ("орн", "орын"),
    ("ауз", "ауыз"),
    ("мұрн", "мұрын"),
    ("мойн", "мойын"),
    ("ерк", "ерік"),
    ("көңл", "көңіл"),
    ("қалп", "қалып"),
    ("бөрк", "бөрік"),
    ("көрк", "көрік"),
    ("нарқ", "нарық"),
    ("ғұрп", "ғұрып"),
    ("әрп", "әріп"),
    ("құлқ", "құлық"),
];

/// Folds one letter to its Russian-keyboard neighbour.
fn fold_char(c: char) -> char {
    match c {
        'ә' => 'а',
        'ғ' => 'г',
        'қ' => 'к',
        'ң' => 'н',
        'ө' => 'о',
        'ұ' | 'ү' => 'у',
        'һ' => 'х',
        'і' => 'и',
        'ё' => 'е',
        _ => c,
    }
}

/// The loose key: folds the Kazakh letters of a lowercased word to their
/// Russian-keyboard neighbours (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ→у, ү→у, һ→х, і→и)
/// and ё to е. Other characters are kept; nothing is lowercased.
///
/// The `kk` analyzer applies it to the stem: `fold_kazakh(&stem_kazakh(w))`.
///
/// ```text
/// fold_kazakh("қорғау") == "коргау"
/// ```
#[must_use]
pub fn fold_kazakh(word: &str) -> String {
    word.chars().map(fold_char).collect()
}

/// Does the word letter `w` match the suffix letter `s`: the same letter, or
/// (except for ң and і) the letter a Russian keyboard gives for it?
fn letter_matches(w: char, s: char) -> bool {
    w == s || (!has(STRICT, s) && w == fold_char(s))
}

/// The letter `c` stands for in the letter classes: its folded form, except
/// that і is kept apart from и (і is a vowel that ends possessives, и mostly
/// ends loanwords and -и adjectives).
fn class_char(c: char) -> char {
    if c == 'і' {
        c
    } else {
        fold_char(c)
    }
}

/// Is `c` one of the letters of `set`? (Faster than `str::contains` for
/// these short sets of two-byte letters.)
fn has(set: &str, c: char) -> bool {
    set.chars().any(|x| x == c)
}

/// Is `c` in `set` (class letters)?
fn in_class(c: char, set: &str) -> bool {
    has(set, class_char(c))
}

/// Is `word` the word `pattern`, letter by letter as [`letter_matches`]
/// matches them?
fn is_word(word: &[char], pattern: &str) -> bool {
    let mut p = pattern.chars();
    for &c in word {
        match p.next() {
            Some(q) if letter_matches(c, q) => {}
            _ => return false,
        }
    }
    p.next().is_none()
}

/// The letters of the [`KNOWN`] stems, by letter count.
fn known_by_length() -> &'static [Vec<Vec<char>>] {
    static BY_LENGTH: OnceLock<Vec<Vec<Vec<char>>>> = OnceLock::new();
    BY_LENGTH.get_or_init(|| {
        let mut by_length: Vec<Vec<Vec<char>>> = Vec::new();
        for k in KNOWN {
            let letters: Vec<char> = k.chars().collect();
            if by_length.len() <= letters.len() {
                by_length.resize(letters.len() + 1, Vec::new());
            }
            by_length[letters.len()].push(letters);
        }
        by_length
    })
}

/// Is `word`, with its last letter replaced by `last`, a known stem?
/// Letters are matched as [`letter_matches`] matches them.
fn is_known_with_last(word: &[char], last: char) -> bool {
    let Some((_, init)) = word.split_last() else {
        return false;
    };
    known_by_length().get(word.len()).is_some_and(|ks| {
        ks.iter().any(|k| {
            k.last().is_some_and(|&l| letter_matches(last, l))
                && init.iter().zip(k).all(|(&c, &q)| letter_matches(c, q))
        })
    })
}

fn is_known(word: &[char]) -> bool {
    word.last().is_some_and(|&last| is_known_with_last(word, last))
}

/// The last letter of a stem, normalised for the voicing alternation:
/// ғ→қ, г→к, б→п.
fn normalised(c: char) -> char {
    match c {
        'ғ' => 'қ',
        'г' => 'к',
        'б' => 'п',
        c => c,
    }
}

/// Normalises the last letter of a stem for the voicing alternation:
/// ғ→қ, г→к, б→п.
fn normalise_end(w: &mut [char]) {
    if w.len() < MIN_STEM {
        return;
    }
    if let Some(last) = w.last_mut() {
        *last = normalised(*last);
    }
}

/// Tidies a stem after a cut: final alternation, then a restored elision.
fn settle(w: &mut Vec<char>) {
    normalise_end(w);
    if let Some((_, full)) = ELISIONS.iter().find(|(short, _)| is_word(w, short)) {
        *w = full.chars().collect();
    }
}

/// Does `w` end with `suffix` (letters matched with [`letter_matches`])?
/// Returns the suffix length in letters.
fn ends_with(w: &[char], suffix: &str) -> Option<usize> {
    let mut letters = w.iter().rev();
    let mut n = 0;
    for s in suffix.chars().rev() {
        match letters.next() {
            Some(&c) if letter_matches(c, s) => n += 1,
            _ => return None,
        }
    }
    Some(n)
}

/// May `r` cut its suffix from `w`, leaving the stem `w[..stem_len]`?
fn applies(w: &[char], stem_len: usize, r: &Rule) -> bool {
    if stem_len < r.min_stem.max(MIN_STEM) || !w[..stem_len].iter().any(|&c| in_class(c, VOWELS)) {
        return false;
    }
    // The letter that decides, skipping a final soft or hard sign, and the
    // one before it.
    let mut at = stem_len - 1;
    if in_class(w[at], SIGNS) && at > 0 {
        at -= 1;
    }
    let prev = w[at];
    let before_prev = if at > 0 { w[at - 1] } else { ' ' };
    match r.before {
        Any => true,
        In(set) => in_class(prev, set),
        Poss3 => in_class(prev, A_POSS3),
        AttributiveG => in_class(prev, A_ATTR_G) && !(class_char(prev) == 'н' && in_class(before_prev, "иі")),
        PossessiveI => {
            in_class(prev, A_CONS) && (class_char(prev) != 'ш' || in_class(before_prev, A_VOWEL_BEFORE_SH) || at < 3)
        }
        PossessiveSy => in_class(prev, A_SY) || (in_class(prev, A_POSS3) && in_class(before_prev, A_SY_AFTER)),
    }
}

/// The first rule of `table` that may cut its suffix from `w`, and the
/// suffix length.
fn find_suffix<'t>(table: &'t [Rule], w: &[char]) -> Option<(usize, &'t Rule)> {
    table.iter().find_map(|r| {
        let len = ends_with(w, r.suffix)?;
        applies(w, w.len() - len, r).then_some((len, r))
    })
}

/// If `w` is a known stem, or a known stem followed by one suffix of the
/// outer tables (whatever the letter before it; the shortest such suffix),
/// cuts it to that stem and returns true.
fn settle_known(w: &mut Vec<char>) -> bool {
    if is_known(w) {
        return true;
    }
    for len in 1..=w.len().min(LONGEST_SUFFIX) {
        let stem_len = w.len() - len;
        let Some(&last) = w[..stem_len].last() else {
            break;
        };
        let last = if stem_len >= MIN_STEM { normalised(last) } else { last };
        if is_known_with_last(&w[..stem_len], last)
            && OUTER.iter().any(|table| table.iter().any(|r| ends_with(w, r.suffix) == Some(len)))
        {
            w.truncate(stem_len);
            w[stem_len - 1] = last;
            return true;
        }
    }
    false
}

/// Stems a lowercased Kazakh word (not folded: the analyzer folds the stem
/// afterwards with [`fold_kazakh`]).
///
/// Inflected forms of a noun give one stem:
///
/// ```text
/// конвенция, конвенцияның, конвенцияға, конвенциясы, конвенцияларды → конвенция
/// орталық, орталығы, орталыққа                                     → орталық
/// ```
///
/// See the module documentation for the rules and their order.
#[must_use]
pub fn stem_kazakh(word: &str) -> String {
    let mut w: Vec<char> = word.chars().collect();
    let mut possessive_next = false;
    loop {
        if settle_known(&mut w) {
            return w.into_iter().collect();
        }
        let tables: &[&[Rule]] = if possessive_next { &[POSSESSIVE] } else { &OUTER };
        match tables.iter().find_map(|t| find_suffix(t, &w)) {
            Some((len, r)) => {
                w.truncate(w.len() - len);
                settle(&mut w);
                possessive_next = matches!(r.before, Poss3);
            }
            None if possessive_next => possessive_next = false,
            None => break,
        }
    }
    if let Some((len, _)) = find_suffix(DERIVATIONAL, &w) {
        w.truncate(w.len() - len);
        settle(&mut w);
    }
    normalise_end(&mut w);
    w.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (form, expected stem), before folding.
    const CASES: &[(&str, &str)] = &[
        // Loanwords: every case, possessive, plural.
        ("конвенция", "конвенция"),
        ("конвенцияның", "конвенция"),
        ("конвенцияға", "конвенция"),
        ("конвенциясы", "конвенция"),
        ("конвенцияларды", "конвенция"),
        ("конвенцияны", "конвенция"),
        ("конвенциямен", "конвенция"),
        ("конвенциясында", "конвенция"),
        ("конвенциясының", "конвенция"),
        ("хаттама", "хаттама"),
        ("хаттаманың", "хаттама"),
        ("хаттамалары", "хаттама"),
        ("хаттамаға", "хаттама"),
        ("протокол", "протокол"),
        ("протоколдың", "протокол"),
        ("протоколы", "протокол"),
        ("протоколдар", "протокол"),
        ("экология", "экология"),
        ("экологияның", "экология"),
        ("экологиясы", "экология"),
        // Verbal nouns in -у keep the -у.
        ("қорғау", "қорғау"),
        ("қорғаудың", "қорғау"),
        ("қорғауға", "қорғау"),
        ("қорғауы", "қорғау"),
        ("қорғауын", "қорғау"),
        ("тыңдау", "тыңдау"),
        ("тыңдаулар", "тыңдау"),
        ("тыңдауларға", "тыңдау"),
        ("тыңдаудан", "тыңдау"),
        // Voiceless allomorphs: -қа, -ты, -тың, -тар, -тан, -пен, -та.
        ("ақпарат", "ақпарат"),
        ("ақпаратқа", "ақпарат"),
        ("ақпаратты", "ақпарат"),
        ("ақпараттың", "ақпарат"),
        ("ақпараттар", "ақпарат"),
        ("ақпараттан", "ақпарат"),
        ("ақпаратпен", "ақпарат"),
        ("құжатта", "құжат"),
        // Voiced allomorphs: -ге, -де, -ден, -дің, -лер, -ді; after р, й.
        ("жерге", "жер"),
        ("жерде", "жер"),
        ("жерден", "жер"),
        ("жердің", "жер"),
        ("жерлер", "жер"),
        ("жерді", "жер"),
        ("үйдің", "үй"),
        // Nasals: -ның, -нан, -дар, -мен after ң, н.
        ("заңның", "заң"),
        ("заңнан", "заң"),
        ("заңдар", "заң"),
        ("заңмен", "заң"),
        ("заңы", "заң"),
        ("қазақстанда", "қазақстан"),
        // 3rd person possessive + case: -ның, -на, -нда, -нан, -н, -ндағы.
        ("жерінде", "жер"),
        ("жерін", "жер"),
        ("үйіне", "үй"),
        ("өзінің", "өз"),
        ("жағалауынан", "жағалау"),
        ("қаласындағы", "қала"),
        ("маңындағы", "маң"),
        ("жөніндегі", "жөн"),
        ("нысанында", "нысан"),
        // Short roots survive.
        ("су", "су"),
        ("суы", "су"),
        ("суға", "су"),
        ("сулар", "су"),
        ("ел", "ел"),
        ("елдің", "ел"),
        ("іс", "іс"),
        ("ісі", "іс"),
        ("басы", "бас"),
        // 1st and 2nd person plural possessives.
        ("еліміз", "ел"),
        ("елімізде", "ел"),
        ("құқығыңыз", "құқық"),
        ("қалаңыз", "қала"),
        ("қаламыз", "қала"),
        // Attributive -ғы/-қы/-дағы.
        ("жылғы", "жыл"),
        ("қазіргі", "қазір"),
        ("алғашқы", "алғаш"),
        ("сыртқы", "сырт"),
        ("қазандағы", "қазан"),
        ("қолданыстағы", "қолданыс"),
        // Alternations қ/ғ, к/г, п/б, and loanwords in г.
        ("орталық", "орталық"),
        ("орталығы", "орталық"),
        ("орталыққа", "орталық"),
        ("орталығының", "орталық"),
        ("құқығы", "құқық"),
        ("бөлігі", "бөлік"),
        ("кітабы", "кітап"),
        ("мектебі", "мектеп"),
        ("мониторинг", "мониторинк"),
        ("мониторингі", "мониторинк"),
        // Elision restored.
        ("халқы", "халық"),
        ("халқының", "халық"),
        ("орны", "орын"),
        ("орнына", "орын"),
        ("қалпына", "қалып"),
        // Derivational, once.
        ("экологиялық", "экология"),
        ("мемлекеттік", "мемлекет"),
        ("қоғамдық", "қоғам"),
        ("қауіпсіздік", "қауіпсіз"),
        ("қауіпсіздігі", "қауіпсіз"),
        ("министрлігі", "министр"),
        ("тыңдаушы", "тыңдау"),
        ("қатысушылар", "қатысу"),
        ("балықшы", "балық"),
        ("хатшылық", "хатшы"),
        // ш + ы possessive versus the agent -шы.
        ("ағашы", "ағаш"),
        ("күші", "күш"),
        ("күшіне", "күш"),
        ("хатшысы", "хат"),
        // -ыс/-іс nouns with a possessive.
        ("облысы", "облыс"),
        ("өндірісі", "өндіріс"),
        // Known stems.
        ("орманы", "орман"),
        ("орманда", "орман"),
        ("өзені", "өзен"),
        ("ауданы", "аудан"),
        ("күні", "күн"),
        ("тұлға", "тұлға"),
        ("тұлғалар", "тұлға"),
        ("теңге", "теңге"),
        ("кеңесінің", "кеңес"),
        ("жауында", "жауын"),
        ("үлгісі", "үлгі"),
        ("төменде", "төмен"),
        // Words that must not be stripped.
        ("теңіз", "теңіз"),
        ("теңізі", "теңіз"),
        ("теңізінің", "теңіз"),
        ("тең", "тең"),
        ("теңдік", "тең"),
        ("халық", "халық"),
        ("балық", "балық"),
        ("салық", "салық"),
        ("көлік", "көлік"),
        ("қатар", "қатар"),
        ("өлке", "өлке"),
        ("маңыз", "маңыз"),
        ("қымыз", "қымыз"),
        ("шешім", "шешім"),
        ("шешімі", "шешім"),
        ("шешімдер", "шешім"),
        ("білім", "білім"),
        ("адам", "адам"),
        ("әлем", "әлем"),
        ("алаң", "алаң"),
        ("аға", "аға"),
        ("ата", "ата"),
        ("оның", "оның"),
        ("олар", "олар"),
        ("орын", "орын"),
        ("бензин", "бензин"),
        ("бензині", "бензин"),
        ("машина", "машина"),
        ("табиғи", "табиғи"),
        ("тюлень", "тюлень"),
        ("тюленьмен", "тюлень"),
        ("заңнама", "заңнама"),
        // A dictionary form ending like a suffix is cut like its forms.
        ("канада", "кана"),
        ("канадада", "кана"),
        // Russian-keyboard spellings of back-vowel forms.
        ("коргауга", "коргау"),
        ("акпаратка", "акпарат"),
        ("орталыкка", "орталык"),
        // Not Kazakh, empty.
        ("", ""),
        ("2021", "2021"),
        ("aarhus", "aarhus"),
    ];

    #[test]
    fn stems() {
        let mut failures = Vec::new();
        for &(word, expected) in CASES {
            let got = stem_kazakh(word);
            if got != expected {
                failures.push(format!("{word}: expected {expected}, got {got}"));
            }
        }
        assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), CASES.len(), failures.join("\n"));
        assert!(CASES.len() >= 60);
    }

    #[test]
    fn brief_examples_share_one_key() {
        let groups: &[&[&str]] = &[
            &["конвенция", "конвенцияның", "конвенцияға", "конвенциясы", "конвенцияларды"],
            &["қорғау", "қорғаудың", "қорғауға", "коргау"],
            &["ақпарат", "ақпаратқа", "ақпаратты", "ақпараттың", "акпарат", "акпаратка"],
            &["тыңдау", "тыңдаулар", "тыңдауларға"],
            &["орталық", "орталығы", "орталыққа"],
        ];
        for group in groups {
            let keys: Vec<String> = group.iter().map(|w| fold_kazakh(&stem_kazakh(w))).collect();
            assert!(keys.iter().all(|k| *k == keys[0]), "{group:?} -> {keys:?}");
        }
        assert_ne!(stem_kazakh("теңіз"), stem_kazakh("тең"));
    }

    #[test]
    fn folds_to_russian_keyboard_letters() {
        assert_eq!(fold_kazakh("әғқңөұүһі"), "агкноуухи");
        assert_eq!(fold_kazakh("қорғау"), "коргау");
        assert_eq!(fold_kazakh("ёлка"), "елка");
        assert_eq!(fold_kazakh("Қ aarhus 2021"), "Қ aarhus 2021");
        assert_eq!(fold_kazakh(""), "");
    }

    #[test]
    fn known_stems_stay_whole() {
        for k in KNOWN {
            assert_eq!(stem_kazakh(k), *k, "known stem {k} was cut");
            assert_eq!(k.to_lowercase(), *k);
        }
    }

    #[test]
    fn elisions_restore_known_stems() {
        // The loop in stem_kazakh stops only because every restored stem is
        // known: an elision adds a letter back.
        for (short, full) in ELISIONS {
            assert!(KNOWN.contains(full), "{full} is not in KNOWN");
            assert_eq!(stem_kazakh(&format!("{short}ы")).chars().count(), full.chars().count());
        }
    }

    #[test]
    fn longest_suffix_is_right() {
        let longest = OUTER.iter().flat_map(|t| t.iter()).map(|r| r.suffix.chars().count()).max();
        assert_eq!(longest, Some(LONGEST_SUFFIX));
    }

    #[test]
    fn longer_suffixes_come_before_the_shorter_ones_they_contain() {
        for table in OUTER.iter().chain([&DERIVATIONAL]) {
            for (i, shorter) in table.iter().enumerate() {
                for longer in &table[i + 1..] {
                    assert!(
                        !(longer.suffix.len() > shorter.suffix.len() && longer.suffix.ends_with(shorter.suffix)),
                        "-{} is tried before -{} and hides it",
                        shorter.suffix,
                        longer.suffix
                    );
                }
            }
        }
    }

    #[test]
    fn odd_input_never_grows() {
        // Stems only lose letters at the end (or get a vowel back from ELISIONS),
        // and stemming never panics on odd input.
        for w in ["ь", "ъь", "ң", "і", "ы", "н", "ьны", "шы", "ғы", "лық", "сы", "ндағы", "ша", "a-б"]
        {
            let s = stem_kazakh(w);
            assert!(s.chars().count() <= w.chars().count(), "{w} -> {s}");
        }
    }
}
