/*
 * ecolib search: the bytes of a data file's payload. Every file of the static index registers its
 * deflated data as string text that carries seven bits in each character (src/search/export/seven_bit.rs
 * writes it; docs/search-index.md, "Loading", has the rule):
 *
 * - a character below U+0080 is one group of seven bits, its code;
 * - a character from U+0080 is (code − 0x80) = index · 128 + next: for index 0–4, the awkward group
 *   AWKWARD[index] (a group a string literal cannot hold as itself) followed by the group `next`; for
 *   index 5–9, the awkward group AWKWARD[index − 5] alone, last in the text, with next = 0;
 * - the groups' bits, most significant first, are the bytes; bits left over (under eight) are padding.
 *
 * Classic script, adds ecolibSearch.decodeSevenBit; needs nothing.
 */
(function (root) {
  'use strict';

  var ecolib = root.ecolibSearch = root.ecolibSearch || {};

  /** NUL, line feed, carriage return, `"` and `\`: as src/search/export/seven_bit.rs. */
  var AWKWARD = [0, 10, 13, 34, 92];
  var PAIRED = 0x80;

  /**
   * The bytes of seven-bit text.
   * @param {string} text
   * @returns {Uint8Array}
   */
  function decodeSevenBit(text) {
    text = String(text);
    var n = text.length;
    var out = new Uint8Array(Math.floor((n * 14) / 8) + 1);
    var o = 0;
    var buffer = 0;
    var bits = 0;
    function push(group) {
      buffer = ((buffer << 7) | group) & 0x7fff;
      bits += 7;
      if (bits >= 8) {
        bits -= 8;
        out[o++] = (buffer >> bits) & 0xff;
      }
    }
    for (var i = 0; i < n; i++) {
      var code = text.charCodeAt(i);
      if (code < PAIRED) {
        if (AWKWARD.indexOf(code) !== -1) throw new Error('ecolibSearch: bad payload character at ' + i);
        push(code);
        continue;
      }
      var index = (code - PAIRED) >> 7;
      var next = (code - PAIRED) & 0x7f;
      if (index < AWKWARD.length) {
        push(AWKWARD[index]);
        push(next);
      } else if (index < 2 * AWKWARD.length && next === 0 && i === n - 1) {
        push(AWKWARD[index - AWKWARD.length]);
      } else {
        throw new Error('ecolibSearch: bad payload character at ' + i);
      }
    }
    return out.subarray(0, o);
  }

  ecolib.decodeSevenBit = decodeSevenBit;

  if (typeof module !== 'undefined' && module.exports) module.exports = ecolib;
})(typeof self !== 'undefined' ? self : this);
