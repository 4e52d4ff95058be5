//! README.md of a new site, for its editors: in the site's first language (Russian, Kazakh or English),
//! true to the site `init` made: the translation it shows is into the site's second language, and a site
//! with one language is not told about translations it cannot have.

use super::texts::{column, Texts};

/// The README's text with `{translate}` (the line about `new --lang`, or nothing), `{files}` (the
/// sentence about translation files, or nothing) and `{check}` (the check command) to fill in.
const TEMPLATES: Texts = [
    "# Наша экологическая библиотека

Эта папка — сайт библиотеки, созданный командой `ecolib init`. Страницы — файлы Markdown в `content/`;
`site.toml` хранит настройки, языки и списки значений (виды документов, темы…).

## Каждый день

- `ecolib serve --lang ru` — предпросмотр на http://127.0.0.1:1111, обновляется при каждом сохранении.
- `ecolib new library/my-report --type report --title \"Мой доклад\"` — новая страница со всеми полями, которые
  нужны её виду; это черновик (`draft: true`), пока вы её не заполните.
{translate}- `{check}` — все ошибки сразу: файл, строка и как исправить; `ecolib check --strict` не
  пропускает и предупреждения (запускайте перед публикацией).
- `ecolib build` — записывает сайт в `public/`; он работает и на веб-сервере, и с флешки.

## Где что лежит

- `content/_index.md` — главная страница; `content/<раздел>/_index.md` — раздел; остальные файлы `.md` —
  страницы.{files}
- `content/library/` — документы, новые сверху (`sort_by: date`); `content/about/` — страницы в порядке
  `weight`; `content/glossary/` — термины по алфавиту. Примеры удалите, когда появятся свои страницы.
- `site.toml`, раздел `[doc_types]` — виды документов: их названия на всех языках и что каждому нужно (дата и
  источники, блок `law:` или `event:`, дата перепроверки). Добавляйте свои, например решение суда.
- Оформление — встроенная тема ecolib. Чтобы изменить его, скопируйте тему в `themes/default/`
  (для нового сайта это делает `ecolib init --copy-theme`) и правьте копию.
",
    "# Біздің экологиялық кітапхана

Бұл бума — `ecolib init` командасымен жасалған кітапхана сайты. Беттер — `content/` ішіндегі Markdown
файлдары; `site.toml` баптауларды, тілдерді және мәндер тізімдерін (құжат түрлері, тақырыптар…) сақтайды.

## Күнделікті жұмыс

- `ecolib serve --lang kk` — http://127.0.0.1:1111 мекенжайында алдын ала қарау, әр сақтаған сайын жаңарады.
- `ecolib new library/my-report --type report --title \"Менің баяндамам\"` — түріне қажет барлық өрісі бар
  жаңа бет; сіз оны толтырғанша ол жоба болып тұрады (`draft: true`).
{translate}- `{check}` — барлық қате бірден: файл, жол және қалай түзету керек; `ecolib check --strict`
  ескертулерді де өткізбейді (жарияламас бұрын іске қосыңыз).
- `ecolib build` — сайтты `public/` бумасына жазады; ол веб-серверде де, флешкадан ашқанда да жұмыс істейді.

## Не қайда жатыр

- `content/_index.md` — басты бет; `content/<бөлім>/_index.md` — бөлім; қалған `.md` файлдары —
  беттер.{files}
- `content/library/` — құжаттар, жаңалары жоғарыда (`sort_by: date`); `content/about/` — `weight` ретімен
  беттер; `content/glossary/` — әліпби бойынша терминдер. Өз беттеріңіз пайда болғанда үлгілерді жойыңыз.
- `site.toml`, `[doc_types]` бөлігі — құжат түрлері: олардың барлық тілдегі атаулары және әрқайсысына не
  қажет (күні мен дереккөздері, `law:` немесе `event:` блогы, қайта тексеру күні). Өз түрлеріңізді қосыңыз,
  мысалы сот шешімін.
- Сайттың сыртқы көрінісі — ecolib-тің кірістірілген безендіру тақырыбы. Оны өзгерту үшін тақырыпты
  `themes/default/` бумасына көшіріп (жаңа сайт үшін мұны `ecolib init --copy-theme` жасайды), көшірмесін
  өңдеңіз.
",
    "# Our environmental library

This folder is a library site made with `ecolib init`. Pages are Markdown files in
`content/`; `site.toml` holds the settings, the languages and the lists of values (document types, topics…).

## Every day

- `ecolib serve` — preview at http://127.0.0.1:1111, updated on every save.
- `ecolib new library/my-report --type report --title \"My report\"` — a new page with every field its type
  needs, as a draft (`draft: true`) until you have filled it in.
{translate}- `{check}` — every problem at once, with the file, the line and a fix; `ecolib check --strict` also
  fails on warnings (run it before publishing).
- `ecolib build` — writes the site into `public/`; it works on a web server and opened from a USB stick.

## Where things are

- `content/_index.md` — the home page; `content/<section>/_index.md` — a section; other `.md` files are
  pages.{files}
- `content/library/` — documents, newest first (`sort_by: date`); `content/about/` — pages in the order of
  their `weight`; `content/glossary/` — terms in alphabetical order. Delete the examples once you have your own.
- `site.toml` `[doc_types]` — the kinds of documents: their names in every language and what each needs (a
  date and sources, a `law:` or `event:` block, a review date). Add your own, e.g. a court decision.
- The look comes from ecolib's built-in theme. To change it, copy it into `themes/default/`
  (`ecolib init --copy-theme` does this for a new site) and edit the copy.
",
];

