/*
 * ecolib search: Kazakh light stemmer and Russian-keyboard folding.
 *
 * The exact JavaScript port of src/search/kazakh.rs (`stem_kazakh`,
 * `fold_kazakh`): the `kk` analyzer indexes fold(stem(lowercased word)), and
 * the browser must make the same key from a query word, or searches silently
 * miss. tests/kazakh_parity.rs checks the two on tests/data/words-kk.txt;
 * change them together. The rules, their order and the reasons for them are
 * documented in the Rust module.
 *
 * In short: outer suffixes (attributive -дағы/-ғы, case, possessive, plural)
 * are cut one at a time, outermost first, each only after the letters Kazakh
 * uses its allomorph after, until none applies; then one derivational suffix
 * (-лық, -шы) at most. The last letter of a stem is normalised for the
 * voicing alternation (ғ→қ, г→к, б→п), a few elided stems are restored
 * (халқ → халық), and a short list of known stems is never cut further.
 *
 * Classic script, no dependencies: registers `ecolibSearch.stemKk` and
 * `ecolibSearch.foldKk` on the global object, and exports the same namespace
 * under node.
 */
(function (root) {
  'use strict';

  var ecolib = root.ecolibSearch = root.ecolibSearch || {};

  /** The fewest letters a stem may keep. */
  var MIN_STEM = 2;

  // Letter classes, in class letters: folded, except that і stays apart
  // from и (see classChar).
  var VOWELS = 'аеиіоуыэюя';
  var SIGNS = 'ьъ';
  var A_L = 'аеиіоуыэюярй';
  var A_D = 'лмнжз';
  var A_T = 'бвгдкпстфхцчшщ';
  var A_GEN_N = 'аеиіоуыэюямн';
  var A_GEN_D = 'рйулжз';
  var A_ACC_N = 'аеіыэюя';
  var A_ACC_D = 'лмнрйужз';
  var A_DAT_LOC = 'аеиіоуыэюялмнрйжз';
  var A_ABL_D = 'аеиіоуыэюялрйжз';
  var A_ABL_N = 'мныі';
  var A_POSS3 = 'ыі';
  var A_INS_M = 'аеиіоуыэюялмнрй';
  var A_INS_B = 'жз';
  var A_ATTR_G = 'лмнрйжз';
  var A_CONS = 'бвгджзйклмнпрстфхцчшщуи';
  var A_VOWEL_BEFORE_SH = 'аеиіоыэюя';
  var A_SY = 'аеоэюя';
  var A_SY_AFTER = 'шкж';

  // Conditions on the letter before a suffix (Rust: enum Before).
  var IN = 0;
  var POSS3 = 1;
  var ATTRIBUTIVE_G = 2;
  var POSSESSIVE_I = 3;
  var POSSESSIVE_SY = 4;
  var ANY = 5;

  /**
   * One suffix rule.
   * @param {string} suffix in Kazakh letters
   * @param {number} before one of the conditions above
   * @param {?string} set the letters for IN
   * @param {number} minStem the fewest letters the stem keeps
   */
  function rule(suffix, before, set, minStem) {
    return { s: Array.from(suffix), before: before, set: set, min: minStem };
  }
  function r(suffix, set, minStem) { return rule(suffix, IN, set, minStem); }

  var ATTRIBUTIVE = [
    rule('ндағы', POSS3, null, 3),
    rule('ндегі', POSS3, null, 3),
    r('дағы', A_DAT_LOC, MIN_STEM),
    r('дегі', A_DAT_LOC, MIN_STEM),
    r('тағы', A_T, MIN_STEM),
    r('тегі', A_T, MIN_STEM),
    rule('ғы', ATTRIBUTIVE_G, null, MIN_STEM),
    rule('гі', ATTRIBUTIVE_G, null, MIN_STEM),
    r('қы', A_T, MIN_STEM),
    r('кі', A_T, MIN_STEM)
  ];

  var CASE = [
    r('менен', A_INS_M, MIN_STEM),
    r('бенен', A_INS_B, MIN_STEM),
    r('пенен', A_T, MIN_STEM),
    r('ның', A_GEN_N, MIN_STEM),
    r('нің', A_GEN_N, MIN_STEM),
    r('дың', A_GEN_D, MIN_STEM),
    r('дің', A_GEN_D, MIN_STEM),
    r('тың', A_T, MIN_STEM),
    r('тің', A_T, MIN_STEM),
    r('нан', A_ABL_N, MIN_STEM),
    r('нен', A_ABL_N, MIN_STEM),
    r('дан', A_ABL_D, MIN_STEM),
    r('ден', A_ABL_D, MIN_STEM),
    r('тан', A_T, MIN_STEM),
    r('тен', A_T, MIN_STEM),
    rule('нда', POSS3, null, 3),
    rule('нде', POSS3, null, 3),
    r('мен', A_INS_M, MIN_STEM),
    r('бен', A_INS_B, MIN_STEM),
    r('пен', A_T, MIN_STEM),
    r('ға', A_DAT_LOC, MIN_STEM),
    r('ге', A_DAT_LOC, MIN_STEM),
    r('қа', A_T, MIN_STEM),
    r('ке', A_T, MIN_STEM),
    rule('на', POSS3, null, 3),
    rule('не', POSS3, null, 3),
    r('да', A_DAT_LOC, MIN_STEM),
    r('де', A_DAT_LOC, MIN_STEM),
    r('та', A_T, MIN_STEM),
    r('те', A_T, MIN_STEM),
    r('ны', A_ACC_N, MIN_STEM),
    r('ні', A_ACC_N, MIN_STEM),
    r('ды', A_ACC_D, MIN_STEM),
    r('ді', A_ACC_D, MIN_STEM),
    r('ты', A_T, MIN_STEM),
    r('ті', A_T, MIN_STEM),
    rule('н', POSS3, null, 3)
  ];

  var POSSESSIVE = [
    rule('ымыз', POSSESSIVE_I, null, MIN_STEM),
    rule('іміз', POSSESSIVE_I, null, MIN_STEM),
    rule('ыңыз', POSSESSIVE_I, null, MIN_STEM),
    rule('іңіз', POSSESSIVE_I, null, MIN_STEM),
    r('мыз', VOWELS, 3),
    r('міз', VOWELS, 3),
    r('ңыз', VOWELS, 3),
    r('ңіз', VOWELS, 3),
    rule('сы', POSSESSIVE_SY, null, 3),
    rule('сі', POSSESSIVE_SY, null, 3),
    rule('ы', POSSESSIVE_I, null, MIN_STEM),
    rule('і', POSSESSIVE_I, null, MIN_STEM)
  ];

  var PLURAL = [
    r('лар', A_L, MIN_STEM),
    r('лер', A_L, MIN_STEM),
    r('дар', A_D, MIN_STEM),
    r('дер', A_D, MIN_STEM),
    r('тар', A_T, MIN_STEM),
    r('тер', A_T, MIN_STEM)
  ];

  var DERIVATIONAL = [
    r('лық', A_L, 3),
    r('лік', A_L, 3),
    r('дық', A_D, 3),
    r('дік', A_D, 3),
    r('тық', A_T, 3),
    r('тік', A_T, 3),
    rule('шы', ANY, null, 3),
    rule('ші', ANY, null, 3)
  ];

  /** The outer tables, in the order each step tries them. */
  var OUTER = [ATTRIBUTIVE, CASE, POSSESSIVE, PLURAL];

  /** The longest suffix of the outer tables, in letters. */
  var LONGEST_SUFFIX = 5;

  /** Stems that are not cut further (same list as KNOWN in kazakh.rs). */
  var KNOWN = [
    'орталық', 'жарлық', 'халық', 'тұлға', 'теңге', 'кесте', 'апта', 'қысқа', 'ескі',
    'ешкі', 'дәптер', 'қағида', 'тағы', 'қаулы', 'отбасы', 'қоқыс', 'жөн', 'ие',
    'пайда', 'баға', 'салдар', 'қалдық', 'өсімдік', 'итбалық', 'отын', 'кәсіпорын',
    'үлгі', 'белгі', 'жарғы', 'желі', 'басқа', 'төмен', 'нұсқа', 'түпнұсқа', 'пошта',
    'құрлық', 'шығын', 'дейін', 'дайын', 'шалғын', 'аю',
    'орын', 'мойын', 'мұрын', 'ағын', 'жауын', 'жиын', 'шағын', 'бұрын', 'тасқын',
    'толқын', 'салқын', 'егін', 'тегін', 'түйін', 'келін', 'қиын', 'ұзын', 'жалын',
    'кейін', 'бүгін', 'үшін', 'жақын', 'мүмкін', 'сайын', 'қайың',
    'аудан', 'орман', 'өзен', 'тұрғын', 'мекен', 'кеден', 'заман', 'сан', 'жан', 'кен',
    'экран', 'қазан', 'уран', 'ұран', 'орган', 'мән', 'мәтін', 'айдын', 'түтін',
    'маман', 'зиян', 'дүкен', 'тоған', 'бөген', 'ақбөкен', 'жиен', 'ғалам', 'қорғасын',
    'емтихан', 'нысан', 'қашаған', 'иран', 'тегеран', 'қазақстан', 'өзбекстан',
    'қырғызстан', 'тәжікстан', 'түрікменстан', 'ауғанстан', 'пәкістан', 'дағыстан',
    'үндістан', 'сұлтан', 'отан',
    'кеңес', 'күрес', 'бизнес', 'процес',
    'ауыз', 'ерік', 'көңіл', 'қалып', 'бөрік', 'көрік', 'нарық', 'ғұрып', 'әріп',
    'құлық'
  ];

  /** Elided stems and their full form (same list as ELISIONS in kazakh.rs). */
  var ELISIONS = [
    ['халқ', 'халық'], ['орн', 'орын'], ['ауз', 'ауыз'], ['мұрн', 'мұрын'],
    ['мойн', 'мойын'], ['ерк', 'ерік'], ['көңл', 'көңіл'], ['қалп', 'қалып'],
    ['бөрк', 'бөрік'], ['көрк', 'көрік'], ['нарқ', 'нарық'], ['ғұрп', 'ғұрып'],
    ['әрп', 'әріп'], ['құлқ', 'құлық']
  ].map(function (e) { return [Array.from(e[0]), Array.from(e[1])]; });

  /** Folds one letter to its Russian-keyboard neighbour. */
  function foldChar(c) {
    switch (c) {
      case 'ә': return 'а';
      case 'ғ': return 'г';
      case 'қ': return 'к';
      case 'ң': return 'н';
      case 'ө': return 'о';
      case 'ұ': case 'ү': return 'у';
      case 'һ': return 'х';
      case 'і': return 'и';
      case 'ё': return 'е';
      default: return c;
    }
  }

  /** Folded, except that і stays і. */
  function classChar(c) {
    return c === 'і' ? c : foldChar(c);
  }

  function inClass(c, set) {
    return set.indexOf(classChar(c)) !== -1;
  }

  /** Word letter w matches suffix letter s: the same, or (but ң, і) folded. */
  function letterMatches(w, s) {
    if (w === s) return true;
    if (s === 'ң' || s === 'і') return false;
    return w === foldChar(s);
  }

  /** Is the letter array `w` the word `pattern` (letter array)? */
  function isWord(w, pattern) {
    if (w.length !== pattern.length) return false;
    for (var i = 0; i < w.length; i++) {
      if (!letterMatches(w[i], pattern[i])) return false;
    }
    return true;
  }

  /** The letters of the KNOWN stems, by letter count. */
  var KNOWN_BY_LENGTH = [];
  KNOWN.forEach(function (k) {
    var letters = Array.from(k);
    (KNOWN_BY_LENGTH[letters.length] = KNOWN_BY_LENGTH[letters.length] || []).push(letters);
  });

  /**
   * Is w[0 .. len), with its last letter replaced by `last`, a known stem?
   * @param {string[]} w letters
   * @param {number} len how many of them
   * @param {string} last the last letter to use
   */
  function isKnownWithLast(w, len, last) {
    var ks = KNOWN_BY_LENGTH[len];
    if (!ks || len === 0) return false;
    outer: for (var i = 0; i < ks.length; i++) {
      var k = ks[i];
      if (!letterMatches(last, k[len - 1])) continue;
      for (var j = 0; j < len - 1; j++) {
        if (!letterMatches(w[j], k[j])) continue outer;
      }
      return true;
    }
    return false;
  }

  function normalised(c) {
    return c === 'ғ' ? 'қ' : c === 'г' ? 'к' : c === 'б' ? 'п' : c;
  }

  /** Final ғ→қ, г→к, б→п (in place). */
  function normaliseEnd(w) {
    if (w.length >= MIN_STEM) w[w.length - 1] = normalised(w[w.length - 1]);
  }

  /** After a cut: final alternation, then a restored elision. */
  function settle(w) {
    normaliseEnd(w);
    for (var i = 0; i < ELISIONS.length; i++) {
      if (isWord(w, ELISIONS[i][0])) return ELISIONS[i][1].slice();
    }
    return w;
  }

  /** Does `w` end with the suffix letters `s`? */
  function endsWith(w, s) {
    var n = w.length;
    var m = s.length;
    if (m > n) return false;
    for (var i = 1; i <= m; i++) {
      if (!letterMatches(w[n - i], s[m - i])) return false;
    }
    return true;
  }

  /** May rule `ru` cut its suffix from `w`, leaving w[0 .. stemLen)? */
  function applies(w, stemLen, ru) {
    if (stemLen < Math.max(ru.min, MIN_STEM)) return false;
    var vowel = false;
    for (var i = 0; i < stemLen; i++) {
      if (inClass(w[i], VOWELS)) { vowel = true; break; }
    }
    if (!vowel) return false;
    var at = stemLen - 1;
    if (inClass(w[at], SIGNS) && at > 0) at--;
    var prev = w[at];
    var beforePrev = at > 0 ? w[at - 1] : ' ';
    switch (ru.before) {
      case ANY:
        return true;
      case IN:
        return inClass(prev, ru.set);
      case POSS3:
        return inClass(prev, A_POSS3);
      case ATTRIBUTIVE_G:
        return inClass(prev, A_ATTR_G) &&
          !(classChar(prev) === 'н' && inClass(beforePrev, 'иі'));
      case POSSESSIVE_I:
        return inClass(prev, A_CONS) &&
          (classChar(prev) !== 'ш' || inClass(beforePrev, A_VOWEL_BEFORE_SH) || at < 3);
      case POSSESSIVE_SY:
        return inClass(prev, A_SY) ||
          (inClass(prev, A_POSS3) && inClass(beforePrev, A_SY_AFTER));
      default:
        return false;
    }
  }

  /** The first rule of `table` that may cut its suffix from `w`, or null. */
  function findSuffix(table, w) {
    for (var i = 0; i < table.length; i++) {
      var ru = table[i];
      if (endsWith(w, ru.s) && applies(w, w.length - ru.s.length, ru)) return ru;
    }
    return null;
  }

  /** Does a suffix of the outer tables with `len` letters end `w`? */
  function endsWithOuterSuffix(w, len) {
    for (var t = 0; t < OUTER.length; t++) {
      for (var i = 0; i < OUTER[t].length; i++) {
        var s = OUTER[t][i].s;
        if (s.length === len && endsWith(w, s)) return true;
      }
    }
    return false;
  }

  /**
   * A known stem, or a known stem followed by one suffix of the outer tables
   * (the shortest such suffix): returns that stem, else null.
   */
  function knownStem(w) {
    if (w.length > 0 && isKnownWithLast(w, w.length, w[w.length - 1])) return w;
    var longest = Math.min(w.length, LONGEST_SUFFIX);
    for (var len = 1; len <= longest; len++) {
      var stemLen = w.length - len;
      if (stemLen === 0) break;
      var last = stemLen >= MIN_STEM ? normalised(w[stemLen - 1]) : w[stemLen - 1];
      if (isKnownWithLast(w, stemLen, last) && endsWithOuterSuffix(w, len)) {
        var stem = w.slice(0, stemLen);
        stem[stemLen - 1] = last;
        return stem;
      }
    }
    return null;
  }

  /**
   * The loose key: folds the Kazakh letters of a lowercased word to their
   * Russian-keyboard neighbours (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ→у, ү→у, һ→х,
   * і→и) and ё to е. Other characters are kept; nothing is lowercased.
   * The same as `fold_kazakh` in src/search/kazakh.rs.
   *
   * @param {string} word a lowercased word
   * @returns {string} the folded word
   * @example
   * ecolibSearch.foldKk('қорғау'); // => 'коргау'
   */
  ecolib.foldKk = function (word) {
    return Array.from(String(word), foldChar).join('');
  };

  /**
   * Stems one lowercased Kazakh word (not folded: the search key is
   * `foldKk(stemKk(word))`), giving exactly the stem that `stem_kazakh` in
   * src/search/kazakh.rs gives for the same string.
   *
   * @param {string} word an already lowercased word
   * @returns {string} the stem
   * @example
   * ecolibSearch.stemKk('конвенцияларды'); // => 'конвенция'
   * ecolibSearch.stemKk('орталығы');       // => 'орталық'
   */
  ecolib.stemKk = function (word) {
    var w = Array.from(String(word));
    var possessiveNext = false;
    for (;;) {
      var known = knownStem(w);
      if (known) return known.join('');
      var tables = possessiveNext ? [POSSESSIVE] : OUTER;
      var found = null;
      for (var t = 0; t < tables.length && !found; t++) found = findSuffix(tables[t], w);
      if (found) {
        w = settle(w.slice(0, w.length - found.s.length));
        possessiveNext = found.before === POSS3;
      } else if (possessiveNext) {
        possessiveNext = false;
      } else {
        break;
      }
    }
    var d = findSuffix(DERIVATIONAL, w);
    if (d) w = settle(w.slice(0, w.length - d.s.length));
    normaliseEnd(w);
    return w.join('');
  };

  if (typeof module !== 'undefined' && module.exports) module.exports = ecolib;
})(typeof self !== 'undefined' ? self : this);
