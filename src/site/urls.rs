//! URL arithmetic. Inside the model every URL is root-relative (`en/conventions/aktau-protocol/`); what the
//! site emits is relative to the page that contains it, so one `public/` works on a web server and from a
//! USB stick (DESIGN.md §3).

/// Russian and Kazakh letters in Latin, the way people in Kazakhstan write them in web addresses;
/// deunicode does the rest of the world's scripts.
fn transliterate(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'й' | 'і' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' | 'ң' => "n",
        'о' | 'ө' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ұ' | 'ү' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'ю' => "yu",
        'я' => "ya",
        'ә' => "a",
        'ғ' => "g",
        'қ' => "q",
        'һ' => "h",
        _ => return None,
    })
}

/// Turns any text into an ASCII URL segment: `Каспий 2024` → `kaspii-2024`.
pub fn slugify(text: &str) -> String {
    let mut ascii = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match transliterate(c) {
            Some(latin) => ascii.push_str(latin),
            None => ascii.push_str(&deunicode::deunicode_char(c).unwrap_or("-").to_lowercase()),
        }
    }
    let mut slug = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// True for names that can stand in a URL and on a FAT32 stick as they are.
pub fn is_clean_segment(segment: &str) -> bool {
    !segment.is_empty()
        && !segment.starts_with('-')
        && segment.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// The URL of `to` (root-relative; a directory ends with `/`) as seen from the directory `from_dir`
/// (root-relative, ending with `/` or empty for the root). Directory URLs get `index.html` unless `pretty`.
pub fn relative_url(from_dir: &str, to: &str, pretty: bool) -> String {
    let (to_path, fragment) = match to.split_once('#') {
        Some((path, fragment)) => (path, Some(fragment)),
        None => (to, None),
    };
    // Called for every link of every page: segments are walked, not collected.
    let segments = |path| str::split(path, '/').filter(|s: &&str| !s.is_empty());
    let common = segments(from_dir).zip(segments(to_path)).take_while(|(a, b)| a == b).count();
    let ups = segments(from_dir).count() - common;
    let mut url = String::with_capacity(3 * ups + to_path.len() + "/index.html#".len() + fragment.map_or(0, str::len));
    for _ in 0..ups {
        url.push_str("../");
    }
    let mut below_common = false;
    for (i, segment) in segments(to_path).skip(common).enumerate() {
        if i > 0 {
            url.push('/');
        }
        url.push_str(segment);
        below_common = true;
    }
    let is_dir = to_path.is_empty() || to_path.ends_with('/');
    if is_dir {
        if below_common {
            url.push('/');
        }
        if !pretty {
            url.push_str("index.html");
        } else if url.is_empty() {
            url.push_str("./");
        }
    }
    if let Some(fragment) = fragment {
        url.push('#');
        url.push_str(fragment);
    }
    url
}

/// The directory of page `number` (from 1) of a listing whose first page is at `base`.
pub fn pagination_dir(base: &str, number: usize) -> String {
    if number <= 1 {
        base.to_string()
    } else {
        format!("{base}page/{number}/")
    }
}

/// How many listing pages `items` make at `per_page` each (at least one, even when empty).
pub fn page_count(items: usize, per_page: usize) -> usize {
    items.div_ceil(per_page.max(1)).max(1)
}

/// Decodes `%XX` escapes (links and anchors copied from a browser's address bar, URL paths). Text that
/// would not be valid UTF-8 once decoded stays as it was.
pub fn percent_decode(text: &str) -> String {
    // One decoder for links, anchors and serve's request paths; `%` not followed by two hex digits is kept
    // as it is, and bytes that do not decode to UTF-8 leave the text undecoded.
    match percent_encoding::percent_decode_str(text).decode_utf8() {
        Ok(decoded) => decoded.into_owned(),
        Err(_) => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugify_transliterates() {
        assert_eq!(slugify("Каспий 2024"), "kaspii-2024");
        assert_eq!(slugify("  Oil & gas!! "), "oil-gas");
        assert_eq!(slugify("Қорғау"), "qorgau");
        assert_eq!(slugify("Общественные слушания"), "obshchestvennye-slushaniya");
        assert_eq!(slugify("ИПДО"), "ipdo");
    }

    #[test]
    fn relative_urls_table() {
        let cases = [
            ("", "conventions/a/", false, "conventions/a/index.html"),
            ("conventions/a/", "conventions/b/", false, "../b/index.html"),
            ("en/conventions/a/", "", false, "../../../index.html"),
            ("en/conventions/a/", "static/style.css", false, "../../../static/style.css"),
            ("a/", "a/", false, "index.html"),
            ("a/", "a/", true, "./"),
            ("a/b/", "a/", true, "../"),
            ("a/", "a/#x", false, "index.html#x"),
            ("", "", false, "index.html"),
            ("guides/x/", "guides/form.docx", false, "../form.docx"),
        ];
        for (from, to, pretty, expected) in cases {
            assert_eq!(relative_url(from, to, pretty), expected, "{from} → {to}");
        }
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("a%20b.pdf"), "a b.pdf");
        assert_eq!(percent_decode("%D1%84"), "ф");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("a%20"), "a ");
        // Regression: a `%` before a multibyte character sliced inside it and crashed the build (exit 101).
        assert_eq!(percent_decode("%aформа.pdf"), "%aформа.pdf");
        assert_eq!(percent_decode("%ф%"), "%ф%");
        assert_eq!(percent_decode("%FF"), "%FF");
        assert_eq!(percent_decode("%FF"), "%FF");
    }
}
