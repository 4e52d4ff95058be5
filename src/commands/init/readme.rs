//! README.md of a new site, for its editors: in Russian when the site's default language is Russian or
//! Kazakh (the centres' editors read Russian, as `ecolib new` assumes), else in English.

const ENGLISH: &str = "# Our environmental library

This folder is a library site made with `ecolib init`. Pages are Markdown files in
`content/`; `site.toml` holds the settings, the languages and the lists of values (document types, topics…).

## Every day

- `ecolib serve` — preview at http://127.0.0.1:1111, updated on every save.
- `ecolib new library/my-report --type report --title \"My report\"` — a new page with every field its type
  needs, as a draft (`draft: true`) until you have filled it in.
- `ecolib new library/my-report --lang en` — its English translation (`my-report.en.md`), started from the
  original.
- `ecolib check` — every problem at once, with the file, the line and a fix; `ecolib check --strict` also
  fails on warnings (run it before publishing).
- `ecolib build` — writes the site into `public/`; it works on a web server and opened from a USB stick.

## Where things are

- `content/_index.md` — the home page; `content/<section>/_index.md` — a section; other `.md` files are pages.
  A translation sits beside its original: `contacts.md`, `contacts.en.md`.
- `content/library/` — documents, newest first (`sort_by: date`); `content/about/` — pages in the order of
  their `weight`; `content/glossary/` — terms in alphabetical order. Delete the examples once you have your own.
- `site.toml` `[doc_types]` — the kinds of documents: their names in every language and what each needs (a
  date and sources, a `law:` or `event:` block, a review date). Add your own, e.g. a court decision.
- The look comes from ecolib's built-in theme. To change it, copy it into `themes/default/`
  (`ecolib init --copy-theme` does this for a new site) and edit the copy.
";

const RUSSIAN: &str = "# Наша экологическая библиотека

Эта папка — сайт библиотеки, созданный командой `ecolib init`. Страницы — файлы Markdown в `content/`;
`site.toml` хранит настройки, языки и списки значений (виды документов, темы…).

## Каждый день

- `ecolib serve` — предпросмотр на http://127.0.0.1:1111, обновляется при каждом сохранении.
- `ecolib new library/my-report --type report --title \"Мой доклад\"` — новая страница со всеми полями, которые
  нужны её виду; это черновик (`draft: true`), пока вы её не заполните.
- `ecolib new library/my-report --lang en` — её перевод на английский (`my-report.en.md`), начатый с оригинала.
- `ecolib check --lang ru` — все ошибки сразу: файл, строка и как исправить; `ecolib check --strict` не
  пропускает и предупреждения (запускайте перед публикацией).
- `ecolib build` — записывает сайт в `public/`; он работает и на веб-сервере, и с флешки.

## Где что лежит

- `content/_index.md` — главная страница; `content/<раздел>/_index.md` — раздел; остальные файлы `.md` —
  страницы. Перевод лежит рядом с оригиналом: `contacts.md`, `contacts.en.md`.
- `content/library/` — документы, новые сверху (`sort_by: date`); `content/about/` — страницы в порядке
  `weight`; `content/glossary/` — термины по алфавиту. Примеры удалите, когда появятся свои страницы.
- `site.toml`, раздел `[doc_types]` — виды документов: их названия на всех языках и что каждому нужно (дата и
  источники, блок `law:` или `event:`, дата перепроверки). Добавляйте свои, например решение суда.
- Оформление — встроенная тема ecolib. Чтобы изменить его, скопируйте тему в `themes/default/`
  (для нового сайта это делает `ecolib init --copy-theme`) и правьте копию.
";

/// The README in the language its editors read.
pub fn readme(default_language: &str) -> &'static str {
    match default_language {
        "ru" | "kk" => RUSSIAN,
        _ => ENGLISH,
    }
}
