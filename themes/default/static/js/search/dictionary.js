/*
 * ecolib search: the dictionary of an analyzer (docs/search-index.md, format 4): which shard holds a term,
 * the shards themselves (front-coded rows, their `tops`), the long posting and position lists in the blob
 * files, and a term's decoded postings and positions in a field.
 *
 * Needs from the namespace: state (index.js), load (load.js), decodeBase64, decodePostings,
 * decodePositions, decodeTermRows (decode.js). Adds: shardFor, loadShard, topsOf, lowerBound, findTerm,
 * resolvePostings, resolvePositions, postingsOf, positionsOf.
 *
 * Classic script, ES2017, a part of the search bundle after index.js (themes/default/assets.toml); under
 * node, tests/js/load_client.js runs the parts as a page does.
 */
(function (ecolib) {
  'use strict';

  var state = ecolib.state;

  /**
   * Index of the dictionary shard that holds `term`, and where the terms it is a prefix of start: the last
   * shard whose first term is <= term (JS string order); -1 when no term can be or start with `term`.
   */
  function shardFor(an, term) {
    var firsts = an.firsts;
    var lo = 0;
    var hi = firsts.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (firsts[mid] <= term) lo = mid + 1;
      else hi = mid;
    }
    // Past the last term, no term is equal to `term` or starts with it.
    return firsts.length && !(term > an.last) ? Math.max(lo - 1, 0) : -1;
  }

  /**
   * A dictionary shard, its front-coded rows [shared, suffix, df, p0, …] decoded to [term, df, p0, …]
   * (a missing trailing field is null).
   */
  function loadShard(an, i) {
    if (an.loaded[i]) return Promise.resolve(an.loaded[i]);
    return ecolib.load('t-' + an.name + '-' + i).then(function (data) {
      if (!an.loaded[i]) {
        an.loaded[i] = {
          index: i,
          terms: ecolib.decodeTermRows(data.terms),
          postings: [],
          positionsRef: data.positions,
          positions: null,
          tops: data.tops || null,
          topShards: {},
        };
      }
      return an.loaded[i];
    });
  }

  /**
   * The most frequent terms starting with `prefix` when they run past its shard, as a shard of their own
   * (rows [term, df, p0, …], most frequent first); null when every such term is in the shard itself.
   */
  function topsOf(shard, prefix) {
    if (!shard.tops || !Object.prototype.hasOwnProperty.call(shard.tops, prefix)) return null;
    if (!shard.topShards[prefix]) {
      shard.topShards[prefix] = { index: -1, terms: shard.tops[prefix], postings: [], positions: null };
    }
    return shard.topShards[prefix];
  }

  /**
   * The positions rows of a dictionary shard (row i: term i's positions per field): JSON text in the blob
   * files `q`, where the shard's `positions` reference points.
   */
  function loadPositions(an, shard) {
    // One load per shard, also for concurrent phrase terms: they resolve their long lists in the same rows.
    if (!shard.positionsLoad) {
      shard.positionsLoad = loadBlob(an, 'q', shard.positionsRef).then(function (bytes) {
        var rows = JSON.parse(new TextDecoder('utf-8').decode(bytes));
        if (rows.length !== shard.terms.length) throw new Error('ecolibSearch: positions do not match their shard');
        shard.positions = rows;
        return rows;
      });
      shard.positionsLoad.catch(function () {
        shard.positionsLoad = null;
      });
    }
    return shard.positionsLoad;
  }

  /**
   * One long list from blob files (`kind` b: postings, q: positions): its pieces follow each other from
   * piece ref[1] of file ref[0], on into the next files, ref[2] pieces in all.
   * @returns {Promise<Uint8Array>}
   */
  async function loadBlob(an, kind, ref) {
    var file = ref[0];
    var index = ref[1];
    var parts = [];
    var length = 0;
    while (parts.length < ref[2]) {
      var data = await ecolib.load(kind + '-' + an.name + '-' + file);
      if (index >= data.pieces.length) throw new Error('ecolibSearch: a list runs past its blob file');
      for (; index < data.pieces.length && parts.length < ref[2]; index++) {
        var piece = data.pieces[index];
        var bytes = typeof piece === 'string' ? ecolib.decodeBase64(piece) : piece;
        parts.push(bytes);
        length += bytes.length;
      }
      file++;
      index = 0;
    }
    var out = new Uint8Array(length);
    var at = 0;
    parts.forEach(function (part) {
      out.set(part, at);
      at += part.length;
    });
    return out;
  }

  /** Replaces the references to blob files in `row` from index `from` by the lists' bytes. */
  function resolveLists(an, row, from, kind) {
    var loads = [];
    for (var k = from; k < row.length; k++) {
      if (Array.isArray(row[k])) {
        loads.push(
          (function (slot, ref) {
            return loadBlob(an, kind, ref).then(function (bytes) {
              row[slot] = bytes;
            });
          })(k, row[k]),
        );
      }
    }
    return Promise.all(loads);
  }

  /** Loads the postings of the expansions [{analyzer, shard, i}] that live in blob files. */
  function resolvePostings(entries) {
    return Promise.all(
      entries.map(function (e) {
        return resolveLists(e.an, e.shard.terms[e.i], 2, 'b');
      }),
    );
  }

  /** Loads the positions of terms [{an, shard, i}] (their shards' positions files, then long lists). */
  function resolvePositions(entries) {
    return Promise.all(
      entries.map(function (e) {
        return loadPositions(e.an, e.shard).then(function (rows) {
          return resolveLists(e.an, rows[e.i], 0, 'q');
        });
      }),
    );
  }

  /** Index of the first term >= term in a shard (JS string order). */
  function lowerBound(terms, term) {
    var lo = 0;
    var hi = terms.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (terms[mid][0] < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The (shard, index) of an exact term, or null.
   * @returns {Promise<{shard: object, i: number}|null>}
   */
  function findTerm(an, term) {
    var s = shardFor(an, term);
    if (s < 0) return Promise.resolve(null);
    return loadShard(an, s).then(function (shard) {
      var i = lowerBound(shard.terms, term);
      return i < shard.terms.length && shard.terms[i][0] === term ? { shard: shard, i: i } : null;
    });
  }

  /** The decoded postings of term i of a shard in field f, or null. */
  function postingsOf(shard, i, f) {
    var key = i * state.params.numFields + f;
    var cached = shard.postings[key];
    if (cached !== undefined) return cached;
    var b64 = shard.terms[i][2 + f];
    var decoded = b64 == null ? null : ecolib.decodePostings(b64);
    shard.postings[key] = decoded;
    return decoded;
  }

  /** The decoded positions (per posting) of term i of a shard in field f; positions must be loaded. */
  function positionsOf(shard, i, f) {
    var postings = postingsOf(shard, i, f);
    if (!postings) return null;
    if (!postings.positions) {
      var b64 = shard.positions[i][f];
      if (b64 == null || Array.isArray(b64)) throw new Error('ecolibSearch: no positions for a term with postings');
      postings.positions = ecolib.decodePositions(b64, postings.tfs);
    }
    return postings.positions;
  }

  ecolib.shardFor = shardFor;
  ecolib.loadShard = loadShard;
  ecolib.topsOf = topsOf;
  ecolib.lowerBound = lowerBound;
  ecolib.findTerm = findTerm;
  ecolib.resolvePostings = resolvePostings;
  ecolib.resolvePositions = resolvePositions;
  ecolib.postingsOf = postingsOf;
  ecolib.positionsOf = positionsOf;
})(self.ecolibSearch); // the namespace that the parts before this one made
