//! Bytes as the text of a JavaScript string literal, seven bits a character: the payload of every data file
//! of the static index (its deflated data). Base64 carries six bits in each byte of the file; this carries
//! seven, so every file is an eighth smaller on disk (what a USB stick's `file://` reads), and gzip on the
//! web recovers about as much of either.
//!
//! The bits of the bytes, most significant first, are cut into groups of seven (the last padded with
//! zeros). A group is the character of that code unless it is one of the awkward groups (characters a string
//! literal cannot hold as they are, or that tools mishandle): then it is written together with the next
//! group as one character from U+0080, two bytes of UTF-8 for two groups. Decoders take as many whole bytes
//! as the groups hold. The browser's decoder is `decodeSevenBit` (the theme's decode.js);
//! docs/search-index.md has the rule.

/// Groups that cannot stand as themselves in a `"…"` literal: NUL, line feed, carriage return, `"` and `\`.
const AWKWARD: [u8; 5] = [0, b'\n', b'\r', b'"', b'\\'];
/// The first character of the two-group form.
const PAIRED: u32 = 0x80;

/// `bytes` as string text.
pub fn encode(bytes: &[u8]) -> String {
    let mut groups = Vec::with_capacity((bytes.len() * 8).div_ceil(7));
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 7 {
            bits -= 7;
            groups.push(((buffer >> bits) & 0x7f) as u8);
        }
        buffer &= (1 << bits) - 1;
    }
    if bits > 0 {
        groups.push(((buffer << (7 - bits)) & 0x7f) as u8);
    }
    let mut out = String::with_capacity(groups.len() + groups.len() / 16);
    let mut groups = groups.into_iter().peekable();
    while let Some(group) = groups.next() {
        match AWKWARD.iter().position(|&a| a == group) {
            None => out.push(char::from(group)),
            Some(i) => {
                // An awkward last group has no partner: it takes the indexes after the paired ones.
                let code = match groups.next() {
                    Some(next) => PAIRED + ((i as u32) << 7) + u32::from(next),
                    None => PAIRED + (((AWKWARD.len() + i) as u32) << 7),
                };
                out.push(char::from_u32(code).unwrap_or_else(|| unreachable!("below U+0580")));
            }
        }
    }
    out
}

/// The bytes of `text` made by [`encode`], or `None` for text no encoding makes.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 7 / 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    let mut push = |group: u8| {
        buffer = (buffer << 7) | u32::from(group);
        bits += 7;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    };
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let code = u32::from(c);
        if code < PAIRED {
            if AWKWARD.contains(&(code as u8)) {
                return None;
            }
            push(code as u8);
            continue;
        }
        let (index, next) = (((code - PAIRED) >> 7) as usize, ((code - PAIRED) & 0x7f) as u8);
        match index {
            i if i < AWKWARD.len() => {
                push(AWKWARD[i]);
                push(next);
            }
            i if i < 2 * AWKWARD.len() && next == 0 && chars.peek().is_none() => push(AWKWARD[i - AWKWARD.len()]),
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_string_comes_back() {
        let mut cases: Vec<Vec<u8>> = (0..=255u8).map(|b| vec![b; 9]).collect();
        cases.push(Vec::new());
        // Awkward groups at the end, in the middle and paired with each other.
        cases.extend([vec![0], vec![0x14], vec![0x45, 0x70], vec![0x22, 0x44], b"\\\"\n\r\0".to_vec()]);
        let mut state = 0x2545_f491_u32;
        cases.push(
            (0..20_000)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    state as u8
                })
                .collect(),
        );
        for bytes in cases {
            let text = encode(&bytes);
            assert!(!text.contains(['"', '\\', '\n', '\r', '\0']), "{text:?}");
            assert_eq!(decode(&text).as_deref(), Some(bytes.as_slice()), "{bytes:?}");
        }
    }

    #[test]
    fn text_is_about_eight_sevenths_of_the_bytes() {
        let bytes: Vec<u8> = (0..70_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
        let ratio = encode(&bytes).len() as f64 / bytes.len() as f64;
        assert!((1.14..1.15).contains(&ratio), "{ratio}");
    }

    #[test]
    fn foreign_text_is_refused() {
        assert_eq!(decode("ab\"c"), None);
        assert_eq!(decode("\u{600}"), None);
        assert_eq!(decode("\u{300}a"), None, "an unpaired awkward group is the last");
        assert_eq!(decode("a\u{300}"), Some(vec![0b1100_0010]), "groups 1100001 and 0000000");
    }
}
