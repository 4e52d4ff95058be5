//! Character questions asked for every token of every page (search analysis) and every heading (ids):
//! answered for the scripts of this library (Latin, Russian, Kazakh) without the Unicode tables, which
//! showed in profiles. Each agrees with the standard library for every character (tested).

/// `char::is_alphanumeric`, with Latin, Russian and Kazakh letters answered without the table.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    match c {
        c if c.is_ascii() => c.is_ascii_alphanumeric(),
        'А'..='я' | 'Ё' | 'ё' | 'І' | 'і' => true,
        'Ә' | 'ә' | 'Ғ' | 'ғ' | 'Қ' | 'қ' | 'Ң' | 'ң' | 'Ө' | 'ө' | 'Ұ' | 'ұ' | 'Ү' | 'ү' | 'Һ' | 'һ' => {
            true
        }
        c => c.is_alphanumeric(),
    }
}

/// Calls `f` with each character of `c.to_lowercase()`, Latin and Russian letters without the table.
#[inline]
pub fn for_each_lowercase(c: char, mut f: impl FnMut(char)) {
    match c {
        'A'..='Z' => f(c.to_ascii_lowercase()),
        // А..Я → а..я: U+0410..U+042F → U+0430..U+044F.
        'А'..='Я' => f(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
        'Ё' => f('ё'),
        // Already lowercase (or caseless).
        c if c.is_ascii() || ('а'..='я').contains(&c) || c == 'ё' => f(c),
        c => c.to_lowercase().for_each(f),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_alphanumerics_agree_with_unicode() {
        for c in ('\u{0}'..='\u{52f}').chain("әғқңөұүһіӘҒҚҢӨҰҮҺІ".chars()) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn fast_lowercase_agrees_with_unicode() {
        for c in ('\u{0}'..='\u{52f}').chain('Ա'..='\u{2000}') {
            let mut fast = String::new();
            for_each_lowercase(c, |lower| fast.push(lower));
            assert_eq!(fast, c.to_lowercase().collect::<String>(), "{c:?}");
        }
    }
}