/// The line about starting a translation, with `{code}` and `{into}` (the language, as the sentence needs
/// it) to fill in.
const TRANSLATE: Texts = [
    "- `ecolib new library/my-report --lang {code}` — её перевод {into} (`my-report.{code}.md`), начатый с\n  оригинала.\n",
    "- `ecolib new library/my-report --lang {code}` — оның {into} аудармасы (`my-report.{code}.md`), түпнұсқадан\n  басталады.\n",
    "- `ecolib new library/my-report --lang {code}` — its {into} translation (`my-report.{code}.md`), started\n  from the original.\n",
];

/// Where a translation's file lies, with `{code}` to fill in.
const FILES: Texts = [
    " Перевод лежит рядом с оригиналом: `contacts.md`, `contacts.{code}.md`.",
    " Аударма түпнұсқаның қасында жатады: `contacts.md`, `contacts.{code}.md`.",
    " A translation sits beside its original: `contacts.md`, `contacts.{code}.md`.",
];

/// A language as the translation line of each README needs it (by README language, then by language).
const INTO: [Texts; 3] = [
    ["на русский", "на казахский", "на английский"],
    ["орыс тіліне", "қазақ тіліне", "ағылшын тіліне"],
    ["Russian", "Kazakh", "English"],
];

/// The check command each README shows: its messages in the README's language.
const CHECK: Texts = ["ecolib check --lang ru", "ecolib check --lang kk", "ecolib check"];

/// The README for a site in `languages` (default first), in the first one.
pub fn readme(languages: &[String]) -> String {
    let own = languages.first().and_then(|l| column(l)).unwrap_or(2);
    let second = languages.get(1).map(|code| (code.as_str(), column(code).unwrap_or(2)));
    let (translate, files) = match second {
        Some((code, col)) => (
            TRANSLATE[own].replace("{code}", code).replace("{into}", INTO[own][col]),
            FILES[own].replace("{code}", code),
        ),
        None => (String::new(), String::new()),
    };
    TEMPLATES[own].replace("{translate}", &translate).replace("{files}", &files).replace("{check}", CHECK[own])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn readme_of(languages: &[&str]) -> String {
        readme(&languages.iter().map(|l| l.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn the_readme_is_in_the_first_language_and_shows_the_second() {
        let kk = readme_of(&["kk", "ru"]);
        assert!(kk.starts_with("# Біздің экологиялық кітапхана"), "{kk}");
        assert!(kk.contains("--lang ru` — оның орыс тіліне аудармасы (`my-report.ru.md`)"), "{kk}");
        assert!(kk.contains("`contacts.md`, `contacts.ru.md`") && kk.contains("`ecolib check --lang kk`"), "{kk}");
        let ru = readme_of(&["ru", "kk", "en"]);
        assert!(ru.contains("её перевод на казахский (`my-report.kk.md`)"), "{ru}");
        let en = readme_of(&["en", "ru"]);
        assert!(en.contains("its Russian translation (`my-report.ru.md`)") && en.contains("`ecolib check` —"), "{en}");
    }

    #[test]
    fn a_site_of_one_language_is_not_told_about_translations() {
        for (lang, translation) in [("ru", "перевод"), ("kk", "аударма"), ("en", "translation")] {
            let text = readme_of(&[lang]);
            assert!(!text.to_lowercase().contains(translation), "{text}");
            assert!(!text.contains('{'), "every placeholder is filled: {text}");
        }
    }
}
