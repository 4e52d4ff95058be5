# Сообщения ecolib на русском. Те же записи и те же аргументы, что в en.ftl (это проверяет тест); коды,
# имена файлов и полей не переводятся.

## Подписи отчёта

label-error = ошибка
label-warning = предупреждение
label-note = заметка
label-help = как исправить
label-in = в файле { $place }
draft-gap = черновик: { $message }

## site.toml и тема

config-unreadable = не удаётся прочитать site.toml: { $detail }
config-syntax = ошибка в site.toml: { $detail }
language-code = «{ $code }» — не код языка
default-language-unknown = default_language «{ $value }» нет среди [languages]
base-url-not-absolute = base_url «{ $value }» — не полный адрес http(s)
offline-zip-url-not-absolute = offline_zip_url «{ $value }» — не полный адрес http(s)
paginate-by-zero = paginate_by должно быть не меньше 1
output-dir-outside = output_dir «{ $value }» должна быть папкой внутри папки сайта
output-dir-in-sources = output_dir «{ $value }» совпадает с { $sources } или лежит внутри, а там исходные файлы сайта: сборка заменила бы их
timezone-unknown = часовой пояс «{ $value }» в site.toml — не название из базы IANA
localized-entry-missing = в [{ $table }] нет строки для языка «{ $lang }»
vocabulary-key-not-slug = ключ «{ $key }» ({ $vocabulary }) в site.toml должен быть из латинских строчных букв, цифр и дефисов
vocabulary-label-missing = у «{ $key }» ({ $vocabulary }) в site.toml нет названия для языка «{ $lang }»
theme-not-found = тема «{ $theme }» не найдена: { $path }
theme-strings-unreadable = не удаётся прочитать строки темы для языка «{ $lang }»: { $detail }
theme-strings-syntax = ошибка в файле строк темы: { $detail }
theme-string-missing = строки «{ $key }» нет в языке { $lang }
theme-string-extra = строки «{ $key }» нет в файле основного языка
offline-zip-without-url = указан --offline-zip, но в site.toml нет offline_zip_url
offline-zip-unreadable = не удаётся прочитать архив: { $detail }

## Загрузка файлов и поля

content-missing = нет папки content/
file-unreadable = не удаётся прочитать файл: { $detail }
unknown-topic = неизвестная тема «{ $value }»
unknown-doc-type = неизвестный вид документа «{ $value }»
unknown-status = неизвестный статус «{ $value }»
unknown-geography = неизвестная география «{ $value }»
unknown-pillar = неизвестный столп «{ $value }»
unknown-audience = неизвестная аудитория «{ $value }»
symbolic-link = { $path } — символическая ссылка; ecolib не переходит по ссылкам
not-utf8 = файл сохранён не в кодировке UTF-8 (байт { $byte })
no-front-matter = файл не начинается с полей (front matter)
front-matter-not-closed = поля в начале файла не закрыты
front-matter-empty = поля в начале файла пусты
yaml-syntax = { $problem }{ $context }
unknown-field = неизвестное поле `{ $field }`
wrong-type = { $at }ожидается { $expected }, а здесь { $found }
unknown-variant = { $at }неизвестное значение `{ $value }`; можно: { $allowed }
duplicate-field = { $at }поле `{ $name }` написано дважды
missing-field = { $at }нет обязательного поля `{ $name }`
invalid-date = { $at }неверная дата «{ $value }»: пишите настоящую дату в виде ГГГГ-ММ-ДД, например 2006-08-12
file-language-unknown = «{ $suffix }» — не язык этого сайта
front-matter-invalid = { $at }{ $detail }

## Части сообщений о YAML и полях

