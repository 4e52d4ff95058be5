//! Dates and file sizes written the way each language writes them: «4 ноября 2003 г.», «2003 жылғы
//! 4 қараша», "4 November 2003"; «1,2 МБ», "1.2 MB".

use chrono::Datelike;

use crate::content::schema::Date;

const RU_MONTHS: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const KK_MONTHS: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];
const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date in words, in `lang`.
pub fn human_date(date: Date, lang: &str) -> String {
    let (d, m, y) = (date.0.day(), date.0.month0() as usize, date.0.year());
    match lang {
        "ru" => format!("{d} {} {y} г.", RU_MONTHS[m]),
        "kk" => format!("{y} жылғы {d} {}", KK_MONTHS[m]),
        "en" => format!("{d} {} {y}", EN_MONTHS[m]),
        _ => date.to_string(),
    }
}

/// A file size for people, in `lang`.
pub fn human_size(bytes: u64, lang: &str) -> String {
    let cyrillic = matches!(lang, "ru" | "kk");
    let (value, unit) = match bytes {
        b if b < 1024 => return format!("{b} {}", if cyrillic { "Б" } else { "B" }),
        b if b < 1024 * 1024 => (b as f64 / 1024.0, if cyrillic { "КБ" } else { "KB" }),
        b => (b as f64 / (1024.0 * 1024.0), if cyrillic { "МБ" } else { "MB" }),
    };
    let text = if value < 10.0 { format!("{value:.1}") } else { format!("{value:.0}") };
    let text = if cyrillic { text.replace('.', ",") } else { text };
    format!("{text} {unit}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_words() {
        let date = Date::parse("2003-11-04").expect("date");
        assert_eq!(human_date(date, "ru"), "4 ноября 2003 г.");
        assert_eq!(human_date(date, "kk"), "2003 жылғы 4 қараша");
        assert_eq!(human_date(date, "en"), "4 November 2003");
    }

    #[test]
    fn sizes_for_people() {
        assert_eq!(human_size(512, "en"), "512 B");
        assert_eq!(human_size(1536, "ru"), "1,5 КБ");
        assert_eq!(human_size(30 * 1024, "en"), "30 KB");
        assert_eq!(human_size(5 * 1024 * 1024 + 300_000, "kk"), "5,3 МБ");
    }
}
