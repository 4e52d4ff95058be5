/*
 * ecolib search: decoding the index's compact encodings (docs/search-index.md, format 4): the seven-bit
 * text of files' payloads, base64, unsigned LEB128 varints, posting lists, position lists and front-coded
 * term rows. Pure functions, no loading.
 *
 * Needs nothing from the namespace. Adds: decodeSevenBit, decodeBase64, decodeVarints, decodePostings,
 * decodePositions, decodeTermRows.
 *
 * Classic script, ES2017, a part of the search bundle after snippets.js (themes/default/assets.toml); under
 * node, tests/js/load_client.js runs the parts as a page does.
 */
(function (ecolib) {
  'use strict';

  var B64 = new Int16Array(128).fill(-1);
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach(function (c, i) {
    B64[c.charCodeAt(0)] = i;
  });
  B64[45] = 62; // '-' (URL-safe alphabet, accepted too)
  B64[95] = 63; // '_'

  /** The groups a string literal cannot hold as themselves: NUL, LF, CR, `"` and `\` (seven_bit.rs). */
  var AWKWARD = [0, 10, 13, 34, 92];
  var PAIRED = 0x80;

  /**
   * The bytes of a payload's seven-bit text (src/search/export/seven_bit.rs; the rule is in
   * docs/search-index.md, "Seven-bit text"): a character below U+0080 is a group of seven bits; from
   * U+0080, (code − 0x80) = index · 128 + next is AWKWARD[index] then `next` (index 0–4), or, last in the
   * text, AWKWARD[index − 5] alone (index 5–9, next 0). The groups' bits, most significant first, are the
   * bytes; fewer than eight left over are padding.
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
      var index = (code - PAIRED) >> 7;
      if (code < PAIRED && AWKWARD.indexOf(code) === -1) {
        push(code);
      } else if (code >= PAIRED && index < AWKWARD.length) {
        push(AWKWARD[index]);
        push((code - PAIRED) & 0x7f);
      } else if (code >= PAIRED && index < 2 * AWKWARD.length && (code & 0x7f) === 0 && i === n - 1) {
        push(AWKWARD[index - AWKWARD.length]);
      } else {
        throw new Error('ecolibSearch: bad payload character at ' + i);
      }
    }
    return out.subarray(0, o);
  }

  /**
   * Decodes standard base64 (padding optional).
   * @param {string} text
   * @returns {Uint8Array}
   */
  function decodeBase64(text) {
    text = String(text);
    var n = text.length;
    while (n > 0 && text.charCodeAt(n - 1) === 61) n--; // '='
    var out = new Uint8Array(Math.floor((n * 3) / 4));
    var o = 0;
    var buffer = 0;
    var bits = 0;
    for (var i = 0; i < n; i++) {
      var c = text.charCodeAt(i);
      var v = c < 128 ? B64[c] : -1;
      if (v < 0) throw new Error('ecolibSearch: bad base64 character at ' + i);
      buffer = ((buffer << 6) | v) & 0xffffff;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[o++] = (buffer >> bits) & 0xff;
      }
    }
    return o === out.length ? out : out.subarray(0, o);
  }

  /**
   * Decodes unsigned LEB128 varints (7 bits a byte, low bits first, high bit = more).
   * @param {Uint8Array} bytes
   * @returns {number[]}
   */
  function decodeVarints(bytes) {
    var out = [];
    var value = 0;
    var scale = 1;
    for (var i = 0; i < bytes.length; i++) {
      var b = bytes[i];
      value += (b & 0x7f) * scale;
      if (b & 0x80) {
        scale *= 128;
      } else {
        out.push(value);
        value = 0;
        scale = 1;
      }
    }
    if (scale !== 1) throw new Error('ecolibSearch: truncated varint');
    return out;
  }

  /**
   * A posting list: base64 varints (docDelta, tf, normId) per document.
   * @param {string} b64
   * @returns {{docs: number[], tfs: number[], norms: number[]}}
   */
  function decodePostings(b64) {
    var v = decodeVarints(typeof b64 === 'string' ? decodeBase64(b64) : b64);
    if (v.length % 3 !== 0) throw new Error('ecolibSearch: corrupt posting list (' + v.length + ' values)');
    var n = v.length / 3;
    var docs = new Array(n);
    var tfs = new Array(n);
    var norms = new Array(n);
    var doc = 0;
    for (var k = 0; k < n; k++) {
      doc += v[3 * k];
      docs[k] = doc;
      tfs[k] = v[3 * k + 1];
      norms[k] = v[3 * k + 2];
    }
    return { docs: docs, tfs: tfs, norms: norms };
  }

  /**
   * The positions of a posting list: for each posting, its tf positions as deltas from 0.
   * @param {string} b64
   * @param {number[]} tfs the term frequencies of the posting list
   * @returns {number[][]}
   */
  function decodePositions(b64, tfs) {
    var v = decodeVarints(typeof b64 === 'string' ? decodeBase64(b64) : b64);
    var out = new Array(tfs.length);
    var i = 0;
    for (var k = 0; k < tfs.length; k++) {
      var list = new Array(tfs[k]);
      var p = 0;
      for (var j = 0; j < tfs[k]; j++) {
        if (i >= v.length) throw new Error('ecolibSearch: positions shorter than the postings');
        p += v[i++];
        list[j] = p;
      }
      out[k] = list;
    }
    if (i !== v.length) throw new Error('ecolibSearch: positions longer than the postings');
    return out;
  }

  /**
   * Front-coded term rows [shared, suffix, …rest] (dictionary shards, the typo vocabulary) as [term, …rest]:
   * a term is the first `shared` UTF-16 code units of the previous row's term (0 for the first), then
   * `suffix`.
   * @param {Array<Array>} rows
   * @returns {Array<Array>}
   */
  function decodeTermRows(rows) {
    var previous = '';
    return rows.map(function (row) {
      var term = previous.slice(0, row[0]) + row[1];
      previous = term;
      return [term].concat(row.slice(2));
    });
  }

  ecolib.decodeSevenBit = decodeSevenBit;
  ecolib.decodeBase64 = decodeBase64;
  ecolib.decodeVarints = decodeVarints;
  ecolib.decodePostings = decodePostings;
  ecolib.decodePositions = decodePositions;
  ecolib.decodeTermRows = decodeTermRows;
})(self.ecolibSearch); // the namespace that the parts before this one made
