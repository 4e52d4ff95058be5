# ecolib's messages in English. Every diagnostic has an entry named after its code's name (codes.rs),
# with `.example` (what triggers it) and `.fix` (what to do) for docs/diagnostics.md. ru.ftl and kk.ftl
# have the same entries with the same arguments (a test compares them). Keep codes, file and field names
# untranslated.

## Labels of the report

label-error = error
label-warning = warning
label-note = note
label-help = help
label-in = in { $place }
draft-gap = draft: { $message }

## site.toml and the theme

config-unreadable = cannot read site.toml: { $detail }
    .example = ecolib build --root some/other/folder
    .fix = Run ecolib in the site's folder (the one with site.toml) or pass --root.
config-syntax = { $detail }
    .example = a key written twice, a missing quote, an unknown key in site.toml
    .fix = Correct site.toml at the line shown; README.md, section "site.toml reference", lists every key.
language-code = "{ $code }" is not a language code
    .example = [languages.Russian]
    .fix = Name each [languages.<code>] table with a code of two or three lowercase letters: ISO 639-1 such as ru, kk or en, or ISO 639-3 such as kaa for a language without a two-letter code.
default-language-unknown = default_language "{ $value }" is not one of [languages]
    .example = default_language = "de" without a [languages.de] table
    .fix = Add a [languages.<code>] table for it, or change default_language.
base-url-not-absolute = base_url "{ $value }" is not an absolute http(s) URL
    .example = base_url = "example.org"
    .fix = Write the full address: https://example.org/library.
offline-zip-url-not-absolute = offline_zip_url "{ $value }" is not an absolute http(s) URL
    .example = offline_zip_url = "library.zip"
    .fix = Write the full address where the ZIP made by `ecolib pack --zip` is published.
paginate-by-zero = paginate_by must be at least 1
    .example = paginate_by = 0
    .fix = Set paginate_by to the number of entries per listing page, e.g. 20.
output-dir-outside = output_dir "{ $value }" must be a folder inside the site root
    .example = output_dir = "../public"
    .fix = Use a plain folder name such as public.
output-dir-in-sources = output_dir "{ $value }" is or lies inside { $sources }, which holds the site's sources: a build would replace them
    .example = output_dir = "content/out"
    .fix = Use a folder of its own, such as public.
timezone-unknown = timezone "{ $value }" is not an IANA time zone name
    .example = timezone = "Asia/Atyrua"
    .fix = Use a name from the IANA time zone database, such as Asia/Atyrau or UTC.
localized-entry-missing = { $table } has no "{ $lang }" entry
    .example = [title] without an en = "…" line on a site with English
    .fix = Add the language's line under the table.
vocabulary-key-not-slug = { $vocabulary } key "{ $key }" is not a slug
    .example = [topics."Oil spills"]
    .fix = Use lowercase Latin letters, digits and hyphens for vocabulary keys.
vocabulary-label-missing = { $vocabulary } "{ $key }" has no label for "{ $lang }"
    .example = a topic with ru and en labels on a site that also has kk
    .fix = Add the label in that language to the key's entry.
theme-not-found = theme "{ $theme }" not found at { $path }
    .example = theme = "dark" with no themes/dark folder
    .fix = Set theme = "default" or put the theme under themes/.
theme-strings-unreadable = cannot read the theme's strings for "{ $lang }": { $detail }
    .example = a site language with no i18n/<lang>.toml in the theme
    .fix = Copy the default language's i18n file to i18n/<lang>.toml and translate it.
theme-strings-syntax = { $detail }
    .example = a missing quote in themes/default/i18n/kk.toml
    .fix = Write one key = "text" per line.
theme-string-missing = the string "{ $key }" is missing in { $lang }
    .example = a key in i18n/ru.toml that i18n/kk.toml lacks
    .fix = Add the key, translated from the default language's file.
theme-string-extra = the string "{ $key }" is not in the default language's file
    .example = a key only in i18n/en.toml
    .fix = Remove it, or add it to every language.
offline-zip-without-url = --offline-zip was given, but site.toml has no offline_zip_url
    .example = ecolib build --offline-zip library.zip
    .fix = Add offline_zip_url = "https://…/library.zip" to site.toml: where the ZIP will be published.
offline-zip-unreadable = cannot read the ZIP: { $detail }
    .example = ecolib build --offline-zip missing.zip
    .fix = Make the ZIP first: ecolib pack --zip FILE.

## Loading files and front matter

content-missing = there is no content/ folder
    .example = a site folder with site.toml but no content/
    .fix = Create content/_index.md for the home page; README.md shows how.
file-unreadable = cannot read: { $detail }
    .example = a page the user running ecolib may not read
    .fix = Check the file's permissions, or close the program that holds it.
unknown-topic = unknown topic "{ $value }"
    .example = topics: [oil-spil]
    .fix = Use a key of [topics] in site.toml; the help names the closest one.
unknown-doc-type = unknown doc_type "{ $value }"
    .example = doc_type: gide
    .fix = Use a key of [doc_types] in site.toml.
unknown-status = unknown status "{ $value }"
    .example = status: in-forse
    .fix = Use a key of [statuses] in site.toml.
unknown-geography = unknown geography "{ $value }"
    .example = geography: [caspian]
    .fix = Use a key of [geography] in site.toml.
unknown-pillar = unknown pillar "{ $value }"
    .example = pillars: [justice]
    .fix = Use a key of [pillars] in site.toml.
unknown-audience = unknown audience "{ $value }"
    .example = audience: [students-and-teachers]
    .fix = Use a key of [audiences] in site.toml.
