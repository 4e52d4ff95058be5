//! `check --lang ru` and `build --lang ru`: findings in Russian for the centre's editors. The messages are
//! composed in English where they are found; this table turns the ones editors meet into Russian, keeping
//! the names, values and paths they carry. The YAML parser's messages, built from parts, have their own
//! module. A message without a Russian form stays in English (tests list the common ones).

use std::sync::OnceLock;

use regex::Regex;

use crate::diagnostics::Diagnostic;

mod yaml;

/// (English pattern, Russian replacement), whole-text matches, most specific first.
const TABLE: &[(&str, &str)] = &[
    // Front matter and files
    (r"^the file does not start with front matter$", "файл не начинается с полей (front matter)"),
    (r"^the front matter is not closed$", "поля в начале файла не закрыты"),
    (r"^the front matter is empty$", "поля в начале файла пусты"),
    (r"^unknown field `(.+)`$", "неизвестное поле `$1`"),
    (r"^(\S+): invalid date (.+?): write a real calendar date as YYYY-MM-DD, e\.g\. 2006-08-12$", "$1: неверная дата $2: пишите настоящую дату в виде ГГГГ-ММ-ДД, например 2006-08-12"),
    (r"^invalid date (.+?): write a real calendar date as YYYY-MM-DD, e\.g\. 2006-08-12$", "неверная дата $1: пишите настоящую дату в виде ГГГГ-ММ-ДД, например 2006-08-12"),
    (r"^cannot read: (.+)$", "не удаётся прочитать файл: $1"),
    (r"^(\S+) is a symbolic link; ecolib does not follow links$", "$1 — символическая ссылка; ecolib не переходит по ссылкам"),
    (r"^there is no content/ folder$", "нет папки content/"),
    (r#"^"(.+)" is not a language of this site$"#, "«$1» — не язык этого сайта"),
    (r"^a source has no title$", "у источника нет названия"),
    (r#"^(\S+): "(.+)" is not an internal link$"#, "$1: «$2» — не внутренняя ссылка"),
    (r#"^(\S+): "(.+)" is a section, not a document$"#, "$1: «$2» — раздел, а не документ"),
    (r#"^internal link "(.+)" does not name a \.md file$"#, "внутренняя ссылка «$1» не указывает на файл .md"),
    (r#"^attachment language "(.+)" is not a language code$"#, "язык вложения «$1» — не код языка"),
    (r"^the file is not valid UTF-8 \(byte (\d+) of the file\)$", "файл сохранён не в кодировке UTF-8 (байт $1)"),
    (r"^`(\w+)` is missing$", "нет поля `$1`"),
    (r"^unknown topic (.+)$", "неизвестная тема $1"),
    (r"^unknown doc_type (.+)$", "неизвестный вид документа $1"),
    (r"^unknown status (.+)$", "неизвестный статус $1"),
    (r"^unknown geography (.+)$", "неизвестная география $1"),
    (r"^unknown pillar (.+)$", "неизвестный столп $1"),
    (r"^unknown audience (.+)$", "неизвестная аудитория $1"),
    (r#"^(\w+) key "(.+)" is not a slug$"#, "ключ «$2» в site.toml должен быть из латинских строчных букв, цифр и дефисов"),
    (r#"^(\w+) "(.+)" has no label for "(.+)"$"#, "у «$2» в site.toml нет названия для языка «$3»"),
    (r"^cannot read site\.toml: (.+)$", "не удаётся прочитать site.toml: $1"),
    (r#"^timezone "(.+)" is not an IANA time zone name$"#, "часовой пояс «$1» в site.toml — не название из базы IANA"),
    (r"^the summary has (\d+) characters, more than (\d+)$", "в кратком содержании $1 знаков, больше $2"),
    (r"^the title is empty$", "пустой заголовок"),
    (r"^(\d+) topics given; at most 5 are allowed$", "указано тем: $1; можно не больше 5"),
    (r"^`(\w+):` is only for doc_type (.+)$", "блок `$1:` бывает только у видов $2"),
    (r#"^doc_type "(.+)" needs an `(\w+):` block$"#, "для вида «$1» нужен блок `$2:`"),
    (r"^a protocol needs `parent:`, the convention it belongs to$", "у протокола нужно поле `parent:` — конвенция, к которой он относится"),
    (r#"^party "(.+)" is not an ISO 3166 country code$"#, "«$1» — не код страны ISO 3166"),
    (r"^in_force (\S+) is before the adoption date (\S+)$", "дата вступления в силу $1 раньше даты принятия $2"),
    (r"^`(\w+)` is not used on a section's _index\.md$", "поле `$1` не используется в _index.md раздела"),
    (r"^`(\w+)` is only used in a section's _index\.md$", "поле `$1` бывает только в _index.md раздела"),
    (r#"^source URL "(.+)" is not a web address$"#, "адрес источника «$1» — не веб-адрес"),
    // Structure and URLs
    (r"^the folder content/(.*)/ has no _index\.md$", "в папке content/$1/ нет файла _index.md"),
    (r"^the home page content/_index\.md is missing$", "нет главной страницы content/_index.md"),
    (r"^(.+) is the same document in the same language \((\w+)\) as this file$", "$1 — тот же документ на том же языке ($2), что и этот файл"),
    (r"^two pages claim the URL (\S+): (.+) and (.+)$", "на адрес $1 претендуют две страницы: $2 и $3"),
    (r#"^slug "(.+)" is not a single URL segment$"#, "slug «$1» должен быть одной частью адреса"),
    (r#"^alias "(.+)" is not a path inside the site$"#, "старый адрес «$1» ведёт за пределы сайта"),
    (r"^(.+) would write into (\S+), which the theme and search use$", "$1 попадёт в папку $2, которую занимают тема и поиск"),
    (r"^(.+) would write (\S+), but (\S+) is already (.+)$", "$1 запишет $2, но $3 — это уже $4"),
    // Links, files, images
    (r"^broken internal link: there is no (\S+)$", "ссылка никуда не ведёт: нет файла $1"),
    (r#"^broken anchor: "(.+)" has no heading with id "(.+)"$"#, "ссылка на раздел никуда не ведёт: на странице «$1» нет заголовка с якорем «$2»"),
    (r#"^broken anchor: this page has no heading with id "(.+)"$"#, "ссылка на раздел никуда не ведёт: на этой странице нет заголовка с якорем «$1»"),
    (r#"^the link "(.+)" starts with /, which breaks when the site is opened from a USB stick$"#, "ссылка «$1» начинается с /: с флешки она не откроется"),
    (r#"^the file "(.+)" does not exist \(looked for (.+)\)$"#, "файла «$1» нет (искали $2)"),
    (r#"^attachment "(.+)" does not exist$"#, "вложенного файла «$1» нет"),
    (r#"^attachment "(.+)" is outside the page's folder$"#, "вложенный файл «$1» лежит не рядом со страницей"),
    (r"^an image has no description \(alt text\)$", "у картинки нет описания (alt)"),
    (r"^`date_unknown: true` beside a date$", "`date_unknown: true` стоит рядом с датой"),
    (r"^keep the date if it is known, or remove it and keep date_unknown$", "оставьте дату, если она известна, или уберите её и оставьте date_unknown"),
    (r"^`date_unknown: true` needs a line in `unconfirmed`$", "для `date_unknown: true` нужна строка в `unconfirmed`"),
    (r"^say in unconfirmed what is known of the date and where to check it$", "напишите в unconfirmed, что известно о дате и где её уточнить"),
    (r"^`event` has no `date`$", "в блоке `event` нет даты (`date`)"),
    (r"^add date: YYYY-MM-DD under event:, or date_unknown: true if nobody knows it$", "добавьте date: ГГГГ-ММ-ДД в блок event: или date_unknown: true, если дата никому не известна"),
    // Raw HTML, script and files from other hosts
    (r"^raw HTML <(\S+)> is removed: it is not allowed in pages$", "HTML-тег <$1> удалён: на страницах он запрещён"),
    (r"^write it in Markdown, or mark the page `unsafe_html: true` if it must stay as written$", "напишите это средствами Markdown или, если HTML должен остаться как есть, добавьте в карточку `unsafe_html: true`"),
    (r"^raw HTML attribute (\S+) on <(\S+)> is removed: pages cannot run script$", "атрибут $1 у тега <$2> удалён: страницы не запускают программ"),
    (r"^remove the attribute$", "уберите этот атрибут"),
    (r#"^the URL "(.+)" in <(\S+) (\S+)> can run script$"#, "адрес «$1» в <$2 $3> может запустить программу"),
    (r"^link to a page or a file of the site instead$", "поставьте ссылку на страницу или файл библиотеки"),
    (r#"^<(\S+) (\S+)="(.+)"> loads a file from another host$"#, "<$1 $2=«$3»> загружает файл с другого сайта"),
    (r"^the site must work offline: download the file, put it next to the page and link it by its name$", "сайт должен работать без интернета: скачайте файл, положите его рядом со страницей и укажите его имя"),
    (r#"^the image "(.+)" is loaded from another host, which fails offline$"#, "картинка «$1» загружается с другого сайта и без интернета не покажется"),
    (r"^download the image, put it next to the page and write its file name: (.+)$", "скачайте картинку, положите её рядом со страницей и укажите имя файла: $1"),
    (r#"^the link "(.+)" can run script in the visitor's browser$"#, "ссылка «$1» может запустить программу в браузере читателя"),
    (r"^link to a page \(@/section/page\.md\), a file beside this page or an https:// address$", "ссылайтесь на страницу (@/раздел/страница.md), на файл рядом со страницей или на адрес https://"),
    (r"^templates include each other in a loop: (.+)$", "шаблоны включают друг друга по кругу: $1"),
    (r"^a template cannot include, import or extend itself, directly or through others$", "шаблон не может включать, импортировать или расширять сам себя, ни прямо, ни через другие"),
    (r#"^output_dir "(.+)" is or lies inside (.+), which holds the site's sources: a build would replace them$"#, "output_dir «$1» совпадает с $2 или лежит внутри, а там исходные файлы сайта: сборка заменила бы их"),
    (r"^use a folder of its own such as public$", "укажите отдельную папку, например public"),
    (r"^unsafe_html: true: this page's raw HTML is published as written, scripts included$", "unsafe_html: true — HTML этой страницы публикуется как есть, вместе с программами"),
    (r"^remove it when the page no longer needs raw HTML; without it ecolib sanitises the HTML$", "уберите это поле, когда HTML станет не нужен: без него ecolib очищает HTML"),
    (r"^unsafe_html = true: raw HTML in every page is published as written, scripts included$", "unsafe_html = true — HTML всех страниц публикуется как есть, вместе с программами"),
    (r"^remove it unless every editor's HTML is reviewed; ecolib sanitises raw HTML without it$", "уберите эту строку, если HTML редакторов никто не проверяет: без неё ecolib очищает HTML"),
    (r"^--offline-zip was given, but site.toml has no offline_zip_url$", "указан --offline-zip, но в site.toml нет offline_zip_url"),
    (r#"^add offline_zip_url = "(.+)": where the ZIP will be published$"#, "добавьте offline_zip_url = \"$1\" — адрес, по которому будет лежать архив"),
    (r#"^offline_zip_url "(.+)" is not an absolute http\(s\) URL$"#, "offline_zip_url «$1» — не полный адрес http(s)"),
    (r"^make the ZIP first: ecolib pack --zip FILE$", "сначала сделайте архив: ecolib pack --zip ФАЙЛ"),
    // Editorial checks
    (r"^no (\w+) translation, which the section promises$", "нет перевода ($1), который обещает раздел"),
    (r"^the title «(.+)» is also used by (.+)$", "заголовок «$1» уже есть у $2"),
    (r"^review was due on (\S+)$", "срок проверки истёк $1"),
    (r"^nothing is missing$", "всё заполнено"),
    (r"^no listing reaches this page$", "ни один список не ведёт на эту страницу"),
    (r"^the name «(.+)» cannot be copied to a USB stick \(FAT32/exFAT\)$", "файл «$1» нельзя скопировать на флешку (FAT32/exFAT)"),
    (r"^the name «(.+)» is reserved on Windows, whatever the extension$", "имя «$1» занято в Windows, с любым расширением"),
    (r"^the path is (\d+) characters long, more than (\d+)$", "путь длиной $1 знаков, больше $2"),
    (r"^differs from (.+) only in upper/lower case$", "отличается от $1 только заглавными и строчными буквами"),
    (r"^the source URL (\S+) is a site's home page, not a document$", "адрес источника $1 — главная страница сайта, а не документ"),
    (r"^the external link (\S+) answers (\d+)$", "внешняя ссылка $1 отвечает кодом $2"),
    (r"^the external link (\S+) does not answer: (.+)$", "внешняя ссылка $1 не отвечает: $2"),
    (r"^none of the (\d+) external links answered: is this computer online\?$", "ни одна из внешних ссылок ($1) не ответила: есть ли у компьютера интернет?"),
    // Translations and names
    (r"^`(.+)` differs from the original (\S+): (.+) there, (.+) here$", "`$1` не совпадает с оригиналом $2: там $3, здесь $4"),
    (r"^`(.+)` is missing here, but the original (\S+) has (.+)$", "`$1` здесь нет, а в оригинале $2 — $3"),
    (r"^`(.+)` is (.+) here, but the original (\S+) has none$", "`$1` здесь $2, а в оригинале $3 этого поля нет"),
    (r"^`untranslated` is read only on the original, (\S+)$", "поле `untranslated` читается только в оригинале, $1"),
    (r"^`untranslated` lists (\w+), the language of this page itself$", "в `untranslated` указан $1 — язык самой этой страницы"),
    (r"^`untranslated` lists (\w+), but (\S+) exists$", "в `untranslated` указан $1, но перевод $2 уже есть"),
    (r"^the file name «(.+)» is not in lowercase Latin letters, digits and hyphens: the page is published at (\S+)$", "имя файла «$1» не из строчных латинских букв, цифр и дефисов: страница будет опубликована по адресу $2"),
    (r"^the folder name «(.+)» is not in lowercase Latin letters, digits and hyphens: the section is published at (\S+)$", "имя папки «$1» не из строчных латинских букв, цифр и дефисов: раздел будет опубликован по адресу $2"),
    // Help
    (r#"^did you mean (.+)\?$"#, "может быть, $1?"),
    (r"^check the spelling; docs/front-matter\.md lists every field$", "проверьте написание; все поля перечислены в docs/front-matter.md"),
    (r"^write dates as YYYY-MM-DD$", "пишите даты в виде ГГГГ-ММ-ДД"),
    (r"^add the field; docs/front-matter\.md says which fields each type needs$", "добавьте поле; какие поля нужны каждому виду, сказано в docs/front-matter.md"),
    (r"^check the YAML syntax on this line: indentation, colons, quotes$", "проверьте эту строку: отступы, двоеточия, кавычки"),
    (r"^the brackets opened on line (\d+) are not closed: add `(.)`$", "скобки, открытые в строке $1, не закрыты: добавьте `$2`"),
    (r"^close the quotes or brackets that open here, on this field's line$", "закройте кавычки или скобки, которые открываются здесь, в строке этого поля"),
    (r"^delete the invisible character here \(retype the line if you cannot see it\)$", "удалите здесь невидимый знак (если его не видно, наберите строку заново)"),
    (r"^add a line `---` after the last front-matter field, before the text$", "добавьте строку `---` после последнего поля, перед текстом"),
    (r"^save the file in UTF-8 encoding \(in Notepad: Save as → Encoding: UTF-8\)$", "сохраните файл в кодировке UTF-8 (в Блокноте: Сохранить как → Кодировка: UTF-8)"),
    (r"^add a plain-language summary of one or two sentences \(at most 300 characters\)$", "добавьте краткое содержание в одно-два предложения (не больше 300 знаков)"),
    (r"^add 1 to 5 topics from \[topics\] in site\.toml$", "укажите от 1 до 5 тем из [topics] в site.toml"),
    (r"^add at least one source: .*$", "укажите хотя бы один источник: - {title: …, url: https://…}"),
    (r"^add date: YYYY-MM-DD, .*$", "укажите date: ГГГГ-ММ-ДД — дату самого документа (принятия, события, публикации)"),
    (r"^this type states facts that go stale: .*$", "в документах этого вида есть сведения, которые устаревают: укажите review_by: ГГГГ-ММ-ДД — когда их перепроверить"),
    (r"^put the file at (\S+), or correct the name$", "положите файл в $1 или исправьте имя"),
    (r"^put the file beside the page or correct the path$", "положите файл рядом со страницей или исправьте путь"),
    (r"^write what the image shows between the brackets: .*$", "напишите в квадратных скобках, что на картинке: ![Карта Каспия](map.png)"),
    (r"^link pages as @/section/page\.md and files by their path relative to this page's file$", "ссылайтесь на страницы так: @/раздел/страница.md, а на файлы — путём от этой страницы"),
    (r"^check the path: it is the file's path under content/, .*$", "проверьте путь: это путь файла внутри content/, например @/conventions/tehran-convention.md"),
    (r"^the page's headings are: (.+)$", "заголовки страницы: $1"),
    (r"^the page has no headings to link to$", "на странице нет заголовков, на которые можно сослаться"),
    (r"^add an _index\.md with a title to the folder, so the pages have a section$", "добавьте в папку _index.md с заголовком, чтобы у страниц был раздел"),
    (r"^rename one of the files or give one a different `slug:`$", "переименуйте один из файлов или задайте другой `slug:`"),
    (r"^remove the line `draft: true` to publish the page$", "удалите строку `draft: true`, чтобы опубликовать страницу"),
    (r"^give each page a title that tells it apart$", "дайте каждой странице свой заголовок"),
    (r"^check the page's facts against its sources, then set review_by and updated to new dates$", "сверьте сведения страницы с источниками и поставьте новые даты в review_by и updated"),
    (r"^use Latin letters, digits and hyphens; .*$", "используйте латинские буквы, цифры и дефисы; без < > : \" \\ | ? * и без точки или пробела в конце"),
    (r"^USB sticks do not tell such names apart: rename one of them$", "флешки не различают такие имена: переименуйте один из файлов"),
    (r"^shorten the folder or file name$", "сократите имя папки или файла"),
    (r"^copy the file here instead of linking to it$", "скопируйте сюда сам файл вместо ссылки на него"),
    (r"^copy the folder here instead of linking to it$", "скопируйте сюда саму папку вместо ссылки на неё"),
    (r"^rename it: Windows cannot copy or open CON, PRN, AUX, NUL, COM1–COM9 or LPT1–LPT9$", "переименуйте: Windows не может скопировать или открыть файлы с именами CON, PRN, AUX, NUL, COM1–COM9 и LPT1–LPT9"),
    (r"^cite the exact document, not the site's home page: open it and copy its address$", "укажите сам документ, а не главную страницу сайта: откройте его и скопируйте адрес"),
    (r"^find the document's new address on its site, or link an archived copy$", "найдите новый адрес документа на его сайте или дайте ссылку на архивную копию"),
    (r"^add (\S+), or write `untranslated: \[(\w+)\]` if this page will not be translated$", "добавьте $1 или напишите `untranslated: [$2]`, если перевода этой страницы не будет"),
    (r"^a translation keeps the original's dates, type, topics and status: .*$", "у перевода те же даты, вид, темы и статус, что у оригинала: перенесите значение из оригинала или исправьте оригинал, если ошибка в нём"),
    (r"^move the line to the original, or remove it$", "перенесите эту строку в оригинал или удалите её"),
    (r"^remove (\w+) from `untranslated`$", "уберите $1 из `untranslated`"),
    (r"^write it on the pages that will not be translated$", "пишите его на тех страницах, которые не будут переведены"),
    (r"^use one of the codes under \[languages\] in site\.toml: (.+)$", "используйте один из кодов языков из [languages] в site.toml: $1"),
    (r"^use the codes under \[languages\] in site\.toml$", "используйте коды языков из [languages] в site.toml"),
    (r"^rename the file to (\S+) \(and its other language versions alike\), or add `slug: (\S+)` to its front matter$", "переименуйте файл в $1 (и его переводы так же) или добавьте в поля `slug: $2`"),
    (r"^rename the folder to (\S+)$", "переименуйте папку в $1"),
    // Help for front matter and links
    (r"^start the file with a line `---`, the fields \(title: …\), and another `---` line$", "начните файл строкой `---`, затем поля (title: …) и ещё одна строка `---`"),
    (r"^add at least `title: …` between the `---` lines$", "добавьте между строками `---` хотя бы `title: …`"),
    (r"^check the value's form: lists are \[a, b\] or lines starting with `- `; text with a colon needs quotes$", "проверьте вид значения: список пишут [a, b] или строками, начинающимися с `- `; текст с двоеточием берут в кавычки"),
    (r"^give the page a title in its language$", "дайте странице заголовок на её языке"),
    (r"^shorten it to one or two sentences; put the rest in the text$", "сократите до одного-двух предложений, остальное перенесите в текст"),
    (r"^name the document or page the facts come from$", "назовите документ или страницу, откуда взяты сведения"),
    (r"^write the full address starting with https://$", "напишите полный адрес, начиная с https://"),
    (r"^remove it from this page$", "удалите его с этой страницы"),
    (r"^remove it, or move the text into a page of the section$", "удалите его или перенесите текст на страницу раздела"),
    (r"^add doc_type: with a key from \[doc_types\] in site\.toml, e\.g\. page or guide$", "добавьте doc_type: с ключом из [doc_types] в site.toml, например page или guide"),
    (r"^keep the topics the page is mainly about; use tags for the rest$", "оставьте темы, которым посвящена страница; остальное перенесите в tags"),
    (r#"^remove the block or change doc_type \(now "(.+)"\)$"#, "удалите блок или смените doc_type (сейчас «$1»)"),
    (r"^docs/front-matter\.md lists its fields$", "его поля перечислены в docs/front-matter.md"),
    (r#"^add parent: "(.+)" to the instrument block$"#, "добавьте в блок instrument строку parent: \"$1\""),
    (r"^use two capital letters: (.+)$", "пишите двумя заглавными латинскими буквами: $1"),
    (r"^check both dates against the official source$", "сверьте обе даты с официальным источником"),
    (r"^create it with at least `title:` in its front matter$", "создайте его, указав в полях хотя бы `title:`"),
    (r"^use lowercase Latin letters, digits and hyphens only, no / or \.\.$", "только строчные латинские буквы, цифры и дефисы, без / и .."),
    (r#"^write the page's path as "@/section/page\.md" \(in quotes\)$"#, "напишите путь страницы в кавычках: \"@/раздел/страница.md\""),
    (r"^name a page$", "укажите страницу, а не раздел"),
    (r"^put the file beside the page and give its name only$", "положите файл рядом со страницей и укажите только его имя"),
    (r"^use a two-letter code such as ru, kk or en$", "используйте двухбуквенный код: ru, kk или en"),
    (r"^write the old address relative to the site root, e\.g\. (\S+)$", "напишите старый адрес от корня сайта, например $1"),
    (r"^rename the folder or give the page a `slug:`; (\S+) is reserved$", "переименуйте папку или задайте странице `slug:`; $1 занята"),
    (r"^give the alias or page an address that no generated or copied file has, or rename the file$", "дайте старому адресу или странице адрес, которого нет у созданных и копируемых файлов, или переименуйте файл"),
    (r"^write internal links as @/section/page\.md, the path of the file under content/$", "пишите внутренние ссылки так: @/раздел/страница.md — путь файла внутри content/"),
    (r"^keep one of them; the default language \((\w+)\) needs no suffix$", "оставьте один из них; у основного языка ($1) приставки в имени нет"),
    (r"^name translations <name>\.<language>\.md with one of: (.+)$", "называйте переводы <имя>.<язык>.md, где язык — один из: $1"),
    (r"^create content/_index\.md for the home page; README\.md shows how$", "создайте content/_index.md для главной страницы; как — сказано в README.md"),
    (r"^every folder needs an _index\.md in this language or the default one, up to content/_index\.md$", "в каждой папке, вплоть до content/, нужен _index.md на этом или основном языке"),
    (r"^run check --external again with a working internet connection$", "запустите check --external ещё раз, когда будет интернет"),
    (r"^use one of the \[(\w+)\] keys in site\.toml: (.+)$", "используйте один из ключей [$1] в site.toml: $2"),
    (r"^use lowercase Latin letters, digits and hyphens$", "используйте строчные латинские буквы, цифры и дефисы"),
    (r#"^add (\w+) = "…" to its entry in \[(\w+)\]$"#, "добавьте $1 = \"…\" в его строку в [$2]"),
    (r"^run ecolib in the site's folder or pass --root; looked in (.+)$", "запустите ecolib в папке сайта или укажите --root; искали в $1"),
    (r"^use a name from the IANA time zone database, such as Asia/Atyrau or UTC$", "укажите название из базы часовых поясов IANA, например Asia/Atyrau или UTC"),
];

fn compiled() -> &'static Vec<(Regex, &'static str)> {
    static COMPILED: OnceLock<Vec<(Regex, &'static str)>> = OnceLock::new();
    COMPILED
        .get_or_init(|| TABLE.iter().filter_map(|(pattern, ru)| Regex::new(pattern).ok().map(|re| (re, *ru))).collect())
}

/// The Russian form of a message, or the message itself.
pub fn to_russian(text: &str) -> String {
    if let Some(russian) = yaml::to_russian(text) {
        return russian;
    }
    // A draft's gaps are the messages of published pages behind a prefix (after the YAML messages, which
    // start with the field's name: `draft: invalid type …`).
    if let Some(gap) = text.strip_prefix("draft: ") {
        return format!("черновик: {}", to_russian(gap));
    }
    for (re, ru) in compiled() {
        if re.is_match(text) {
            return re.replace(text, *ru).into_owned();
        }
    }
    text.to_string()
}

/// Rendered diagnostics with their labels in Russian: «ошибка», «предупреждение», «как исправить».
/// Only the label lines change: quoted source lines start with a line number and `│`.
pub fn russian_labels(rendered: &str) -> String {
    let mut out = String::with_capacity(rendered.len() + 64);
    for line in rendered.split_inclusive('\n') {
        let replaced = if let Some(rest) = line.strip_prefix("error: ") {
            format!("ошибка: {rest}")
        } else if let Some(rest) = line.strip_prefix("warning: ") {
            format!("предупреждение: {rest}")
        } else if let Some(rest) = line.strip_prefix("note: ") {
            format!("заметка: {rest}")
        } else if let Some((indent, rest)) = line.split_once("= help: ").filter(|(i, _)| i.trim().is_empty()) {
            format!("{indent}= как исправить: {rest}")
        } else if let Some((indent, rest)) = line.split_once("= in ").filter(|(i, _)| i.trim().is_empty()) {
            format!("{indent}= в файле {rest}")
        } else {
            line.to_string()
        };
        out.push_str(&replaced);
    }
    out
}

/// Diagnostics rendered for the terminal (or serve's overlay) in Russian: messages, help and labels.
pub fn render_russian(diagnostics: &[Diagnostic], sources: &crate::diagnostics::SourceMap) -> String {
    let translated: Vec<Diagnostic> = diagnostics.iter().map(translate).collect();
    russian_labels(&crate::diagnostics::render_diagnostics(&translated, sources))
}

/// A diagnostic with its message and help in Russian.
pub fn translate(diagnostic: &Diagnostic) -> Diagnostic {
    let mut d = diagnostic.clone();
    d.message = to_russian(&d.message);
    d.help = d.help.as_deref().map(to_russian);
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safety_messages_are_russian() {
        for english in [
            "raw HTML <script> is removed: it is not allowed in pages",
            "raw HTML attribute onerror on <img> is removed: pages cannot run script",
            "the URL \"javascript:alert(1)\" in <a href> can run script",
            "<img src=\"https://example.org/t.png\"> loads a file from another host",
            "the image \"https://example.org/t.png\" is loaded from another host, which fails offline",
            "the link \"javascript:alert(1)\" can run script in the visitor's browser",
            "templates include each other in a loop: page.html → page.html",
            "output_dir \"themes\" is or lies inside themes, which holds the site's sources: a build would replace them",
            "unsafe_html: true: this page's raw HTML is published as written, scripts included",
            "--offline-zip was given, but site.toml has no offline_zip_url",
        ] {
            let russian = to_russian(english);
            assert!(russian != english && russian.chars().any(|c| ('а'..='я').contains(&c)), "{english} → {russian}");
        }
    }

    #[test]
    fn labels_are_russian_but_quoted_source_is_not() {
        let rendered = "error: нет поля `title`\n  ┌─ content/a.md:2:1\n  │\n2 │ error: this is text\n  │\n  = help: добавьте поле\nwarning: w\n = in content/b.md\n";
        assert_eq!(
            russian_labels(rendered),
            "ошибка: нет поля `title`\n  ┌─ content/a.md:2:1\n  │\n2 │ error: this is text\n  │\n  = как исправить: добавьте поле\nпредупреждение: w\n = в файле content/b.md\n"
        );
    }

    #[test]
    fn every_pattern_compiles() {
        assert_eq!(compiled().len(), TABLE.len());
    }

    #[test]
    fn common_messages_in_russian() {
        let cases = [
            (r#"unknown topic "oil-spil""#, r#"неизвестная тема "oil-spil""#),
            (r#"did you mean "oil-spills"?"#, r#"может быть, "oil-spills"?"#),
            (
                "broken internal link: there is no content/docs/nope.md",
                "ссылка никуда не ведёт: нет файла content/docs/nope.md",
            ),
            ("review was due on 2021-01-01", "срок проверки истёк 2021-01-01"),
            ("`summary` is missing", "нет поля `summary`"),
            ("cannot read: permission denied", "не удаётся прочитать файл: permission denied"),
            (
                "check the value's form: lists are [a, b] or lines starting with `- `; text with a colon needs quotes",
                "проверьте вид значения: список пишут [a, b] или строками, начинающимися с `- `; текст с двоеточием берут в кавычки",
            ),
            ("instruments: \"x.md\" is not an internal link", "instruments: «x.md» — не внутренняя ссылка"),
            ("remove the block or change doc_type (now \"guide\")", "удалите блок или смените doc_type (сейчас «guide»)"),
            ("instrument.adopted.date: invalid date \"2006-13-01\": write a real calendar date as YYYY-MM-DD, e.g. 2006-08-12", "instrument.adopted.date: неверная дата \"2006-13-01\": пишите настоящую дату в виде ГГГГ-ММ-ДД, например 2006-08-12"),
            ("mapping values are not allowed in this context", "здесь не может стоять двоеточие с пробелом («: »)"),
            ("timezone \"Asia/Atyrua\" is not an IANA time zone name", "часовой пояс «Asia/Atyrua» в site.toml — не название из базы IANA"),
            ("draft: `summary` is missing", "черновик: нет поля `summary`"),
            ("draft: nothing is missing", "черновик: всё заполнено"),
            ("draft: invalid type: string \"yes\", expected a boolean", "draft: ожидается true или false, а здесь текст «yes»"),
            (
                "an alias in content/docs/old.md would write /sitemap.xml/, but /sitemap.xml is already the generated sitemap.xml",
                "an alias in content/docs/old.md запишет /sitemap.xml/, но /sitemap.xml — это уже the generated sitemap.xml",
            ),
            ("the name «nul.txt» is reserved on Windows, whatever the extension", "имя «nul.txt» занято в Windows, с любым расширением"),
            (
                "the source URL https://adilet.zan.kz is a site's home page, not a document",
                "адрес источника https://adilet.zan.kz — главная страница сайта, а не документ",
            ),
            (
                "content/docs/x.md is a symbolic link; ecolib does not follow links",
                "content/docs/x.md — символическая ссылка; ecolib не переходит по ссылкам",
            ),
            ("the brackets opened on line 5 are not closed: add `]`", "скобки, открытые в строке 5, не закрыты: добавьте `]`"),
            ("something new", "something new"),
        ];
        for (en, ru) in cases {
            assert_eq!(to_russian(en), ru);
        }
    }
}
