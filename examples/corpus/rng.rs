//! The seeded PRNG of the corpus generators (`gen_corpus`, `gen_real_corpus`): xorshift64* (Vigna), seeded
//! per page and stream through splitmix64, so a page's text does not depend on how many pages there are.
//! Not every generator uses every method.
#![allow(dead_code)]

pub fn splitmix64(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// xorshift64* (Vigna). Never seeded with zero.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64, page: u64, stream: u64) -> Rng {
        let s = splitmix64(seed ^ splitmix64(page.wrapping_mul(0x100).wrapping_add(stream)));
        Rng(if s == 0 { 0x1234_5678_9ABC_DEF1 } else { s })
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }
    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    /// Skewed towards the start of `0..n`: popular items come first.
    pub fn skewed(&mut self, n: usize) -> usize {
        let k = self.below(n) + 1;
        self.below(k)
    }
    /// `k` distinct indices in `0..n`, in draw order.
    pub fn distinct(&mut self, n: usize, k: usize, skew: bool) -> Vec<usize> {
        let k = k.min(n);
        let mut out = Vec::with_capacity(k);
        while out.len() < k {
            let x = if skew { self.skewed(n) } else { self.below(n) };
            if !out.contains(&x) {
                out.push(x);
            }
        }
        out
    }
}