symbolic-link = { $path } is a symbolic link; ecolib does not follow links
    .example = content/docs/x.md linking to a file elsewhere
    .fix = Copy the file or folder into content/ instead of linking to it.
not-utf8 = the file is not valid UTF-8 (byte { $byte } of the file)
    .example = a page saved in Windows-1251
    .fix = Save the file in UTF-8 (in Notepad: Save as → Encoding: UTF-8).
no-front-matter = the file does not start with front matter
    .example = a page starting with "# Title"
    .fix = Start the file with a line ---, the fields (title: …), and another --- line.
front-matter-not-closed = the front matter is not closed
    .example = a page with an opening --- line but no closing one
    .fix = Add a line --- after the last field, before the text.
front-matter-empty = the front matter is empty
    .example = two --- lines with nothing between them
    .fix = Add at least title: … between the --- lines.
yaml-syntax = { $problem }{ $context }
    .example = title: Law: an overview
    .fix = Correct the YAML at the place shown: put text with a colon in quotes, indent with spaces, close quotes and brackets.
unknown-field = unknown field `{ $field }`
    .example = titel: …
    .fix = Correct the field's name; docs/front-matter.md lists every field.
wrong-type = { $at }invalid type: { $found }, expected { $expected }
    .example = topics: oil-spills (a list is needed)
    .fix = Write the value in the form the field needs: lists as [a, b], dates as YYYY-MM-DD, true or false.
unknown-variant = { $at }unknown variant `{ $value }`, expected one of { $allowed }
    .example = sort_by: dat
    .fix = Use one of the values listed.
duplicate-field = { $at }duplicate field `{ $name }`
    .example = title written twice
    .fix = Keep one of the lines.
missing-field = { $at }missing field `{ $name }`
    .example = a source with a title but no url
    .fix = Add the field.
invalid-date = { $at }invalid date "{ $value }": write a real calendar date as YYYY-MM-DD, e.g. 2006-08-12
    .example = date: 2006-13-45
    .fix = Write a real date as YYYY-MM-DD.
file-language-unknown = "{ $suffix }" is not a language of this site
    .example = content/docs/page.de.md or page.deu.md on a site without German
    .fix = Name translations <name>.<language>.md with a language of [languages] in site.toml.
front-matter-invalid = { $at }{ $detail }
    .example = a value the YAML reader cannot use in that field
    .fix = Correct the value at the place shown.

## Parts of YAML and front-matter messages

at-field = { $field }:{" "}
at-top = {""}
field-name = { $field }
field-item = { $list } (item { $item }){ $rest }
yaml-problem-mapping-values = mapping values are not allowed in this context
yaml-problem-block-entries = block sequence entries are not allowed in this context
yaml-problem-expected-key = did not find expected key
yaml-problem-expected-sequence-end = did not find expected ',' or ']'
yaml-problem-expected-mapping-end = did not find expected ',' or '{"}"}'
yaml-problem-expected-node = did not find expected node content
yaml-problem-expected-dash = did not find expected '-' indicator
yaml-problem-expected-colon = could not find expected ':'
yaml-problem-end-of-stream = found unexpected end of stream
yaml-problem-control-characters = control characters are not allowed
yaml-problem-tab = found a tab character that violates indentation
yaml-problem-tab-indent = found a tab character where an indentation space is expected
yaml-problem-bad-start = found character that cannot start any token
yaml-problem-escape = found unknown escape character
yaml-problem-tag = found undefined tag handle
yaml-problem-anchor = unknown anchor
yaml-problem-documents = deserializing from YAML containing more than one document is not supported
yaml-problem-other = { $detail }
yaml-context-quoted = , while scanning a quoted scalar
yaml-context-quoted-parse = , while parsing a quoted scalar
yaml-context-plain = , while scanning a plain scalar
yaml-context-simple-key = , while scanning a simple key
yaml-context-block-mapping = , while parsing a block mapping
yaml-context-flow-sequence = , while parsing a flow sequence
yaml-context-flow-mapping = , while parsing a flow mapping
yaml-context-flow-node = , while parsing a flow node
yaml-context-block-collection = , while parsing a block collection
yaml-context-block-node = , while parsing a block node
yaml-context-node = , while parsing a node
yaml-context-block-scalar = , while scanning a block scalar
yaml-context-other = , { $detail }
yaml-context-none = {""}
found-string = string "{ $value }"
found-integer = integer `{ $value }`
found-float = floating point `{ $value }`
found-boolean = boolean `{ $value }`
found-sequence = sequence
found-map = map
found-unit = unit value
found-other = { $detail }
expected-string = a string
expected-boolean = a boolean
expected-integer = an integer
expected-unsigned = a whole number of 0 or more
expected-sequence = a sequence
expected-date = a date written YYYY-MM-DD
expected-fields = fields written name: value
expected-other = { $detail }

## The model: fields, references, URLs

section-index-missing = the folder content/{ $dir }/ has no _index.md
    .example = content/reports/x.md without content/reports/_index.md
    .fix = Add an _index.md with a title to the folder.
duplicate-document = { $first } is the same document in the same language ({ $lang }) as this file
    .example = content/a.md and content/a.ru.md when ru is the default language
    .fix = Keep one of them; the default language needs no suffix in the file name.
home-page-missing = the home page content/_index.md is missing
    .example = content/ without _index.md
    .fix = Create content/_index.md with at least title: in its front matter.
