# ecolib хабарламалары қазақ тілінде. Жазбалары мен аргументтері en.ftl-дегідей (мұны тест тексереді);
# кодтар, файл мен өріс атаулары аударылмайды. Терминдер: файл, бума, жол, бет, бөлім, өріс, мән, тізім,
# атау (title), тақырып (topic), сілтеме, мекенжай, дереккөз, аударма, жоба (draft).

## Есеп белгілері

label-error = қате
label-warning = ескерту
label-note = ескертпе
label-help = қалай түзету керек
label-in = файл: { $place }
draft-gap = жоба: { $message }

## site.toml және безендіру тақырыбы

config-unreadable = site.toml файлын оқу мүмкін емес: { $detail }
config-syntax = site.toml файлында қате бар: { $detail }
language-code = «{ $code }» тіл коды емес
default-language-unknown = default_language «{ $value }» [languages] ішінде жоқ
base-url-not-absolute = base_url «{ $value }» толық http(s) мекенжайы емес
offline-zip-url-not-absolute = offline_zip_url «{ $value }» толық http(s) мекенжайы емес
paginate-by-zero = paginate_by кемінде 1 болуы керек
output-dir-outside = output_dir «{ $value }» сайт бумасының ішіндегі бума болуы керек
output-dir-in-sources = output_dir «{ $value }» { $sources } бумасымен бірдей немесе соның ішінде, ал онда сайттың бастапқы файлдары жатыр: құрастыру оларды ауыстырып жіберер еді
timezone-unknown = site.toml ішіндегі «{ $value }» уақыт белдеуі IANA базасындағы атау емес
localized-entry-missing = [{ $table }] ішінде «{ $lang }» тіліне арналған жол жоқ
vocabulary-key-not-slug = site.toml ішіндегі «{ $key }» кілті ({ $vocabulary }) кіші латын әріптерінен, цифрлардан және дефистерден тұруы керек
vocabulary-label-missing = site.toml ішіндегі «{ $key }» кілтінің ({ $vocabulary }) «{ $lang }» тіліндегі атауы жоқ
theme-not-found = «{ $theme }» безендіру тақырыбы табылмады: { $path }
theme-strings-unreadable = безендіру тақырыбының «{ $lang }» тіліндегі жолдарын оқу мүмкін емес: { $detail }
theme-strings-syntax = безендіру тақырыбының жолдар файлында қате бар: { $detail }
theme-string-missing = «{ $key }» жолы { $lang } тілінде жоқ
theme-string-extra = «{ $key }» жолы негізгі тілдің файлында жоқ
offline-zip-without-url = --offline-zip берілген, бірақ site.toml ішінде offline_zip_url жоқ
offline-zip-unreadable = мұрағатты оқу мүмкін емес: { $detail }

## Файлдарды оқу және өрістер

content-missing = content/ бумасы жоқ
file-unreadable = файлды оқу мүмкін емес: { $detail }
unknown-topic = «{ $value }» деген тақырып жоқ
unknown-doc-type = «{ $value }» деген құжат түрі жоқ
unknown-status = «{ $value }» деген мәртебе жоқ
unknown-geography = «{ $value }» деген география жоқ
unknown-pillar = «{ $value }» деген тірек жоқ
unknown-audience = «{ $value }» деген аудитория жоқ
symbolic-link = { $path } — символдық сілтеме; ecolib сілтемелер бойынша өтпейді
not-utf8 = файл UTF-8 кодтауымен сақталмаған ({ $byte }-байт)
no-front-matter = файл өрістерден (front matter) басталмайды
front-matter-not-closed = файлдың басындағы өрістер жабылмаған
front-matter-empty = файлдың басындағы өрістер бос
yaml-syntax = { $problem }{ $context }
unknown-field = `{ $field }` деген өріс жоқ
wrong-type = { $at }мұнда { $expected } керек, ал жазылғаны — { $found }
unknown-variant = { $at }`{ $value }` деген мән жоқ; болатын мәндер: { $allowed }
duplicate-field = { $at }`{ $name }` өрісі екі рет жазылған
missing-field = { $at }міндетті `{ $name }` өрісі жоқ
invalid-date = { $at }«{ $value }» күні қате: нақты күнді ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 2006-08-12
file-language-unknown = «{ $suffix }» бұл сайттың тілі емес
front-matter-invalid = { $at }{ $detail }

## YAML және өрістер туралы хабарламалардың бөліктері