at-field = { $field }:{" "}
at-top = {""}
field-name = { $field }
field-item = { $list } (пункт { $item }){ $rest }
yaml-problem-mapping-values = здесь не может стоять двоеточие с пробелом («: »)
yaml-problem-block-entries = здесь не может начинаться пункт списка («- »)
yaml-problem-expected-key = не найдено имя следующего поля
yaml-problem-expected-sequence-end = не найдена запятая или закрывающая скобка «]»
yaml-problem-expected-mapping-end = не найдена запятая или закрывающая скобка «{"}"}»
yaml-problem-expected-node = не найдено значение
yaml-problem-expected-dash = не найден знак пункта списка «-»
yaml-problem-expected-colon = не найдено двоеточие после имени поля
yaml-problem-end-of-stream = поля кончились раньше, чем закрылись кавычки или скобки
yaml-problem-control-characters = здесь стоит невидимый управляющий знак (например, нулевой байт)
yaml-problem-tab = отступ сделан табуляцией, а нужны пробелы
yaml-problem-tab-indent = отступ сделан табуляцией, а нужны пробелы
yaml-problem-bad-start = с этого знака значение начинаться не может (например, с @, ` или табуляции): текст возьмите в кавычки, табуляцию замените пробелами
yaml-problem-escape = неизвестное сочетание с обратной косой чертой «\» внутри кавычек
yaml-problem-tag = неизвестная пометка «!…»: возьмите значение в кавычки
yaml-problem-anchor = значение начинается со звёздочки «*»: возьмите его в кавычки
yaml-problem-documents = поля не читаются как один блок: проверьте отступы в начале строк
yaml-problem-other = ошибка YAML: { $detail }
yaml-context-quoted = {" "}(в тексте в кавычках)
yaml-context-quoted-parse = {" "}(в тексте в кавычках)
yaml-context-plain = {" "}(в значении поля)
yaml-context-simple-key = {""}
yaml-context-block-mapping = {" "}(в списке полей)
yaml-context-flow-sequence = {" "}(в списке в квадратных скобках)
yaml-context-flow-mapping = {" "}(в фигурных скобках)
yaml-context-flow-node = {" "}(в скобках)
yaml-context-block-collection = {" "}(в списке)
yaml-context-block-node = {" "}(в значении поля)
yaml-context-node = {" "}(в значении поля)
yaml-context-block-scalar = {" "}(в многострочном тексте)
yaml-context-other = {" "}({ $detail })
yaml-context-none = {""}
found-string = текст «{ $value }»
found-integer = число { $value }
found-float = дробное число { $value }
found-boolean = значение { $value }
found-sequence = список
found-map = набор полей «имя: значение»
found-unit = пустое значение
found-other = { $detail }
expected-string = текст
expected-boolean = true или false
expected-integer = целое число
expected-unsigned = целое число не меньше нуля
expected-sequence = список
expected-date = дата в виде ГГГГ-ММ-ДД
expected-fields = набор полей «имя: значение»
expected-other = { $detail }

## Модель: поля, ссылки, адреса

section-index-missing = в папке content/{ $dir }/ нет файла _index.md
duplicate-document = { $first } — тот же документ на том же языке ({ $lang }), что и этот файл
home-page-missing = нет главной страницы content/_index.md
slug-not-segment = slug «{ $slug }» должен быть одной частью адреса
not-internal-link = { $field }: «{ $value }» — не внутренняя ссылка
link-to-section = { $field }: «{ $value }» — раздел, а не документ
internal-link-not-md = внутренняя ссылка «{ $link }» не указывает на файл .md
broken-internal-link = ссылка никуда не ведёт: нет файла { $file }
attachment-outside = вложенный файл «{ $file }» лежит не рядом со страницей
attachment-language = язык вложения «{ $lang }» — не код языка
attachment-missing = вложенного файла «{ $file }» нет
alias-outside = старый адрес «{ $alias }» ведёт за пределы сайта
url-claimed-twice = на адрес /{ $url } претендуют две страницы: { $first } и { $second }
reserved-folder = { $by } попадёт в папку { $dir }, которую занимают тема и поиск
url-taken = { $by } запишет /{ $url }, но /{ $folder } — это уже { $owner }
not-a-site-language = «{ $value }» — не язык этого сайта
untranslated-own-language = в `untranslated` указан { $lang } — язык самой этой страницы
title-empty = пустой заголовок
summary-too-long = в кратком содержании { $count } { $count ->
        [one] знак
        [few] знака
       *[other] знаков
    }, больше { $max }
field-missing = нет поля `{ $field }`
too-many-topics = указано { $count } { $count ->
        [one] тема
        [few] темы
       *[other] тем
    }; можно не больше 5
block-not-for-type = блок `{ $block }:` бывает только у видов { $types }
block-unused = блок `{ $block }:` не нужен ни одному виду документов этого сайта
block-missing = для вида «{ $doc_type }» нужен блок `{ $block }:`
protocol-without-parent = для вида «{ $doc_type }» нужно поле `parent:` — документ, к которому он относится
party-not-iso = «{ $party }» — не код страны ISO 3166
in-force-before-adoption = дата вступления в силу { $in_force } раньше даты принятия { $adopted }
page-field-on-section = поле `{ $field }` не используется в _index.md раздела
section-field-on-page = поле `{ $field }` бывает только в _index.md раздела
date-unknown-with-date = `date_unknown: true` стоит рядом с датой
date-unknown-unconfirmed = для `date_unknown: true` нужна строка в `unconfirmed`
event-without-date = в блоке `event` нет даты (`date`)
source-without-title = у источника нет названия
source-url-not-web = адрес источника «{ $url }» — не веб-адрес

## Кто пишет адрес

claimant-generated = создаваемый файл { $file }
claimant-feed = лента новостей ({ $lang })
claimant-search-page = страница поиска ({ $lang })
claimant-list = список «{ $kind }»
claimant-alias = старый адрес из { $path }
claimant-file = { $path }
claimant-section-page = { $path } ({ $lang })

## Вывод: Markdown, HTML, шаблоны

template-syntax = ошибка в шаблоне: { $detail }
template-render = { $detail } (при сборке { $page })
template-unreadable = не удаётся прочитать шаблон: { $detail }
template-load = ошибка шаблона: { $detail }
template-loop = шаблоны включают друг друга по кругу: { $chain }
broken-anchor = ссылка на раздел никуда не ведёт: на странице «{ $page }» нет заголовка с якорем «{ $anchor }»
broken-anchor-here = ссылка на раздел никуда не ведёт: на этой странице нет заголовка с якорем «{ $anchor }»
raw-html-removed = HTML-тег <{ $tag }> удалён: на страницах он запрещён
raw-html-script-attribute = атрибут { $attribute } у тега <{ $tag }> удалён: страницы не запускают программ
script-url-in-html = адрес «{ $url }» в <{ $tag } { $attribute }> может запустить программу
remote-file-in-html = <{ $tag } { $attribute }=«{ $url }»> загружает файл с другого сайта
remote-image = картинка «{ $url }» загружается с другого сайта и без интернета не покажется
script-link = ссылка «{ $url }» может запустить программу в браузере читателя
image-without-alt = у картинки нет описания (alt)
root-absolute-link = ссылка «{ $url }» начинается с /: с флешки она не откроется
linked-file-missing = файла «{ $file }» нет (искали { $looked })
link-leaves-content = путь «{ $file }» выходит за пределы папки content
link-unreadable = не удаётся разобрать ссылку «{ $link }»
catalog-unwritable = не удаётся записать каталог: { $detail }

## check: редакторские проверки

duplicate-title = заголовок «{ $title }» уже есть у { $first }
review-overdue = срок проверки истёк { $date }
unreachable-page = ни один список не ведёт на эту страницу
source-home-page = адрес источника { $url } — главная страница сайта, а не документ
external-link-status = внешняя ссылка { $url } отвечает кодом { $status }
external-link-no-answer = внешняя ссылка { $url } не отвечает: { $detail }
offline = ни одна из внешних ссылок ({ $count }) не ответила: есть ли у компьютера интернет?
translation-missing = нет перевода ({ $lang }), который обещает раздел
translation-differs = `{ $field }` не совпадает с оригиналом { $original }: там { $theirs }, здесь { $ours }
translation-lacks = `{ $field }` здесь нет, а в оригинале { $original } — { $theirs }
translation-adds = `{ $field }` здесь { $ours }, а в оригинале { $original } этого поля нет
untranslated-on-translation = поле `untranslated` читается только в оригинале, { $original }
untranslated-but-exists = в `untranslated` указан { $lang }, но перевод { $path } уже есть
file-name-not-slug = имя файла «{ $name }» не из строчных латинских букв, цифр и дефисов: страница будет опубликована по адресу { $address }
folder-name-not-slug = имя папки «{ $name }» не из строчных латинских букв, цифр и дефисов: раздел будет опубликован по адресу { $address }
name-not-fat = файл «{ $name }» нельзя скопировать на флешку (FAT32/exFAT)
name-reserved-on-windows = имя «{ $name }» занято в Windows, с любым расширением
path-too-long = путь длиной { $count } { $count ->
        [one] знак
        [few] знака
       *[other] знаков
    }, больше { $max }
case-clash = отличается от { $first } только заглавными и строчными буквами
unsafe-html-site = unsafe_html = true — HTML всех страниц публикуется как есть, вместе с программами
unsafe-html-page = unsafe_html: true — HTML этой страницы публикуется как есть, вместе с программами
draft-complete = всё заполнено

## Папки вывода

folder-output = папка для сайта
folder-cache = папка кэша
folder-holds-root = { $role } { $folder } — это папка сайта или она её содержит: сборка заменила бы исходные файлы сайта; выберите, например, { $suggestion }
folder-in-sources = { $role } { $folder } совпадает с { $sources } или лежит внутри, а там исходные файлы сайта; выберите, например, { $suggestion }
folder-foreign = { $role } { $folder } содержит файлы, которые записал не ecolib (например, { $example }); сборка заменяет папку целиком и удалила бы их: выберите пустую или новую папку или добавьте --force, чтобы всё же заменить её
cache-in-output = папка кэша { $cache } совпадает с папкой для сайта { $output }, содержит её или лежит внутри: разведите их
folder-is-file = { $role } { $folder } — это файл, а не папка

## Как исправить

did-you-mean = может быть, «{ $suggestion }»?
did-you-mean-field = может быть, `{ $suggestion }`?
did-you-mean-link = может быть, { $suggestion }?
did-you-mean-anchor = может быть, #{ $suggestion }?
help-config-root = запустите ecolib в папке сайта или укажите --root; искали в { $root }
help-config-reference = см. README.md, раздел «site.toml reference»
help-language-code = используйте код из двух или трёх строчных латинских букв (ISO 639), например ru, kk, en или kaa
help-default-language = добавьте для него таблицу [languages.<код>] или смените default_language
help-base-url = напишите его так: https://example.org/library
help-offline-zip-url = укажите, где будет лежать архив, сделанный `ecolib pack --zip`, например https://example.org/library.zip
help-output-dir-plain = укажите простое имя, например public
help-output-dir-own = укажите отдельную папку, например public
help-timezone = укажите название из базы часовых поясов IANA, например Asia/Atyrau или UTC
help-add-localized = добавьте { $lang } = "…" в [{ $table }]
help-slug-chars = используйте строчные латинские буквы, цифры и дефисы
help-add-label = добавьте { $lang } = "…" в его строку в [{ $table }]
help-use-vocabulary = используйте один из ключей [{ $table }] в site.toml: { $keys }
help-theme = укажите theme = "default" или положите тему в themes/
help-copy-strings = скопируйте i18n/{ $default }.toml в i18n/{ $lang }.toml и переведите
help-strings-syntax = пишите по одной строке ключ = "текст"
help-add-string = добавьте { $key } = "…", переведя из i18n/{ $default }.toml
help-remove-string = удалите её или добавьте во все языки
help-add-offline-zip-url = добавьте offline_zip_url = "https://…/library.zip" — адрес, по которому будет лежать архив
help-make-zip = сначала сделайте архив: ecolib pack --zip ФАЙЛ
help-create-home = создайте content/_index.md для главной страницы; как — сказано в README.md
help-copy-file = скопируйте сюда сам файл вместо ссылки на него
help-copy-folder = скопируйте сюда саму папку вместо ссылки на неё
help-save-utf8 = сохраните файл в кодировке UTF-8 (в Блокноте: Сохранить как → Кодировка: UTF-8)
help-start-front-matter = начните файл строкой `---`, затем поля (title: …) и ещё одна строка `---`
help-close-front-matter = добавьте строку `---` после последнего поля, перед текстом
help-add-title-field = добавьте между строками `---` хотя бы `title: …`
help-field-spelling = проверьте написание; все поля перечислены в docs/front-matter.md
help-date-form = пишите даты в виде ГГГГ-ММ-ДД
help-add-field = добавьте поле; какие поля нужны каждому виду, сказано в docs/front-matter.md
help-close-quotes = закройте кавычки или скобки, которые открываются здесь, в строке этого поля
help-delete-control = удалите здесь невидимый знак (если его не видно, наберите строку заново)
help-value-form = проверьте вид значения: список пишут [a, b] или строками, начинающимися с `- `; текст с двоеточием берут в кавычки
help-yaml-line = проверьте эту строку: отступы, двоеточия, кавычки
help-unclosed-bracket = скобки, открытые в строке { $line }, не закрыты: добавьте `{ $bracket }`
help-translation-name = называйте переводы <имя>.<язык>.md, где язык — один из: { $codes }
help-add-section-index = добавьте в папку _index.md с заголовком, чтобы у страниц был раздел
help-keep-one = оставьте один из них; у основного языка ({ $lang }) приставки в имени нет
help-create-home-page = создайте его, указав в полях хотя бы `title:`
help-slug-rules = только строчные латинские буквы, цифры и дефисы, без / и ..
help-internal-link-form = напишите путь страницы в кавычках: "@/раздел/страница.md"
help-name-a-page = укажите страницу, а не раздел
help-internal-link-syntax = пишите внутренние ссылки так: @/раздел/страница.md — путь файла внутри content/
help-check-link-path = проверьте путь: это путь файла внутри content/, например @/conventions/tehran-convention.md
help-attachment-beside = положите файл рядом со страницей и укажите только его имя
help-put-file-at = положите файл в { $path } или исправьте имя
help-alias-form = напишите старый адрес от корня сайта, например old/section/page/
help-rename-or-slug = переименуйте один из файлов или задайте одному другой `slug:`
help-reserved-folder = переименуйте папку или задайте странице `slug:`; { $dir } занята
help-url-taken = дайте старому адресу или странице адрес, которого нет у созданных и копируемых файлов, или переименуйте файл
help-site-languages = используйте один из кодов языков из [languages] в site.toml: { $codes }
help-language-codes = используйте коды языков из [languages] в site.toml
help-remove-untranslated = уберите { $lang } из `untranslated`
help-title = дайте странице заголовок на её языке
help-shorten-summary = сократите до одного-двух предложений, остальное перенесите в текст
help-add-summary = добавьте краткое содержание в одно-два предложения (не больше 300 знаков)
help-add-topics = укажите от 1 до 5 тем из [topics] в site.toml
help-add-sources = укажите хотя бы один источник: - {"{"}title: …, url: https://…{"}"}
help-add-date = укажите date: ГГГГ-ММ-ДД — дату самого документа (принятия, события, публикации)
help-add-review-by = в документах этого вида есть сведения, которые устаревают: укажите review_by: ГГГГ-ММ-ДД — когда их перепроверить
help-add-doc-type = добавьте doc_type: с ключом из [doc_types] в site.toml, например page или guide
help-fewer-topics = оставьте темы, которым посвящена страница; остальное перенесите в tags
help-remove-block = удалите блок или смените doc_type (сейчас «{ $doc_type }»)
help-block-fields = его поля перечислены в docs/front-matter.md
help-add-parent = добавьте в блок instrument строку parent: "@/conventions/<конвенция>.md"
help-iso-codes = пишите двумя заглавными латинскими буквами: AZ, IR, KZ, RU, TM
help-check-dates = сверьте обе даты с официальным источником
help-section-field = удалите его или перенесите текст на страницу раздела
help-remove-from-page = удалите его с этой страницы
help-keep-date = оставьте дату, если она известна, или уберите её и оставьте date_unknown
help-say-unconfirmed = напишите в unconfirmed, что известно о дате и где её уточнить
help-event-date = добавьте date: ГГГГ-ММ-ДД в блок event: или date_unknown: true, если дата никому не известна
help-source-title = назовите документ или страницу, откуда взяты сведения
help-full-address = напишите полный адрес, начиная с https://
help-template-syntax = исправьте шаблон: у каждого {"{"}% тега %{"}"} должен быть свой {"{"}% end… %{"}"}, у каждого {"{{"} — свой {"}}"}
help-template-variable = проверьте названную переменную или фильтр; что доступно шаблонам, сказано в README темы
help-template-loop = шаблон не может включать, импортировать или расширять сам себя, ни прямо, ни через другие
help-anchor-list = заголовки страницы: { $anchors }
help-no-headings = на странице нет заголовков, на которые можно сослаться
help-raw-html = напишите это средствами Markdown или, если HTML должен остаться как есть, добавьте в поля `unsafe_html: true`
help-remove-attribute = уберите этот атрибут
help-link-inside = поставьте ссылку на страницу или файл библиотеки
help-download-file = сайт должен работать без интернета: скачайте файл, положите его рядом со страницей и укажите его имя
help-download-image = скачайте картинку, положите её рядом со страницей и укажите имя файла: ![описание](map.png)
help-link-kinds = ссылайтесь на страницу (@/раздел/страница.md), на файл рядом со страницей или на адрес https://
help-image-alt = напишите в квадратных скобках, что на картинке: ![Карта Каспия](map.png)
help-relative-links = ссылайтесь на страницы так: @/раздел/страница.md, а на файлы — путём от этой страницы
help-file-beside = положите файл рядом со страницей или исправьте путь
help-files-inside = ссылайтесь только на файлы внутри content/
help-write-internal = пишите @/раздел/страница.md
help-distinct-title = дайте каждой странице свой заголовок
help-review = сверьте сведения страницы с источниками и поставьте новые даты в review_by и updated
help-index-chain = в каждой папке, вплоть до content/, нужен _index.md на этом или основном языке
help-cite-document = укажите сам документ, а не главную страницу сайта: откройте его и скопируйте адрес
help-new-address = найдите новый адрес документа на его сайте или дайте ссылку на архивную копию
help-go-online = запустите check --external ещё раз, когда будет интернет
help-add-translation = добавьте { $file } или напишите `untranslated: [{ $lang }]`, если перевода этой страницы не будет
help-same-facts = у перевода те же даты, вид, темы и статус, что у оригинала: перенесите значение из оригинала или исправьте оригинал, если ошибка в нём
help-move-to-original = перенесите эту строку в оригинал или удалите её
help-rename-file = переименуйте файл в { $file } (и его переводы так же) или добавьте в поля `slug: { $slug }`
help-rename-folder = переименуйте папку в { $name }
help-fat-names = используйте латинские буквы, цифры и дефисы; без < > : " \ | ? * и без точки или пробела в конце
help-windows-names = переименуйте: Windows не может скопировать или открыть файлы с именами CON, PRN, AUX, NUL, COM1–COM9 и LPT1–LPT9
help-shorten-path = сократите имя папки или файла
help-case-clash = флешки не различают такие имена: переименуйте один из файлов
help-unsafe-site = уберите эту строку, если HTML редакторов никто не проверяет: без неё ecolib очищает HTML
help-unsafe-page = уберите это поле, когда HTML станет не нужен: без него ecolib очищает HTML
help-publish-draft = удалите строку `draft: true`, чтобы опубликовать страницу

## Сообщения команд

report-failed = ошибок — { $errors }, предупреждений — { $warnings }: ничего не записано, прежняя версия сайта не изменилась.
report-warnings = предупреждений — { $warnings }.
build-summary = страниц — { $pages }, разделов — { $sections }; в { $dir } записано файлов: { $files } ({ $megabytes } МБ) за { $ms } мс
check-does-not-build = сайт не собирается
check-links-checked = внешних ссылок — { $count }, проверены
check-links-unchecked = внешних ссылок — { $count }, не проверялись (--external)
check-summary = проверено страниц — { $pages }, разделов — { $sections }; { $links }{ $drafts ->
        [0] {""}
       *[other] ; черновиков — { $drafts } (не публикуются; чего в них не хватает — в заметках)
    }
check-totals = { $summary }: ошибок — { $errors }, предупреждений — { $warnings }{ $notes ->
        [0] {""}
       *[other] , заметок — { $notes }
    }
check-strict = --strict: предупреждения считаются ошибками
serve-rebuilt = сайт пересобран за { $ms } мс
serve-has-errors = на сайте ошибки: показывается последняя рабочая версия
serve-port-in-use = порт { $port } занят (может быть, ecolib serve уже запущен): остановите другую программу или выберите другой порт: --port { $next }
serve-started = библиотека открыта по адресу { $address } (Ctrl-C — остановить)
new-title-control = в заголовке есть перенос строки, табуляция или другой управляющий знак: напишите его в одну строку
new-unknown-language = «{ $lang }» — не язык этого сайта (в site.toml есть: { $codes })
new-did-you-mean = может быть, «{ $suggestion }»?{" "}
new-unknown-type = неизвестный вид документа «{ $doc_type }»: { $hint }выберите один из: { $all }
new-no-slug = укажите страницу как <раздел>/<имя> или добавьте --title: имя получится из заголовка
new-bad-place = нельзя создать страницу «{ $path }»: { $problem }. Укажите её как <раздел>/<имя> внутри { $content }/, например guides/complaint: строчные латинские буквы, цифры и дефисы, не больше { $max } знаков в каждой части (из них получится адрес)
new-no-section = раздела { $section } нет (нет _index.md): сначала создайте его (папку с файлом _index.md, где есть хотя бы `title: …`) или выберите другой раздел
new-exists = { $file } уже есть: ecolib new никогда не перезаписывает страницы
name-absolute = это абсолютный путь
name-backslash = в нём есть обратная косая черта \
name-empty = в нём есть пустая часть
name-dots = «{ $part }» вывело бы за пределы папки раздела
name-leading-hyphen = «{ $part }» начинается с дефиса
name-too-long = в «{ $part }» { $count } { $count ->
        [one] знак
        [few] знака
       *[other] знаков
    }, больше { $max }
name-not-slug = в «{ $part }» есть знаки, кроме строчных латинских букв, цифр и дефисов
name-no-slug-in-title = в заголовке нет букв или цифр, из которых получилось бы имя страницы
search-no-index = не удаётся открыть поисковый индекс
search-failed = ошибка поиска
search-nothing-found = по запросу «{ $query }» ничего не найдено
build-preparing = не удаётся подготовить { $dir }
build-config-changed = site.toml изменился во время сборки: запустите её ещё раз
build-indexing = не удаётся построить поисковый индекс
build-exporting = не удаётся выгрузить поисковый индекс
build-index-panicked = сбой при построении поискового индекса
build-writing-site = не удаётся записать сайт в { $dir }
build-writing-index = не удаётся записать поисковый индекс в { $dir }
build-replacing = не удаётся заменить { $dir }
build-replacing-index = не удаётся заменить поисковый индекс

## Виды документов в site.toml, файлы темы (assets.toml), заготовки new

doc-type-declaration = вид документа «{ $doc_type }»: { $detail }
doc-type-skeleton-outside = вид документа «{ $doc_type }»: заготовка «{ $file }» лежит не внутри сайта
doc-type-parent-without-instrument = вид документа «{ $doc_type }»: parent_required относится к блоку instrument, а у вида нет block = "instrument"
doc-type-schema-mismatch = вид документа «{ $doc_type }»: тип schema.org «{ $schema }» не может нести свойства JSON-LD блока { $block }
assets-syntax = assets.toml: { $detail }
asset-path-outside = «{ $path }» — не путь внутри папки static/ темы (пишите так: js/search.js)
asset-not-script = «{ $path }» — не скрипт: пакет собирается из файлов .js и записывается одним файлом
asset-missing = «{ $path }» — такого файла нет в папке static/ темы
bundle-empty = в пакете { $output } нет частей
bundle-twice = два пакета записываются в один файл { $output }
script-syntax = синтаксическая ошибка JavaScript: { $detail }
theme-file-unreadable = не удаётся прочитать файл темы: { $detail }
theme-file-not-utf8 = файл не в кодировке UTF-8
help-doc-type-declaration = укажите только названия (page = { "{" } ru = "…", en = "…" { "}" }) или таблицу с labels = { "{" } … { "}" } и любыми из полей document, block, review_by_required, parent_required, schema_org, skeleton (docs/front-matter.md, «Declaring a document type»)
help-skeleton-path = укажите путь от корня сайта, например skeletons/report.md
help-parent-required = добавьте block = "instrument" или уберите parent_required
help-schema-for-block = при block = "{ $block }" укажите schema_org = { $types }
help-assets = см. themes/default/README.md, раздел «Scripts and assets»
help-asset-paths = пути в assets.toml указываются внутри папки static/ темы
help-script-syntax = исправьте скрипт: сборка объединяет и сжимает скрипты темы и останавливается на синтаксической ошибке
new-skeleton-unreadable = не удалось прочитать { $file } — заготовку вида «{ $doc_type }» из site.toml: { $detail }

## init, pack и verify

init-done = Новый сайт создан в { $dir } ({ $languages }). Дальше: ecolib serve --root { $dir }; руководство для редакторов — { $dir }/README.md.
init-base-url = --base-url «{ $url }» — не полный адрес http(s): напишите его так: https://example.org/library
init-language-unsupported = ecolib init создаёт сайты на языках { $languages } (языки встроенной темы), а не «{ $lang }»; другой язык можно добавить позже, скопировав тему и создав в ней i18n/<код>.toml
init-language-twice = --lang { $lang } указан дважды
init-not-empty = папка { $dir } не пуста: ecolib init создаёт сайт только в новой или пустой папке
init-not-folder = { $dir } — не папка: укажите папку, в которой создать сайт
init-cannot-create = не удаётся создать { $path }: { $detail }
init-cannot-read = не удаётся прочитать { $path }: { $detail }
init-cannot-write = не удаётся записать { $path }: { $detail }
pack-site-has-errors = в сайте есть ошибки: ничего не упаковано
pack-done-in = упаковано за { $ms } мс
pack-no-target = укажите --to ПАПКА или --zip ФАЙЛ
pack-bad-name = --name должно быть одним именем папки, допустимым на флешке, а не «{ $name }»
pack-bad-name-because = --name должно быть одним именем папки, допустимым на флешке, а не «{ $name }»: { $problem }
pack-from-not-folder = --from { $dir } — не папка с собранным сайтом
pack-to-missing = --to { $dir }: такой папки нет (флешка вставлена и подключена?)
pack-to-is-pack = --to { $dir } — это сама папка пакета: укажите папку, в которой она лежит ({ $parent })
pack-overlap = папка пакета { $pack } и собранный сайт { $built } пересекаются
pack-target-is-file = { $path } — файл, а не папка: выберите другое --name
pack-target-foreign = в { $pack } есть файлы, которые записал не ecolib (например, { $example }): выберите другое --name или добавьте --clean, чтобы заменить их
pack-fat-refused = на флешку (FAT32/exFAT, которую читают в Windows) эти файлы не записать; ничего не скопировано:
pack-and-more = … и ещё { $count }
pack-fat-too-large = { $path }: { $size } { $size ->
        [one] байт
        [few] байта
       *[other] байт
    }; FAT32 вмещает файлы до 4 ГиБ − 1 байт
pack-fat-character = { $path }: знак { $character } нельзя использовать в именах на флешке FAT
pack-fat-trailing-dot = { $path }: имя с точкой или пробелом в конце на флешке FAT теряется
pack-fat-reserved = { $path }: это имя занято в Windows (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, с любым расширением)
pack-fat-name-too-long = { $path }: длина имени — { $count } { $count ->
        [one] знак
        [few] знака
       *[other] знаков
    }, а FAT допускает { $max }
pack-fat-path-too-long = { $path }: путь от корня флешки вместе с `X:\` — { $count } { $count ->
        [one] знак
        [few] знака
       *[other] знаков
    }, а Windows открывает не больше { $max }
pack-fat-case = { $path }: отличается от { $other } только заглавными и строчными буквами; на флешке FAT оба не поместятся
pack-fat-folder-full = { $folder }: папке нужно записей каталога — { $count }, а FAT допускает { $max }
pack-space-unchecked = свободное место на { $dir } в этой системе не проверялось
pack-no-space = на { $dir } свободно { $free }, а этому пакету нужно ещё { $needed }; ничего не скопировано
pack-megabytes = { $whole },{ $tenths } МБ
pack-progress = файлов: { $done } из { $count }
pack-zip-done = в { $zip } ({ $zip_size }) упаковано файлов — { $count } ({ $size })
pack-start-page-kept = { $file } записал не ecolib, файл оставлен как есть
pack-folder-done = скопировано файлов — { $copied } ({ $size }), удалено — { $removed }, без изменений — { $unchanged }: { $pack } обновлён; проверьте его командой `ecolib verify { $dir }`
pack-cannot-read = не удаётся прочитать { $path }: { $detail }
pack-cannot-write = не удаётся записать { $path }: { $detail }
pack-cannot-remove = не удаётся удалить { $path }: { $detail }
pack-bad-manifest = { $path } — не манифест, который может прочитать ecolib: { $detail }
pack-cannot-write-zip = не удаётся записать ZIP-архив { $path }: { $detail }
verify-no-pack = в { $dir } нет упакованной библиотеки: там нет ни { $name }/{ $manifest }, ни { $manifest }
verify-incomplete = не завершено: последняя упаковка в { $pack } не закончилась (её прервали или она не удалась); запустите `ecolib pack` ещё раз, чтобы завершить её
verify-missing = нет файла: { $path }
verify-size-changed = изменён: { $path } (байт — { $found }, а в манифесте — { $expected })
verify-content-changed = изменён: { $path } (SHA-256 не совпадает с манифестом)
verify-extra = лишний: { $path } (его нет в манифесте)
verify-origin = пакета от { $built_at } (ecolib { $version })
verify-origin-commit = пакета от { $built_at }, коммит { $commit } (ecolib { $version })
verify-exact = { $pack }: точная копия { $origin }, проверено файлов — { $count }
verify-not-exact = { $pack }: не точная копия { $origin }: нет — { $missing }, изменено — { $changed }, лишних — { $extra } из { $count } { $count ->
        [one] файла
       *[other] файлов
    }