slug-not-segment = slug "{ $slug }" is not a single URL segment
    .example = slug: ../../etc
    .fix = Use lowercase Latin letters, digits and hyphens only, no / or ..
not-internal-link = { $field }: "{ $value }" is not an internal link
    .example = instruments: [tehran.md]
    .fix = Write the page's path as "@/section/page.md", in quotes.
link-to-section = { $field }: "{ $value }" is a section, not a document
    .example = instruments: ["@/conventions/_index.md"]
    .fix = Name a page, not a section.
internal-link-not-md = internal link "{ $link }" does not name a .md file
    .example = [text](@/docs/page)
    .fix = Write internal links as @/section/page.md, the path of the file under content/.
broken-internal-link = broken internal link: there is no { $file }
    .example = [text](@/docs/nope.md)
    .fix = Correct the path; the help names the closest page.
attachment-outside = attachment "{ $file }" is outside the page's folder
    .example = attachments: [{"{"} file: ../x.pdf {"}"}]
    .fix = Put the file beside the page and give its name only.
attachment-language = attachment language "{ $lang }" is not a language code
    .example = lang: russian
    .fix = Use a language code of two or three lowercase letters, such as ru, kk, en or kaa.
attachment-missing = attachment "{ $file }" does not exist
    .example = attachments: [{"{"} file: missing.docx {"}"}]
    .fix = Put the file beside the page, or correct its name.
alias-outside = alias "{ $alias }" is not a path inside the site
    .example = aliases: [../../x/]
    .fix = Write the old address relative to the site root, e.g. old/section/page/.
url-claimed-twice = two pages claim the URL /{ $url }: { $first } and { $second }
    .example = two pages with the same slug: in one section
    .fix = Rename one of the files or give one a different slug:.
reserved-folder = { $by } would write into { $dir }, which the theme and search use
    .example = a section folder content/search/
    .fix = Rename the folder or give the page a slug:.
url-taken = { $by } would write /{ $url }, but /{ $folder } is already { $owner }
    .example = aliases: [sitemap.xml/]
    .fix = Give the alias or page an address that no generated or copied file has.
not-a-site-language = "{ $value }" is not a language of this site
    .example = untranslated: [de] on a site without German
    .fix = Use the codes under [languages] in site.toml.
untranslated-own-language = `untranslated` lists { $lang }, the language of this page itself
    .example = untranslated: [ru] on a Russian page
    .fix = Remove the page's own language from `untranslated`.
title-empty = the title is empty
    .example = title: ""
    .fix = Give the page a title in its language.
summary-too-long = the summary has { $count } characters, more than { $max }
    .example = a summary of three paragraphs
    .fix = Shorten it to one or two sentences; put the rest in the text.
field-missing = `{ $field }` is missing
    .example = a document without summary:
    .fix = Add the field; docs/front-matter.md says which fields each type needs.
too-many-topics = { $count } topics given; at most 5 are allowed
    .example = topics: [a, b, c, d, e, f]
    .fix = Keep the topics the page is mainly about; use tags for the rest.
block-not-for-type = `{ $block }:` is only for doc_type { $types }
    .example = an instrument: block on a guide
    .fix = Remove the block or change doc_type.
block-unused = `{ $block }:` is not used by any doc_type of this site
    .example = an event: block when no type in site.toml declares block = "event"
    .fix = Remove the block, or declare a type with that block in site.toml.
block-missing = doc_type "{ $doc_type }" needs an `{ $block }:` block
    .example = doc_type: convention without instrument:
    .fix = Add the block; docs/front-matter.md lists its fields.
protocol-without-parent = doc_type "{ $doc_type }" needs `parent:`, the instrument it belongs to
    .example = a protocol's instrument: block without parent:
    .fix = Add parent: "@/<section>/<page>.md" to the instrument block.
party-not-iso = party "{ $party }" is not an ISO 3166 country code
    .example = parties: [Kazakhstan]
    .fix = Use two capital letters: AZ, IR, KZ, RU, TM.
in-force-before-adoption = in_force { $in_force } is before the adoption date { $adopted }
    .example = adopted 2003-11-04, in_force: 2003-01-01
    .fix = Check both dates against the official source.
page-field-on-section = `{ $field }` is not used on a section's _index.md
    .example = doc_type: in content/docs/_index.md
    .fix = Remove it, or move the text into a page of the section.
section-field-on-page = `{ $field }` is only used in a section's _index.md
    .example = sort_by: on a page
    .fix = Remove it from the page.
date-unknown-with-date = `date_unknown: true` beside a date
    .example = date: 2024-05-01 and date_unknown: true
    .fix = Keep the date if it is known, or remove it and keep date_unknown.
date-unknown-unconfirmed = `date_unknown: true` needs a line in `unconfirmed`
    .example = date_unknown: true with no unconfirmed:
    .fix = Say in unconfirmed what is known of the date and where to check it.
event-without-date = `event` has no `date`
    .example = an event: block without date:
    .fix = Add date: YYYY-MM-DD under event:, or date_unknown: true if nobody knows it.