at-field = { $field }:{" "}
at-top = {""}
field-name = { $field }
field-item = { $list } ({ $item }-тармақ){ $rest }
yaml-problem-mapping-values = мұнда бос орынмен келген қос нүкте («: ») тұра алмайды
yaml-problem-block-entries = мұнда тізім тармағы («- ») басталмайды
yaml-problem-expected-key = келесі өрістің аты табылмады
yaml-problem-expected-sequence-end = үтір немесе жабатын «]» жақшасы табылмады
yaml-problem-expected-mapping-end = үтір немесе жабатын «{"}"}» жақшасы табылмады
yaml-problem-expected-node = мән табылмады
yaml-problem-expected-dash = тізім тармағының «-» белгісі табылмады
yaml-problem-expected-colon = өріс атынан кейін қос нүкте табылмады
yaml-problem-end-of-stream = тырнақшалар не жақшалар жабылмай тұрып өрістер аяқталып қалды
yaml-problem-control-characters = мұнда көрінбейтін басқару таңбасы тұр (мысалы, нөлдік байт)
yaml-problem-tab = шегініс табуляциямен жасалған, ал бос орындар керек
yaml-problem-tab-indent = шегініс табуляциямен жасалған, ал бос орындар керек
yaml-problem-bad-start = мән бұл таңбадан басталмайды (мысалы, @, ` немесе табуляция): мәтінді тырнақшаға алыңыз, табуляцияны бос орындармен ауыстырыңыз
yaml-problem-escape = тырнақша ішінде кері қиғаш сызықпен «\» белгісіз тіркес тұр
yaml-problem-tag = «!…» деген белгісіз белгі: мәнді тырнақшаға алыңыз
yaml-problem-anchor = мән жұлдызшадан «*» басталады: оны тырнақшаға алыңыз
yaml-problem-documents = өрістер бір блок ретінде оқылмайды: жол басындағы шегіністерді тексеріңіз
yaml-problem-other = YAML қатесі: { $detail }
yaml-context-quoted = {" "}(тырнақшадағы мәтінде)
yaml-context-quoted-parse = {" "}(тырнақшадағы мәтінде)
yaml-context-plain = {" "}(өріс мәнінде)
yaml-context-simple-key = {""}
yaml-context-block-mapping = {" "}(өрістер тізімінде)
yaml-context-flow-sequence = {" "}(төртбұрышты жақшадағы тізімде)
yaml-context-flow-mapping = {" "}(бұйра жақшада)
yaml-context-flow-node = {" "}(жақшада)
yaml-context-block-collection = {" "}(тізімде)
yaml-context-block-node = {" "}(өріс мәнінде)
yaml-context-node = {" "}(өріс мәнінде)
yaml-context-block-scalar = {" "}(көп жолды мәтінде)
yaml-context-other = {" "}({ $detail })
yaml-context-none = {""}
found-string = «{ $value }» мәтіні
found-integer = { $value } саны
found-float = { $value } бөлшек саны
found-boolean = { $value } мәні
found-sequence = тізім
found-map = «атауы: мәні» өрістер жиыны
found-unit = бос мән
found-other = { $detail }
expected-string = мәтін
expected-boolean = true немесе false
expected-integer = бүтін сан
expected-unsigned = нөлден кем емес бүтін сан
expected-sequence = тізім
expected-date = ЖЖЖЖ-АА-КК түріндегі күн
expected-fields = «атауы: мәні» өрістер жиыны
expected-other = { $detail }

## Модель: өрістер, сілтемелер, мекенжайлар

section-index-missing = content/{ $dir }/ бумасында _index.md файлы жоқ
duplicate-document = { $first } — осы файлмен бір тілдегі ({ $lang }) бір құжат
home-page-missing = content/_index.md басты беті жоқ
slug-not-segment = slug «{ $slug }» мекенжайдың бір ғана бөлігі болуы керек
not-internal-link = { $field }: «{ $value }» ішкі сілтеме емес
link-to-section = { $field }: «{ $value }» — құжат емес, бөлім
internal-link-not-md = «{ $link }» ішкі сілтемесі .md файлын көрсетпейді
broken-internal-link = сілтеме ешқайда апармайды: { $file } файлы жоқ
attachment-outside = тіркелген «{ $file }» файлы беттің қасында жатқан жоқ
attachment-language = тіркелген файлдың «{ $lang }» тілі тіл коды емес
attachment-missing = тіркелген «{ $file }» файлы жоқ
alias-outside = «{ $alias }» ескі мекенжайы сайттан тыс жерге апарады
url-claimed-twice = /{ $url } мекенжайына екі бет үміткер: { $first } және { $second }
reserved-folder = { $by } безендіру тақырыбы мен іздеу алып отырған { $dir } бумасына жазылады
url-taken = { $by } /{ $url } мекенжайына жазады, бірақ /{ $folder } бұрыннан { $owner }
not-a-site-language = «{ $value }» бұл сайттың тілі емес
untranslated-own-language = `untranslated` ішінде { $lang } көрсетілген — бұл беттің өз тілі
title-empty = атауы бос
summary-too-long = қысқаша мазмұнда { $count } таңба бар, бұл { $max } таңбадан көп
field-missing = `{ $field }` өрісі жоқ
too-many-topics = { $count } тақырып көрсетілген; 5-тен аспауы керек
block-not-for-type = `{ $block }:` блогы тек мына түрлерде болады: { $types }
block-unused = `{ $block }:` блогы бұл сайттың ешбір құжат түрінде қолданылмайды
block-missing = «{ $doc_type }» түріне `{ $block }:` блогы керек
protocol-without-parent = «{ $doc_type }» түріне `parent:` өрісі керек — ол қатысты құжат
party-not-iso = «{ $party }» ISO 3166 ел коды емес
in-force-before-adoption = күшіне енген күні { $in_force } қабылданған күнінен { $adopted } бұрын тұр
page-field-on-section = `{ $field }` өрісі бөлімнің _index.md файлында қолданылмайды
section-field-on-page = `{ $field }` өрісі тек бөлімнің _index.md файлында болады
date-unknown-with-date = `date_unknown: true` күнмен қатар тұр
date-unknown-unconfirmed = `date_unknown: true` үшін `unconfirmed` ішінде жол керек
event-without-date = `event` блогында күні (`date`) жоқ
source-without-title = дереккөздің атауы жоқ
source-url-not-web = «{ $url }» дереккөз мекенжайы веб-мекенжай емес

## Мекенжайға кім жазады

claimant-generated = жасалатын { $file } файлы
claimant-feed = жаңалықтар таспасы ({ $lang })
claimant-search-page = іздеу беті ({ $lang })
claimant-list = «{ $kind }» тізімі
claimant-alias = { $path } ішіндегі ескі мекенжай
claimant-file = { $path }
claimant-section-page = { $path } ({ $lang })

## Шығару: Markdown, HTML, үлгілер

template-syntax = үлгіде қате бар: { $detail }
template-render = { $detail } ({ $page } құрастырылып жатқанда)
template-unreadable = үлгіні оқу мүмкін емес: { $detail }
template-load = үлгі қатесі: { $detail }
template-loop = үлгілер бірін-бірі шеңбер бойымен қосады: { $chain }
broken-anchor = бөлімге сілтеме ешқайда апармайды: «{ $page }» бетінде «{ $anchor }» якорі бар тақырыпша жоқ
broken-anchor-here = бөлімге сілтеме ешқайда апармайды: бұл бетте «{ $anchor }» якорі бар тақырыпша жоқ
raw-html-removed = <{ $tag }> HTML тегі алынып тасталды: беттерде оған тыйым салынған
raw-html-script-attribute = <{ $tag }> тегінің { $attribute } атрибуты алынып тасталды: беттер бағдарлама іске қоспайды
script-url-in-html = <{ $tag } { $attribute }> ішіндегі «{ $url }» мекенжайы бағдарламаны іске қосуы мүмкін
remote-file-in-html = <{ $tag } { $attribute }=«{ $url }»> файлды басқа сайттан жүктейді
remote-image = «{ $url }» суреті басқа сайттан жүктеледі, интернетсіз көрінбейді
script-link = «{ $url }» сілтемесі оқырманның браузерінде бағдарламаны іске қосуы мүмкін
image-without-alt = суреттің сипаттамасы (alt) жоқ
root-absolute-link = «{ $url }» сілтемесі / белгісінен басталады: флешкадан ол ашылмайды
linked-file-missing = «{ $file }» файлы жоқ (ізделген жер: { $looked })
link-leaves-content = «{ $file }» жолы content бумасынан тыс шығады
link-unreadable = «{ $link }» сілтемесін түсіну мүмкін емес
catalog-unwritable = каталогты жазу мүмкін емес: { $detail }

## check: редакторлық тексерулер

duplicate-title = «{ $title }» атауы { $first } бетінде де бар
review-overdue = тексеру мерзімі { $date } өтіп кетті
unreachable-page = бұл бетке ешбір тізім апармайды
source-home-page = { $url } дереккөз мекенжайы — құжат емес, сайттың басты беті
external-link-status = { $url } сыртқы сілтемесі { $status } кодымен жауап береді
external-link-no-answer = { $url } сыртқы сілтемесі жауап бермейді: { $detail }
offline = { $count } сыртқы сілтеменің ешқайсысы жауап бермеді: компьютерде интернет бар ма?
translation-missing = бөлім уәде еткен { $lang } аудармасы жоқ
translation-differs = `{ $field }` түпнұсқадағыдан ({ $original }) өзгеше: онда { $theirs }, мұнда { $ours }
translation-lacks = `{ $field }` мұнда жоқ, ал түпнұсқада ({ $original }) — { $theirs }
translation-adds = `{ $field }` мұнда { $ours }, ал түпнұсқада ({ $original }) бұл өріс жоқ
untranslated-on-translation = `untranslated` өрісі тек түпнұсқада оқылады: { $original }
untranslated-but-exists = `untranslated` ішінде { $lang } көрсетілген, бірақ { $path } аудармасы бар
file-name-not-slug = «{ $name }» файл аты кіші латын әріптерінен, цифрлардан және дефистерден тұрмайды: бет { $address } мекенжайында жарияланады
folder-name-not-slug = «{ $name }» бума аты кіші латын әріптерінен, цифрлардан және дефистерден тұрмайды: бөлім { $address } мекенжайында жарияланады
name-not-fat = «{ $name }» файлын флешкаға (FAT32/exFAT) көшіру мүмкін емес
name-reserved-on-windows = «{ $name }» аты Windows жүйесінде кез келген кеңейтіммен бос емес
path-too-long = жолдың ұзындығы { $count } таңба, бұл { $max } таңбадан көп
case-clash = { $first } файлынан тек бас және кіші әріптерімен ғана ерекшеленеді
unsafe-html-site = unsafe_html = true — барлық беттердің HTML-і бағдарламаларымен қоса сол күйінде жарияланады
unsafe-html-page = unsafe_html: true — бұл беттің HTML-і бағдарламаларымен қоса сол күйінде жарияланады
draft-complete = бәрі толтырылған

## Шығару бумалары

folder-output = сайт бумасы
folder-cache = кэш бумасы
folder-holds-root = { $role } { $folder } — сайттың өз бумасы немесе оны қамтиды: құрастыру сайттың бастапқы файлдарын ауыстырып жіберер еді; басқа буманы таңдаңыз, мысалы { $suggestion }
folder-in-sources = { $role } { $folder } { $sources } бумасымен бірдей немесе соның ішінде, ал онда сайттың бастапқы файлдары жатыр; басқа буманы таңдаңыз, мысалы { $suggestion }
folder-foreign = { $role } { $folder } ішінде ecolib жазбаған файлдар бар (мысалы, { $example }); құрастыру буманы толығымен ауыстырады да, оларды өшіріп жібереді: бос немесе жаңа буманы таңдаңыз, не бәрібір ауыстыру үшін --force қосыңыз
cache-in-output = { $cache } кэш бумасы { $output } сайт бумасымен бірдей, оны қамтиды немесе соның ішінде жатыр: оларды бөлек ұстаңыз
folder-is-file = { $role } { $folder } — бума емес, файл

## Қалай түзету керек

did-you-mean = мүмкін, «{ $suggestion }» болар?
did-you-mean-field = мүмкін, `{ $suggestion }` болар?
did-you-mean-link = мүмкін, { $suggestion } болар?
did-you-mean-anchor = мүмкін, #{ $suggestion } болар?
help-config-root = ecolib-ті сайт бумасында іске қосыңыз немесе --root көрсетіңіз; ізделген жер: { $root }
help-config-reference = README.md файлының «site.toml reference» бөлімін қараңыз
help-language-code = екі немесе үш кіші латын әрпінен тұратын кодты (ISO 639) жазыңыз, мысалы ru, kk, en немесе kaa
help-default-language = ол үшін [languages.<код>] кестесін қосыңыз немесе default_language мәнін өзгертіңіз
help-base-url = оны былай жазыңыз: https://example.org/library
help-offline-zip-url = `ecolib pack --zip` жасаған мұрағат жарияланатын мекенжайды жазыңыз, мысалы https://example.org/library.zip
help-output-dir-plain = қарапайым атау жазыңыз, мысалы public
help-output-dir-own = бөлек буманы көрсетіңіз, мысалы public
help-timezone = IANA уақыт белдеулері базасындағы атауды жазыңыз, мысалы Asia/Atyrau немесе UTC
help-add-localized = [{ $table }] ішіне { $lang } = "…" жолын қосыңыз
help-slug-chars = кіші латын әріптерін, цифрларды және дефистерді қолданыңыз
help-add-label = [{ $table }] ішіндегі оның жолына { $lang } = "…" қосыңыз
help-use-vocabulary = site.toml ішіндегі [{ $table }] кілттерінің бірін қолданыңыз: { $keys }
help-theme = theme = "default" деп жазыңыз немесе безендіру тақырыбын themes/ бумасына салыңыз
help-copy-strings = i18n/{ $default }.toml файлын i18n/{ $lang }.toml деп көшіріп, аударыңыз
help-strings-syntax = әр жолға бір кілт = "мәтін" жазыңыз
help-add-string = i18n/{ $default }.toml файлынан аударып, { $key } = "…" қосыңыз
help-remove-string = оны өшіріңіз немесе барлық тілдерге қосыңыз
help-add-offline-zip-url = offline_zip_url = "https://…/library.zip" қосыңыз — мұрағат жарияланатын мекенжай
help-make-zip = алдымен мұрағат жасаңыз: ecolib pack --zip ФАЙЛ
help-create-home = басты бет үшін content/_index.md жасаңыз; қалай жасау керегі README.md файлында айтылған
help-copy-file = сілтеменің орнына файлдың өзін осында көшіріңіз
help-copy-folder = сілтеменің орнына буманың өзін осында көшіріңіз
help-save-utf8 = файлды UTF-8 кодтауымен сақтаңыз (Блокнотта: Басқаша сақтау → Кодтау: UTF-8)
help-start-front-matter = файлды `---` жолынан бастаңыз, содан кейін өрістер (title: …) және тағы бір `---` жолы
help-close-front-matter = соңғы өрістен кейін, мәтіннің алдына `---` жолын қосыңыз
help-add-title-field = `---` жолдарының арасына кемінде `title: …` қосыңыз
help-field-spelling = жазылуын тексеріңіз; барлық өрістер docs/front-matter.md файлында берілген
help-date-form = күндерді ЖЖЖЖ-АА-КК түрінде жазыңыз
help-add-field = өрісті қосыңыз; әр түрге қандай өрістер керегі docs/front-matter.md файлында айтылған
help-close-quotes = осы жерде, осы өрістің жолында ашылған тырнақшаларды не жақшаларды жабыңыз
help-delete-control = осы жердегі көрінбейтін таңбаны өшіріңіз (көрінбесе, жолды қайта теріңіз)
help-value-form = мәннің түрін тексеріңіз: тізім [a, b] түрінде немесе `- ` белгісінен басталатын жолдармен жазылады; қос нүктесі бар мәтін тырнақшаға алынады
help-yaml-line = осы жолды тексеріңіз: шегіністер, қос нүктелер, тырнақшалар
help-unclosed-bracket = { $line }-жолда ашылған жақшалар жабылмаған: `{ $bracket }` қосыңыз
help-translation-name = аудармаларды <атау>.<тіл>.md деп атаңыз, мұндағы тіл мыналардың бірі: { $codes }
help-add-section-index = беттердің бөлімі болуы үшін бумаға атауы бар _index.md қосыңыз
help-keep-one = біреуін қалдырыңыз; негізгі тілдің ({ $lang }) файл атында тіл белгісі болмайды
help-create-home-page = оны жасап, өрістерге кемінде `title:` жазыңыз
help-slug-rules = тек кіші латын әріптері, цифрлар және дефистер, / және .. болмасын
help-internal-link-form = беттің жолын тырнақшаға алып жазыңыз: "@/бөлім/бет.md"
help-name-a-page = бөлімді емес, бетті көрсетіңіз
help-internal-link-syntax = ішкі сілтемелерді былай жазыңыз: @/бөлім/бет.md — content/ ішіндегі файлдың жолы
help-check-link-path = жолды тексеріңіз: бұл content/ ішіндегі файлдың жолы, мысалы @/conventions/tehran-convention.md
help-attachment-beside = файлды беттің қасына салып, тек атын көрсетіңіз
help-put-file-at = файлды { $path } орнына салыңыз немесе атын түзетіңіз
help-alias-form = ескі мекенжайды сайттың түбірінен бастап жазыңыз, мысалы old/section/page/
help-rename-or-slug = файлдардың бірінің атын өзгертіңіз немесе біреуіне басқа `slug:` беріңіз
help-reserved-folder = буманың атын өзгертіңіз немесе бетке `slug:` беріңіз; { $dir } бос емес
help-url-taken = ескі мекенжайға немесе бетке жасалатын не көшірілетін файлдарда жоқ мекенжай беріңіз, не файлдың атын өзгертіңіз
help-site-languages = site.toml ішіндегі [languages] тіл кодтарының бірін қолданыңыз: { $codes }
help-language-codes = site.toml ішіндегі [languages] тіл кодтарын қолданыңыз
help-remove-untranslated = { $lang } кодын `untranslated` ішінен алып тастаңыз
help-title = бетке өз тілінде атау беріңіз
help-shorten-summary = бір-екі сөйлемге дейін қысқартыңыз, қалғанын мәтінге көшіріңіз
help-add-summary = бір-екі сөйлемнен тұратын қысқаша мазмұн қосыңыз (300 таңбадан аспасын)
help-add-topics = site.toml ішіндегі [topics] бөлімінен 1-ден 5-ке дейін тақырып көрсетіңіз
help-add-sources = кемінде бір дереккөз көрсетіңіз: - {"{"}title: …, url: https://…{"}"}
help-add-date = date: ЖЖЖЖ-АА-КК көрсетіңіз — құжаттың өз күні (қабылданған, өткізілген, жарияланған)
help-add-review-by = бұл түрдегі құжаттарда ескіретін мәліметтер бар: review_by: ЖЖЖЖ-АА-КК көрсетіңіз — оларды қашан қайта тексеру керек
help-add-doc-type = site.toml ішіндегі [doc_types] кілтімен doc_type: қосыңыз, мысалы page немесе guide
help-fewer-topics = бет негізінен арналған тақырыптарды қалдырыңыз; қалғанын tags өрісіне көшіріңіз
help-remove-block = блокты алып тастаңыз немесе doc_type мәнін өзгертіңіз (қазір «{ $doc_type }»)
help-block-fields = оның өрістері docs/front-matter.md файлында берілген
help-add-parent = instrument блогына parent: "@/conventions/<конвенция>.md" жолын қосыңыз
help-iso-codes = екі бас латын әрпімен жазыңыз: AZ, IR, KZ, RU, TM
help-check-dates = екі күнді де ресми дереккөзбен салыстырыңыз
help-section-field = оны өшіріңіз немесе мәтінді бөлімнің бетіне көшіріңіз
help-remove-from-page = оны бұл беттен өшіріңіз
help-keep-date = күні белгілі болса, оны қалдырыңыз, әйтпесе өшіріп, date_unknown қалдырыңыз
help-say-unconfirmed = unconfirmed ішіне күн туралы не белгілі екенін және оны қайдан нақтылауға болатынын жазыңыз
help-event-date = event: блогына date: ЖЖЖЖ-АА-КК қосыңыз немесе күні ешкімге белгісіз болса, date_unknown: true жазыңыз
help-source-title = мәліметтер алынған құжаттың немесе беттің атын жазыңыз
help-full-address = https:// деп басталатын толық мекенжайды жазыңыз
help-template-syntax = үлгіні түзетіңіз: әр {"{"}% тегінің %{"}"} өз {"{"}% end… %{"}"} тегі, әр {"{{"} белгісінің өз {"}}"} белгісі болуы керек
help-template-variable = аталған айнымалыны немесе сүзгіні тексеріңіз; үлгілерге не қолжетімді екені безендіру тақырыбының README файлында айтылған
help-template-loop = үлгі өзін-өзі тікелей де, басқалар арқылы да қоса, импорттай не кеңейте алмайды
help-anchor-list = беттің тақырыпшалары: { $anchors }
help-no-headings = бетте сілтеме жасауға болатын тақырыпшалар жоқ
help-raw-html = мұны Markdown арқылы жазыңыз немесе HTML сол күйінде қалуы керек болса, өрістерге `unsafe_html: true` қосыңыз
help-remove-attribute = бұл атрибутты алып тастаңыз
help-link-inside = оның орнына кітапхананың бетіне немесе файлына сілтеме қойыңыз
help-download-file = сайт интернетсіз жұмыс істеуі керек: файлды жүктеп алып, беттің қасына салыңыз да, атымен сілтеме жасаңыз
help-download-image = суретті жүктеп алып, беттің қасына салыңыз да, файлдың атын жазыңыз: ![сипаттама](map.png)
help-link-kinds = бетке (@/бөлім/бет.md), беттің қасындағы файлға немесе https:// мекенжайына сілтеме жасаңыз
help-image-alt = суретте не бейнеленгенін төртбұрышты жақшаға жазыңыз: ![Каспий картасы](map.png)
help-relative-links = беттерге @/бөлім/бет.md түрінде, ал файлдарға осы беттен бастап жолымен сілтеме жасаңыз
help-file-beside = файлды беттің қасына салыңыз немесе жолды түзетіңіз
help-files-inside = тек content/ ішіндегі файлдарға сілтеме жасаңыз
help-write-internal = @/бөлім/бет.md деп жазыңыз
help-distinct-title = әр бетке өз атауын беріңіз
help-review = беттегі мәліметтерді дереккөздермен салыстырып, review_by мен updated өрістеріне жаңа күндерді қойыңыз
help-index-chain = content/ бумасына дейінгі әр бумада осы немесе негізгі тілде _index.md болуы керек
help-cite-document = сайттың басты бетін емес, құжаттың өзін көрсетіңіз: оны ашып, мекенжайын көшіріңіз
help-new-address = құжаттың өз сайтындағы жаңа мекенжайын табыңыз немесе мұрағаттағы көшірмесіне сілтеме беріңіз
help-go-online = интернет болғанда check --external командасын қайта іске қосыңыз
help-add-translation = { $file } қосыңыз немесе бұл бет аударылмайтын болса, `untranslated: [{ $lang }]` деп жазыңыз
help-same-facts = аударманың күндері, түрі, тақырыптары мен мәртебесі түпнұсқадағыдай болады: мәнді түпнұсқадан көшіріңіз немесе қате түпнұсқада болса, соны түзетіңіз
help-move-to-original = бұл жолды түпнұсқаға көшіріңіз немесе өшіріңіз
help-rename-file = файлдың атын { $file } деп өзгертіңіз (аудармаларын да солай) немесе өрістерге `slug: { $slug }` қосыңыз
help-rename-folder = буманың атын { $name } деп өзгертіңіз
help-fat-names = латын әріптерін, цифрларды және дефистерді қолданыңыз; < > : " \ | ? * болмасын, соңында нүкте не бос орын болмасын
help-windows-names = атын өзгертіңіз: Windows CON, PRN, AUX, NUL, COM1–COM9 және LPT1–LPT9 аттары бар файлдарды көшіре де, аша да алмайды
help-shorten-path = буманың немесе файлдың атын қысқартыңыз
help-case-clash = флешкалар мұндай аттарды ажыратпайды: файлдардың бірінің атын өзгертіңіз
help-unsafe-site = редакторлардың HTML-ін ешкім тексермесе, бұл жолды алып тастаңыз: онсыз ecolib HTML-ді тазалайды
help-unsafe-page = HTML қажет болмай қалғанда бұл өрісті алып тастаңыз: онсыз ecolib HTML-ді тазалайды
help-publish-draft = бетті жариялау үшін `draft: true` жолын өшіріңіз

## Командалардың хабарламалары

report-failed = қателер: { $errors }, ескертулер: { $warnings }; ештеңе жазылған жоқ, сайттың бұрынғы нұсқасы өзгерген жоқ.
report-warnings = ескертулер: { $warnings }.
build-summary = беттер: { $pages }, бөлімдер: { $sections }; { $dir } бумасына { $files } файл ({ $megabytes } МБ) { $ms } мс ішінде жазылды
check-does-not-build = сайт құрастырылмайды
check-links-checked = сыртқы сілтемелер: { $count }, тексерілді
check-links-unchecked = сыртқы сілтемелер: { $count }, тексерілген жоқ (--external)
check-summary = тексерілген беттер: { $pages }, бөлімдер: { $sections }; { $links }{ $drafts ->
        [0] {""}
       *[other] ; жобалар: { $drafts } (жарияланбайды; оларда не жетіспейтіні ескертпелерде)
    }
check-totals = { $summary }. Нәтиже — қателер: { $errors }, ескертулер: { $warnings }{ $notes ->
        [0] {""}
       *[other] , ескертпелер: { $notes }
    }
check-strict = --strict: ескертулер қате деп саналады
serve-rebuilt = сайт { $ms } мс ішінде қайта құрастырылды
serve-has-errors = сайтта қателер бар: соңғы жұмыс істейтін нұсқасы көрсетіліп тұр
serve-port-in-use = { $port } порты бос емес (ecolib serve бұрыннан іске қосылған болуы мүмкін): басқа бағдарламаны тоқтатыңыз немесе басқа порт таңдаңыз: --port { $next }
serve-started = кітапхана { $address } мекенжайында ашық (тоқтату үшін Ctrl-C)
new-title-control = атауда жол ауысуы, табуляция немесе басқа басқару таңбасы бар: оны бір жолға жазыңыз
new-unknown-language = «{ $lang }» бұл сайттың тілі емес (site.toml ішінде бары: { $codes })
new-did-you-mean = мүмкін, «{ $suggestion }» болар?{" "}
new-unknown-type = «{ $doc_type }» деген құжат түрі жоқ: { $hint }мыналардың бірін таңдаңыз: { $all }
new-no-slug = бетті <бөлім>/<атау> түрінде көрсетіңіз немесе --title қосыңыз: атау соның ішінен жасалады
new-bad-place = «{ $path }» бетін жасау мүмкін емес: { $problem }. Оны { $content }/ ішінде <бөлім>/<атау> түрінде көрсетіңіз, мысалы guides/complaint: кіші латын әріптері, цифрлар және дефистер, әр бөлігінде { $max } таңбадан аспасын (олардан мекенжай жасалады)
new-no-section = { $section } бөлімі жоқ (_index.md жоқ): алдымен оны жасаңыз (кемінде `title: …` жазылған _index.md файлы бар бума) немесе басқа бөлімді таңдаңыз
new-exists = { $file } бұрыннан бар: ecolib new беттерді ешқашан қайта жазбайды
name-absolute = бұл абсолюттік жол
name-backslash = онда кері қиғаш сызық \ бар
name-empty = онда бос бөлік бар
name-dots = «{ $part }» бөлім бумасынан тыс шығарар еді
name-leading-hyphen = «{ $part }» дефистен басталады
name-too-long = «{ $part }» ішінде { $count } таңба бар, бұл { $max } таңбадан көп
name-not-slug = «{ $part }» ішінде кіші латын әріптерінен, цифрлардан және дефистерден басқа таңбалар бар
name-no-slug-in-title = атауда беттің атын жасауға болатын әріп не цифр жоқ
search-no-index = іздеу индексін ашу мүмкін емес
search-failed = іздеу қатесі
search-nothing-found = «{ $query }» сұрауы бойынша ештеңе табылмады
build-preparing = { $dir } дайындау мүмкін емес
build-config-changed = құрастыру кезінде site.toml өзгерді: оны қайта іске қосыңыз
build-indexing = іздеу индексін құру мүмкін емес
build-exporting = іздеу индексін шығару мүмкін емес
build-index-panicked = іздеу индексін құру кезінде іркіліс болды
build-writing-site = сайтты { $dir } бумасына жазу мүмкін емес
build-writing-index = іздеу индексін { $dir } бумасына жазу мүмкін емес
build-replacing = { $dir } ауыстыру мүмкін емес
build-replacing-index = іздеу индексін ауыстыру мүмкін емес

## site.toml-дағы құжат түрлері, тақырып файлдары (assets.toml), new дайындамалары

doc-type-declaration = «{ $doc_type }» құжат түрі: { $detail }
doc-type-skeleton-outside = «{ $doc_type }» құжат түрі: «{ $file }» дайындамасы сайттың ішінде емес
doc-type-parent-without-instrument = «{ $doc_type }» құжат түрі: parent_required instrument блогына жатады, бірақ бұл түрде block = "instrument" жоқ
doc-type-schema-mismatch = «{ $doc_type }» құжат түрі: schema.org «{ $schema }» түрі { $block } блогының JSON-LD қасиеттерін көтере алмайды
assets-syntax = assets.toml: { $detail }
asset-path-outside = «{ $path }» — безендіру тақырыбының static/ бумасының ішіндегі жол емес (былай жазыңыз: js/search.js)
asset-not-script = «{ $path }» — скрипт емес: топтама .js файлдарынан құралып, бір файл болып жазылады
asset-missing = «{ $path }» — безендіру тақырыбының static/ бумасында мұндай файл жоқ
bundle-empty = { $output } топтамасында бөліктер жоқ
bundle-twice = екі топтама бір { $output } файлына жазылады
script-syntax = JavaScript синтаксис қатесі: { $detail }
theme-file-unreadable = безендіру тақырыбының файлын оқу мүмкін емес: { $detail }
theme-file-not-utf8 = файл UTF-8 кодтауында емес
help-doc-type-declaration = тек атауларды (page = { "{" } ru = "…", en = "…" { "}" }) немесе labels = { "{" } … { "}" } және document, block, review_by_required, parent_required, schema_org, skeleton өрістерінің кез келгені бар кестені жазыңыз (docs/front-matter.md, «Declaring a document type»)
help-skeleton-path = жолды сайт түбірінен көрсетіңіз, мысалы skeletons/report.md
help-parent-required = block = "instrument" қосыңыз немесе parent_required алып тастаңыз
help-schema-for-block = block = "{ $block }" болғанда schema_org = { $types } деп көрсетіңіз
help-assets = themes/default/README.md, «Scripts and assets» бөлімін қараңыз
help-asset-paths = assets.toml-дағы жолдар безендіру тақырыбының static/ бумасының ішінде жазылады
help-script-syntax = скриптті түзетіңіз: құрастыру безендіру тақырыбының скрипттерін біріктіріп қысады және синтаксис қатесінде тоқтайды
new-skeleton-unreadable = { $file } оқылмады — site.toml-дағы «{ $doc_type }» түрінің дайындамасы: { $detail }

## init, pack және verify

init-done = Жаңа сайт { $dir } бумасында жасалды ({ $languages }). Әрі қарай: ecolib serve --root { $dir }; редакторларға арналған нұсқаулық — { $dir }/README.md.
init-base-url = --base-url «{ $url }» толық http(s) мекенжайы емес: оны былай жазыңыз: https://example.org/library
init-language-unsupported = ecolib init сайттарды { $languages } тілдерінде жасайды (кірістірілген безендіру тақырыбының тілдері), «{ $lang }» тілінде емес; басқа тілді кейін қосуға болады: тақырыпты көшіріп, оның ішінде i18n/<код>.toml файлын жасаңыз
init-language-twice = --lang { $lang } екі рет берілген
init-not-empty = { $dir } бумасы бос емес: ecolib init жаңа сайтты тек жаңа немесе бос бумаға жазады
init-not-folder = { $dir } бума емес: сайт жасалатын буманы көрсетіңіз
init-cannot-create = { $path } жасау мүмкін емес: { $detail }
init-cannot-read = { $path } оқу мүмкін емес: { $detail }
init-cannot-write = { $path } жазу мүмкін емес: { $detail }
pack-site-has-errors = сайтта қателер бар: ештеңе жинақталған жоқ
pack-done-in = { $ms } мс ішінде жинақталды
pack-no-target = --to БУМА немесе --zip ФАЙЛ көрсетіңіз
pack-bad-name = --name флешкада бола алатын бір бума аты болуы керек, «{ $name }» емес
pack-bad-name-because = --name флешкада бола алатын бір бума аты болуы керек, «{ $name }» емес: { $problem }
pack-from-not-folder = --from { $dir } құрастырылған сайты бар бума емес
pack-to-missing = --to { $dir }: мұндай бума жоқ (флешка салынып, қосылған ба?)
pack-to-is-pack = --to { $dir } — жинақтың өз бумасы: оны қамтитын буманы көрсетіңіз ({ $parent })
pack-overlap = { $pack } жинақ бумасы мен құрастырылған { $built } сайты бір-бірімен қабаттасады
pack-target-is-file = { $path } — бума емес, файл: басқа --name таңдаңыз
pack-target-foreign = { $pack } ішінде ecolib жазбаған файлдар бар (мысалы, { $example }): басқа --name таңдаңыз немесе оларды ауыстыру үшін --clean қосыңыз
pack-fat-refused = бұл файлдарды флешкаға (Windows оқитын FAT32/exFAT) жазу мүмкін емес; ештеңе көшірілген жоқ:
pack-and-more = … және тағы { $count }
pack-fat-too-large = { $path }: { $size } байт; FAT32 ең көбі 4 ГиБ − 1 байт файлды сыйғызады
pack-fat-character = { $path }: FAT флешкасында аттарда { $character } таңбасын қолдануға болмайды
pack-fat-trailing-dot = { $path }: нүктемен немесе бос орынмен аяқталатын ат FAT флешкасында жоғалады
pack-fat-reserved = { $path }: бұл ат Windows жүйесінде бос емес (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, кез келген кеңейтіммен)
pack-fat-name-too-long = { $path }: аттың ұзындығы { $count } таңба, ал FAT { $max } таңбаға дейін рұқсат етеді
pack-fat-path-too-long = { $path }: флешка түбірінен бастап `X:\` қоса алғандағы жол { $count } таңба, ал Windows ең көбі { $max } таңбалы жолды ашады
pack-fat-case = { $path }: { $other } файлынан тек бас және кіші әріптерімен ерекшеленеді; FAT флешкасына екеуі бірдей сыймайды
pack-fat-folder-full = { $folder }: бумаға { $count } каталог жазбасы керек, ал FAT { $max } жазбаға дейін рұқсат етеді
pack-space-unchecked = бұл жүйеде { $dir } ішіндегі бос орын тексерілмеді
pack-no-space = { $dir } ішінде { $free } бос орын бар, ал бұл жинаққа тағы { $needed } керек; ештеңе көшірілген жоқ
pack-megabytes = { $whole },{ $tenths } МБ
pack-progress = файлдар: { $done } / { $count }
pack-zip-done = { $count } файл ({ $size }) { $zip } мұрағатына жинақталды ({ $zip_size })
pack-start-page-kept = { $file } файлын ecolib жазбаған, ол сол күйінде қалдырылды
pack-folder-done = көшірілген файлдар: { $copied } ({ $size }), өшірілгені: { $removed }, өзгермегені: { $unchanged }; { $pack } жаңартылды; оны `ecolib verify { $dir }` командасымен тексеріңіз
pack-cannot-read = { $path } оқу мүмкін емес: { $detail }
pack-cannot-write = { $path } жазу мүмкін емес: { $detail }
pack-cannot-remove = { $path } өшіру мүмкін емес: { $detail }
pack-bad-manifest = { $path } ecolib оқи алатын манифест емес: { $detail }
pack-cannot-write-zip = { $path } ZIP мұрағатын жазу мүмкін емес: { $detail }
verify-no-pack = { $dir } ішінде жинақталған кітапхана жоқ: онда { $name }/{ $manifest } те, { $manifest } те жоқ
verify-incomplete = аяқталмаған: { $pack } бумасына соңғы жинақтау аяғына жетпеді (үзілді немесе сәтсіз аяқталды); оны аяқтау үшін `ecolib pack` командасын қайта іске қосыңыз
verify-missing = жоқ: { $path }
verify-size-changed = өзгерген: { $path } ({ $found } байт, ал манифестте { $expected })
verify-content-changed = өзгерген: { $path } (SHA-256 мәні манифесттегіден өзгеше)
verify-extra = артық: { $path } (манифестте жоқ)
verify-origin = { $built_at } күнгі жинақтың (ecolib { $version })
verify-origin-commit = { $built_at } күнгі, { $commit } коммитіндегі жинақтың (ecolib { $version })
verify-exact = { $pack }: { $origin } дәл көшірмесі, { $count } файл тексерілді
verify-not-exact = { $pack }: { $origin } дәл көшірмесі емес: { $count } файлдың { $missing } жоқ, { $changed } өзгерген, { $extra } артық