source-without-title = a source has no title
    .example = sources: [{"{"} title: "", url: https://… {"}"}]
    .fix = Name the document or page the facts come from.
source-url-not-web = source URL "{ $url }" is not a web address
    .example = url: adilet.zan.kz
    .fix = Write the full address starting with https://.

## Who writes a URL (in url-claimed-twice, reserved-folder, url-taken)

claimant-generated = the generated { $file }
claimant-feed = the { $lang } feed
claimant-search-page = the { $lang } search page
claimant-list = the { $kind } list
claimant-alias = an alias in { $path }
claimant-file = { $path }
claimant-section-page = { $path } ({ $lang })

## Rendering: Markdown, raw HTML, templates

template-syntax = template syntax error: { $detail }
    .example = a {"{"}% if %{"}"} without its {"{"}% endif %{"}"}
    .fix = Every {"{"}% tag %{"}"} needs its {"{"}% end… %{"}"}, every {"{{"} needs {"}}"}.
template-render = { $detail } (while rendering { $page })
    .example = {"{{"} page.nonexistent.field {"}}"} in a template
    .fix = Check the variable or filter named; the theme README lists what templates can use.
template-unreadable = cannot read template: { $detail }
    .example = a template file ecolib may not read
    .fix = Check the file's permissions.
template-load = { $detail }
    .example = a template that extends one that does not exist
    .fix = Correct the template named in the message.
template-loop = templates include each other in a loop: { $chain }
    .example = page.html including page.html
    .fix = A template cannot include, import or extend itself, directly or through others.
broken-anchor = broken anchor: "{ $page }" has no heading with id "{ $anchor }"
    .example = [text](@/docs/page.md#nowhere)
    .fix = Link to a heading the page has; the help lists them.
broken-anchor-here = broken anchor: this page has no heading with id "{ $anchor }"
    .example = [text](#nowhere)
    .fix = Link to a heading of this page; the help lists them.
raw-html-removed = raw HTML <{ $tag }> is removed: it is not allowed in pages
    .example = <script>…</script> in a page
    .fix = Write it in Markdown, or mark the page unsafe_html: true if it must stay as written.
raw-html-script-attribute = raw HTML attribute { $attribute } on <{ $tag }> is removed: pages cannot run script
    .example = <img onerror="…">
    .fix = Remove the attribute.
script-url-in-html = the URL "{ $url }" in <{ $tag } { $attribute }> can run script
    .example = <a href="javascript:…">
    .fix = Link to a page or a file of the site instead.
remote-file-in-html = <{ $tag } { $attribute }="{ $url }"> loads a file from another host
    .example = <iframe src="https://…">
    .fix = The site must work offline: download the file, put it next to the page and link it by its name.
remote-image = the image "{ $url }" is loaded from another host, which fails offline
    .example = ![map](https://example.org/map.png)
    .fix = Download the image, put it next to the page and write its file name.
script-link = the link "{ $url }" can run script in the visitor's browser
    .example = [text](javascript:alert(1))
    .fix = Link to a page (@/section/page.md), a file beside this page or an https:// address.
image-without-alt = an image has no description (alt text)
    .example = ![](map.png)
    .fix = Write what the image shows between the brackets.
root-absolute-link = the link "{ $url }" starts with /, which breaks when the site is opened from a USB stick
    .example = [text](/docs/convention/)
    .fix = Link pages as @/section/page.md and files by their path relative to the page's file.
linked-file-missing = the file "{ $file }" does not exist (looked for { $looked })
    .example = ![map](nope.png)
    .fix = Put the file beside the page, or correct the path.
link-leaves-content = the path "{ $file }" leaves the content folder
    .example = [text](../../site.toml)
    .fix = Link only files inside content/.
link-unreadable = cannot read the link "{ $link }"
    .example = a relative link that cannot be made into a page's path
    .fix = Write @/section/page.md.
catalog-unwritable = cannot write the catalog: { $detail }
    .example = a document whose metadata the CSV writer refuses
    .fix = Report it: this is a bug in ecolib.

## check: editorial lints

duplicate-title = the title «{ $title }» is also used by { $first }
    .example = two pages titled «Guide» in one language
    .fix = Give each page a title that tells it apart.
review-overdue = review was due on { $date }
    .example = review_by: 2021-01-01
    .fix = Check the page's facts against its sources, then set review_by and updated to new dates.
unreachable-page = no listing reaches this page
    .example = a page in a folder whose _index.md is missing in its language
    .fix = Every folder needs an _index.md in this language or the default one, up to content/_index.md.
source-home-page = the source URL { $url } is a site's home page, not a document
    .example = url: https://adilet.zan.kz
    .fix = Cite the exact document: open it and copy its address.
external-link-status = the external link { $url } answers { $status }
    .example = a link to a page that was removed (404)
    .fix = Find the document's new address on its site, or link an archived copy.
external-link-no-answer = the external link { $url } does not answer: { $detail }
    .example = a link to a site that no longer exists
    .fix = Find the document's new address, or link an archived copy.
offline = none of the { $count } external links answered: is this computer online?
    .example = check --external without a network
    .fix = Run check --external again with a working internet connection.
translation-missing = no { $lang } translation, which the section promises
    .example = a section with languages: [ru, en] and a page with no .en.md
    .fix = Add the translation, or write untranslated: [<lang>] on the page.
translation-differs = `{ $field }` differs from the original { $original }: { $theirs } there, { $ours } here
    .example = a translation with another date than its original
    .fix = A translation keeps the original's dates, type, topics and status: copy the value from the original.
translation-lacks = `{ $field }` is missing here, but the original { $original } has { $theirs }
    .example = a translation without the original's review_by
    .fix = Copy the value from the original.
translation-adds = `{ $field }` is { $ours } here, but the original { $original } has none
    .example = a translation with a review_by the original lacks
    .fix = Move the value to the original, or remove it.
untranslated-on-translation = `untranslated` is read only on the original, { $original }
    .example = untranslated: on a .en.md file
    .fix = Move the line to the original, or remove it.
untranslated-but-exists = `untranslated` lists { $lang }, but { $path } exists
    .example = untranslated: [en] while page.en.md exists
    .fix = Remove the language from `untranslated`.
file-name-not-slug = the file name «{ $name }» is not in lowercase Latin letters, digits and hyphens: the page is published at { $address }
    .example = content/docs/Закон.md
    .fix = Rename the file, or add slug: to its front matter.
folder-name-not-slug = the folder name «{ $name }» is not in lowercase Latin letters, digits and hyphens: the section is published at { $address }
    .example = content/Законы/
    .fix = Rename the folder.
name-not-fat = the name «{ $name }» cannot be copied to a USB stick (FAT32/exFAT)
    .example = content/docs/what?.md
    .fix = Use Latin letters, digits and hyphens; no < > : " \ | ? *, no dot or space at the end.
name-reserved-on-windows = the name «{ $name }» is reserved on Windows, whatever the extension
    .example = content/docs/nul.txt
    .fix = Rename it: Windows cannot copy or open CON, PRN, AUX, NUL, COM1–COM9 or LPT1–LPT9.
path-too-long = the path is { $count } characters long, more than { $max }
    .example = folders nested ten deep with long names
    .fix = Shorten the folder or file name.
case-clash = differs from { $first } only in upper/lower case
    .example = content/docs/Law.md and content/docs/law.md
    .fix = USB sticks do not tell such names apart: rename one of them.
unsafe-html-site = unsafe_html = true: raw HTML in every page is published as written, scripts included
    .example = unsafe_html = true in site.toml
    .fix = Remove it unless every editor's HTML is reviewed.
unsafe-html-page = unsafe_html: true: this page's raw HTML is published as written, scripts included
    .example = unsafe_html: true in a page
    .fix = Remove it when the page no longer needs raw HTML.
draft-complete = nothing is missing
    .example = a page with draft: true and every field filled in
    .fix = Remove the line draft: true to publish the page.

## Output folders (usage errors)

folder-output = output folder
folder-cache = cache folder
folder-holds-root = the { $role } { $folder } is the site root or holds it: writing there would replace the site's sources; choose a folder such as { $suggestion }
    .example = ecolib build --output .
    .fix = Choose a folder of its own, such as public.
folder-in-sources = the { $role } { $folder } is or lies inside { $sources }, which holds the site's sources; choose a folder such as { $suggestion }
    .example = ecolib build --output content
    .fix = Choose a folder outside the sources, such as public.
folder-foreign = the { $role } { $folder } holds files ecolib did not write (such as { $example }); ecolib replaces its output folder whole, so it would delete them: choose an empty or new folder, or pass --force to replace it anyway
    .example = ecolib build --output ~/Documents
    .fix = Choose an empty or new folder, or pass --force.
cache-in-output = the cache folder { $cache } is or holds the output folder { $output }, or lies inside it; keep them apart
    .example = ecolib build --cache public/.cache
    .fix = Keep the cache and the output in separate folders.
folder-is-file = the { $role } { $folder } is a file, not a folder
    .example = ecolib build --output notes.txt
    .fix = Give a folder.

## Help

did-you-mean = did you mean "{ $suggestion }"?
did-you-mean-field = did you mean `{ $suggestion }`?
did-you-mean-link = did you mean { $suggestion }?
did-you-mean-anchor = did you mean #{ $suggestion }?
help-config-root = run ecolib in the site's folder or pass --root; looked in { $root }
help-config-reference = see README.md, section "site.toml reference"
help-language-code = use a code of two or three lowercase letters (ISO 639), such as ru, kk, en or kaa
help-default-language = add a [languages.<code>] table for it or change default_language
help-base-url = write it like https://example.org/library
help-offline-zip-url = write where the ZIP made by `ecolib pack --zip` is published, like https://example.org/library.zip
help-output-dir-plain = use a plain name such as public
help-output-dir-own = use a folder of its own such as public
help-timezone = use a name from the IANA time zone database, such as Asia/Atyrau or UTC
help-add-localized = add { $lang } = "…" under [{ $table }]
help-slug-chars = use lowercase Latin letters, digits and hyphens
help-add-label = add { $lang } = "…" to its entry in [{ $table }]
help-use-vocabulary = use one of the [{ $table }] keys in site.toml: { $keys }
help-theme = set theme = "default" or put the theme under themes/
help-copy-strings = copy i18n/{ $default }.toml to i18n/{ $lang }.toml and translate it
help-strings-syntax = write one key = "text" per line
help-add-string = add { $key } = "…" translated from i18n/{ $default }.toml
help-remove-string = remove it or add it to every language
help-add-offline-zip-url = add offline_zip_url = "https://…/library.zip": where the ZIP will be published
help-make-zip = make the ZIP first: ecolib pack --zip FILE
help-create-home = create content/_index.md for the home page; README.md shows how
help-copy-file = copy the file here instead of linking to it
help-copy-folder = copy the folder here instead of linking to it
help-save-utf8 = save the file in UTF-8 encoding (in Notepad: Save as → Encoding: UTF-8)
help-start-front-matter = start the file with a line `---`, the fields (title: …), and another `---` line
help-close-front-matter = add a line `---` after the last front-matter field, before the text
help-add-title-field = add at least `title: …` between the `---` lines
help-field-spelling = check the spelling; docs/front-matter.md lists every field
help-date-form = write dates as YYYY-MM-DD
help-add-field = add the field; docs/front-matter.md says which fields each type needs
help-close-quotes = close the quotes or brackets that open here, on this field's line
help-delete-control = delete the invisible character here (retype the line if you cannot see it)
help-value-form = check the value's form: lists are [a, b] or lines starting with `- `; text with a colon needs quotes
help-yaml-line = check the YAML syntax on this line: indentation, colons, quotes
help-unclosed-bracket = the brackets opened on line { $line } are not closed: add `{ $bracket }`
help-translation-name = name translations <name>.<language>.md with one of: { $codes }
help-add-section-index = add an _index.md with a title to the folder, so the pages have a section
help-keep-one = keep one of them; the default language ({ $lang }) needs no suffix
help-create-home-page = create it with at least `title:` in its front matter
help-slug-rules = use lowercase Latin letters, digits and hyphens only, no / or ..
help-internal-link-form = write the page's path as "@/section/page.md" (in quotes)
help-name-a-page = name a page
help-internal-link-syntax = write internal links as @/section/page.md, the path of the file under content/
help-check-link-path = check the path: it is the file's path under content/, e.g. @/conventions/tehran-convention.md
help-attachment-beside = put the file beside the page and give its name only
help-put-file-at = put the file at { $path }, or correct the name
help-alias-form = write the old address relative to the site root, e.g. old/section/page/
help-rename-or-slug = rename one of the files or give one a different `slug:`
help-reserved-folder = rename the folder or give the page a `slug:`; { $dir } is reserved
help-url-taken = give the alias or page an address that no generated or copied file has, or rename the file
help-site-languages = use one of the codes under [languages] in site.toml: { $codes }
help-language-codes = use the codes under [languages] in site.toml
help-remove-untranslated = remove { $lang } from `untranslated`
help-title = give the page a title in its language
help-shorten-summary = shorten it to one or two sentences; put the rest in the text
help-add-summary = add a plain-language summary of one or two sentences (at most 300 characters)
help-add-topics = add 1 to 5 topics from [topics] in site.toml
help-add-sources = add at least one source: - {"{"}title: …, url: https://…{"}"}
help-add-date = add date: YYYY-MM-DD, the document's own key date (adoption, event, publication)
help-add-review-by = this type states facts that go stale: add review_by: YYYY-MM-DD, when to re-check them
help-add-doc-type = add doc_type: with a key from [doc_types] in site.toml, e.g. page or guide
help-fewer-topics = keep the topics the page is mainly about; use tags for the rest
help-remove-block = remove the block or change doc_type (now "{ $doc_type }")
help-block-fields = docs/front-matter.md lists its fields
help-add-parent = add parent: "@/conventions/<convention>.md" to the instrument block
help-iso-codes = use two capital letters: AZ, IR, KZ, RU, TM
help-check-dates = check both dates against the official source
help-section-field = remove it, or move the text into a page of the section
help-remove-from-page = remove it from this page
help-keep-date = keep the date if it is known, or remove it and keep date_unknown
help-say-unconfirmed = say in unconfirmed what is known of the date and where to check it
help-event-date = add date: YYYY-MM-DD under event:, or date_unknown: true if nobody knows it
help-source-title = name the document or page the facts come from
help-full-address = write the full address starting with https://
help-template-syntax = fix the template syntax: every {"{"}% tag %{"}"} needs its {"{"}% end… %{"}"}, every {"{{"} needs {"}}"}
help-template-variable = check the variable or filter named above; the theme README lists what templates can use
help-template-loop = a template cannot include, import or extend itself, directly or through others
help-anchor-list = the page's headings are: { $anchors }
help-no-headings = the page has no headings to link to
help-raw-html = write it in Markdown, or mark the page `unsafe_html: true` if it must stay as written
help-remove-attribute = remove the attribute
help-link-inside = link to a page or a file of the site instead
help-download-file = the site must work offline: download the file, put it next to the page and link it by its name
help-download-image = download the image, put it next to the page and write its file name: ![описание](map.png)
help-link-kinds = link to a page (@/section/page.md), a file beside this page or an https:// address
help-image-alt = write what the image shows between the brackets: ![Карта Каспия](map.png)
help-relative-links = link pages as @/section/page.md and files by their path relative to this page's file
help-file-beside = put the file beside the page or correct the path
help-files-inside = link only files inside content/
help-write-internal = write @/section/page.md
help-distinct-title = give each page a title that tells it apart
help-review = check the page's facts against its sources, then set review_by and updated to new dates
help-index-chain = every folder needs an _index.md in this language or the default one, up to content/_index.md
help-cite-document = cite the exact document, not the site's home page: open it and copy its address
help-new-address = find the document's new address on its site, or link an archived copy
help-go-online = run check --external again with a working internet connection
help-add-translation = add { $file }, or write `untranslated: [{ $lang }]` if this page will not be translated
help-same-facts = a translation keeps the original's dates, type, topics and status: copy the value from the original, or correct the original if the mistake is there
help-move-to-original = move the line to the original, or remove it
help-rename-file = rename the file to { $file } (and its other language versions alike), or add `slug: { $slug }` to its front matter
help-rename-folder = rename the folder to { $name }
help-fat-names = use Latin letters, digits and hyphens; no < > : " \ | ? *, no dot or space at the end
help-windows-names = rename it: Windows cannot copy or open CON, PRN, AUX, NUL, COM1–COM9 or LPT1–LPT9
help-shorten-path = shorten the folder or file name
help-case-clash = USB sticks do not tell such names apart: rename one of them
help-unsafe-site = remove it unless every editor's HTML is reviewed; ecolib sanitises raw HTML without it
help-unsafe-page = remove it when the page no longer needs raw HTML; without it ecolib sanitises the HTML
help-publish-draft = remove the line `draft: true` to publish the page

## Command messages

report-failed = { $errors } error(s), { $warnings } warning(s): nothing was written; the previous output is unchanged.
report-warnings = { $warnings } warning(s).
build-summary = { $pages } pages, { $sections } sections, { $files } files ({ $megabytes } MB) written to { $dir } in { $ms } ms
check-does-not-build = the site does not build
check-links-checked = { $count } external links checked
check-links-unchecked = { $count } external links not checked (use --external)
check-summary = { $pages } pages, { $sections } sections checked, { $links }{ $drafts ->
        [0] {""}
       *[other] , { $drafts } drafts (not published; their gaps are notes)
    }
check-totals = { $summary }: { $errors } error(s), { $warnings } warning(s){ $notes ->
        [0] {""}
       *[other] , { $notes } note(s)
    }
check-strict = --strict: warnings count as errors
serve-rebuilt = rebuilt in { $ms } ms
serve-has-errors = the site has errors: the last good version is still served
serve-port-in-use = port { $port } is in use: stop the other program or choose another port with --port { $next }
serve-started = serving the library at { $address } (Ctrl-C to stop)
new-title-control = the title has a line break, tab or another control character: write it on one line
new-unknown-language = "{ $lang }" is not a language of this site (site.toml has: { $codes })
new-did-you-mean = did you mean "{ $suggestion }"?{" "}
new-unknown-type = unknown type "{ $doc_type }": { $hint }use one of { $all }
new-no-slug = give the page as <section>/<slug>, or a --title to make the slug from
new-bad-place = cannot make a page at "{ $path }": { $problem }. Give it as <section>/<slug> inside { $content }/, e.g. guides/complaint: lowercase Latin letters, digits and hyphens, at most { $max } characters each (they become the address)
new-no-section = there is no section { $section } (no _index.md): create it first (the folder with an _index.md holding at least `title: …`) or pick another section
new-exists = { $file } already exists: ecolib new never overwrites a page
name-absolute = it is an absolute path
name-backslash = it has a backslash \
name-empty = it has an empty part
name-dots = "{ $part }" would leave the section's folder
name-leading-hyphen = "{ $part }" starts with a hyphen
name-too-long = "{ $part }" has { $count } characters, more than { $max }
name-not-slug = "{ $part }" has characters other than lowercase Latin letters, digits and hyphens
name-no-slug-in-title = the title has no letter or digit to make the page's name from
search-no-index = opening the search index
search-failed = searching
search-nothing-found = nothing found for «{ $query }»
build-preparing = preparing { $dir }
build-config-changed = site.toml changed during the build: run it again
build-indexing = building the search index
build-exporting = exporting the search index
build-index-panicked = the search index thread panicked
build-writing-site = writing the site to { $dir }
build-writing-index = writing the search index to { $dir }
build-replacing = replacing { $dir }
build-replacing-index = replacing the search index

## Document types declared in site.toml, the theme's assets (assets.toml), new's skeletons

doc-type-declaration = doc type "{ $doc_type }": { $detail }
    .example = [doc_types.x] with labels and an unknown key such as blok = "law"
    .fix = Write the labels only, or a table with labels and any of document, block, review_by_required, parent_required, schema_org, skeleton.
doc-type-skeleton-outside = doc type "{ $doc_type }": skeleton "{ $file }" is not a file inside the site
    .example = skeleton = "../other/report.md"
    .fix = Give the skeleton's path from the site root, such as skeletons/report.md.
doc-type-parent-without-instrument = doc type "{ $doc_type }": parent_required is a field of the instrument block, but the type has no block = "instrument"
    .example = parent_required = true on a type with block = "law"
    .fix = Add block = "instrument" or remove parent_required.
doc-type-schema-mismatch = doc type "{ $doc_type }": schema_org "{ $schema }" cannot carry the { $block } block's JSON-LD properties
    .example = block = "event" with schema_org = "Legislation"
    .fix = Pick a schema.org type that fits the block (the help names them).
assets-syntax = assets.toml: { $detail }
    .example = [[bundle]] with out = "x.js" instead of output
    .fix = Fix the line named; themes/default/README.md, "Scripts and assets", shows the format.
asset-path-outside = "{ $path }" is not a path inside the theme's static/ folder (write it like js/search.js)
    .example = parts = ["../app.js"]
    .fix = Name files by their path inside the theme's static/ folder.
asset-not-script = "{ $path }" is not a script: bundles are made of .js files and written as one
    .example = parts = ["style.css"]
    .fix = List only .js files in a bundle; copy other files with hashed = [ … ].
asset-missing = "{ $path }" is not a file of the theme's static/ folder
    .example = parts = ["js/missing.js"]
    .fix = Correct the name, or add the file to the theme's static/ folder.
bundle-empty = the bundle { $output } has no parts
    .example = [[bundle]] output = "js/all.js" with parts = []
    .fix = List the scripts the bundle is made of, in the order they must run.
bundle-twice = two bundles are written as { $output }
    .example = two [[bundle]] tables with output = "js/search.js"
    .fix = Give each bundle its own output name.
script-syntax = JavaScript syntax error: { $detail }
    .example = a theme script with an unclosed bracket: if (a
    .fix = Fix the script at the line shown: the build bundles and minifies the theme's scripts.
theme-file-unreadable = cannot read the theme's file: { $detail }
    .example = a theme file without read permission
    .fix = Make the file readable, or remove it from assets.toml.
theme-file-not-utf8 = the file is not UTF-8 text
    .example = a script saved as Windows-1251
    .fix = Save the file as UTF-8.
help-doc-type-declaration = write the labels only (page = { "{" } ru = "…", en = "…" { "}" }) or a table with labels = { "{" } … { "}" } and any of document, block, review_by_required, parent_required, schema_org, skeleton (docs/front-matter.md, "Declaring a document type")
help-skeleton-path = give its path from the site root, such as skeletons/report.md
help-parent-required = add block = "instrument" or remove parent_required
help-schema-for-block = with block = "{ $block }" use schema_org = { $types }
help-assets = see themes/default/README.md, section "Scripts and assets"
help-asset-paths = paths in assets.toml are inside the theme's static/ folder
help-script-syntax = fix the script: the build bundles and minifies the theme's scripts and stops on a syntax error
new-skeleton-unreadable = cannot read { $file }, the skeleton site.toml names for doc type "{ $doc_type }": { $detail }

## init, pack and verify

init-done = A new site in { $dir } ({ $languages }). Next: ecolib serve --root { $dir }; the editors' guide is { $dir }/README.md.
init-base-url = --base-url "{ $url }" is not an absolute http(s) address: write it like https://example.org/library
init-language-unsupported = ecolib init writes sites in { $languages } (the languages of the built-in theme), not "{ $lang }"; add a language later by copying the theme and its i18n/<lang>.toml
init-language-twice = --lang { $lang } is given twice
init-not-empty = { $dir } is not empty: ecolib init writes a new site only into a new or empty folder
init-not-folder = { $dir } is not a folder: give the folder to create the site in
init-cannot-create = cannot create { $path }: { $detail }
init-cannot-read = cannot read { $path }: { $detail }
init-cannot-write = cannot write { $path }: { $detail }
pack-site-has-errors = the site has errors: nothing was packed
pack-done-in = packed in { $ms } ms
pack-no-target = give --to DIR or --zip FILE
pack-bad-name = --name must be one folder name a USB stick can hold, not "{ $name }"
pack-bad-name-because = --name must be one folder name a USB stick can hold, not "{ $name }": { $problem }
pack-from-not-folder = --from { $dir } is not a folder with a built site
pack-to-missing = --to { $dir }: no such folder (is the stick plugged in and mounted?)
pack-to-is-pack = --to { $dir } is a pack folder itself: give the folder that holds it ({ $parent })
pack-overlap = the pack folder { $pack } and the built site { $built } overlap
pack-target-is-file = { $path } is a file, not a folder: choose another --name
pack-target-foreign = { $pack } holds files no pack wrote (for example { $example }): choose another --name, or pass --clean to replace them
pack-fat-refused = a USB stick (FAT32/exFAT, read on Windows) cannot hold these files; nothing was copied:
pack-and-more = … and { $count } more
pack-fat-too-large = { $path }: { $size } bytes; FAT32 holds files up to 4 GiB − 1 byte
pack-fat-character = { $path }: the character { $character } is not allowed in names on a FAT stick
pack-fat-trailing-dot = { $path }: a name ending in a dot or a space is lost on a FAT stick
pack-fat-reserved = { $path }: Windows reserves this name (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, with any extension)
pack-fat-name-too-long = { $path }: the name is { $count } characters long; FAT allows { $max }
pack-fat-path-too-long = { $path }: the path from the stick's root is { $count } characters with `X:\`; Windows opens at most { $max }
pack-fat-case = { $path }: differs from { $other } only in case; a FAT stick cannot hold both
pack-fat-folder-full = { $folder }: the folder needs { $count } directory entries; FAT allows { $max }
pack-space-unchecked = the free space on { $dir } was not checked on this system
pack-no-space = { $dir } has { $free } free and this pack needs { $needed } more; nothing was copied
pack-megabytes = { $whole }.{ $tenths } MB
pack-progress = { $done }/{ $count } files
pack-zip-done = { $count } files ({ $size }) packed into { $zip } ({ $zip_size })
pack-start-page-kept = { $file } was not written by ecolib and is left as it is
pack-folder-done = copied { $copied } files ({ $size }), removed { $removed }, unchanged { $unchanged }: { $pack } is up to date; check it with `ecolib verify { $dir }`
pack-cannot-read = cannot read { $path }: { $detail }
pack-cannot-write = cannot write { $path }: { $detail }
pack-cannot-remove = cannot remove { $path }: { $detail }
pack-bad-manifest = { $path } is not a manifest ecolib can read: { $detail }
pack-cannot-write-zip = cannot write the ZIP { $path }: { $detail }
verify-no-pack = no packed library in { $dir }: neither { $name }/{ $manifest } nor { $manifest } is there
verify-incomplete = incomplete: the last pack into { $pack } did not finish (it was interrupted or failed); run `ecolib pack` again to complete it
verify-missing = missing: { $path }
verify-size-changed = changed: { $path } ({ $found } bytes, the manifest says { $expected })
verify-content-changed = changed: { $path } (its SHA-256 differs from the manifest)
verify-extra = extra: { $path } (not in the manifest)
verify-origin = the pack of { $built_at } (ecolib { $version })
verify-origin-commit = the pack of { $built_at }, commit { $commit } (ecolib { $version })
verify-exact = { $pack }: exact copy of { $origin }, { $count } files checked
verify-not-exact = { $pack }: not an exact copy of { $origin }: { $missing } missing, { $changed } changed, { $extra } extra of { $count } files
