//! Deterministic synthetic corpus generator for ecolib benchmarks.
//!
//! ```text
//! cargo run --release --example gen_corpus -- --pages 10000 --out target/bench/corpus-10000
//! cargo run --release --example gen_corpus -- --pages 1000 --out /tmp/site --lang-mix
//! ```
//!
//! Writes a complete ecolib site into `--out`:
//! - `site.toml`: a copy of the repository's `site.toml` (read at run time, so the vocabularies stay in sync);
//! - `themes`: a symlink to the repository's `themes/` directory;
//! - `content/`: `_index.md`, ten sections `section-0` … `section-9` (each with `_index.md`) and `--pages`
//!   pages `section-{i % 10}/page-{i:05}.md` in Russian, with valid front matter (docs/front-matter.md);
//!   with `--lang-mix`, English translations `page-NNNNN.en.md` for about 10% of the pages.
//!
//! Std only. A fixed-seed xorshift64* PRNG, seeded per page through splitmix64, makes the output
//! byte-identical for the same arguments (integer arithmetic only, no floating point, no hash maps,
//! no clock). Page `i` draws from its own streams, so its metadata and text do not depend on `--pages`
//! except for the targets of its internal links, and `--lang-mix` does not change the Russian files.
//!
//! Bump `GENERATOR_VERSION` whenever the output changes.

#[path = "corpus/rng.rs"]
mod rng;
#[path = "corpus/tags.rs"]
mod tags;

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rng::Rng;
use tags::{split_tags, EN_TAGS, RU_TAGS, TOPICS};

const GENERATOR_VERSION: u32 = 1;
const DEFAULT_SEED: u64 = 0x0EC0_11B5_2026_1998;
const SECTIONS: usize = 10;
/// Marker written into the output directory; its presence allows the generator to replace `content/`.
const MARKER: &str = ".gen-corpus";

// ---------------------------------------------------------------------------------------------------
// Dates (proleptic Gregorian, integer only)
// ---------------------------------------------------------------------------------------------------

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[derive(Clone, Copy)]
struct Date(i64);

impl Date {
    fn ymd(y: i64, m: i64, d: i64) -> Date {
        Date(days_from_civil(y, m, d))
    }
    fn iso(self) -> String {
        let (y, m, d) = civil_from_days(self.0);
        format!("{y:04}-{m:02}-{d:02}")
    }
    fn dotted(self) -> String {
        let (y, m, d) = civil_from_days(self.0);
        format!("{d:02}.{m:02}.{y:04}")
    }
    fn year(self) -> i64 {
        civil_from_days(self.0).0
    }
    fn plus(self, days: usize) -> Date {
        Date(self.0 + days as i64)
    }
}

// ---------------------------------------------------------------------------------------------------
// Russian morphology: a small declension / conjugation engine over hand-written stems
// ---------------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum G {
    M,
    F,
    N,
}

#[derive(Clone, Copy)]
enum C {
    Nom = 0,
    Gen = 1,
    Dat = 2,
    Acc = 3,
    Ins = 4,
    Prep = 5,
}

struct Noun {
    /// `[number * 6 + case]`
    forms: Vec<String>,
    g: G,
    sg_only: bool,
}

impl Noun {
    fn form(&self, c: C, pl: bool) -> &str {
        let pl = pl && !self.sg_only;
        &self.forms[(pl as usize) * 6 + c as usize]
    }
}

/// Nouns: `word/class[!][/genitive-plural]`. `!` = singular only. Classes:
/// `m` hard masculine, `mj` masculine in -й, `ms` masculine in -ь, `f` feminine in -а, `fj` feminine in -ия,
/// `fs` feminine in -ь, `n` neuter in -о, `nj` neuter in -ие, `ne` neuter in -е.
const NOUNS: &str = "
закон/m документ/m проект/m объект/m район/m орган/m отчёт/m процесс/m вопрос/m договор/m мониторинг/m
выброс/m сброс/m риск/m ущерб/m! ресурс/m регион/m пункт/m анализ/m доклад/m акт/m кодекс/m запрос/m ответ/m
суд/m иск/m штраф/m срок/m план/m результат/m факт/m аспект/m фактор/m механизм/m принцип/m метод/m
стандарт/m норматив/m лимит/m паспорт/m реестр/m список/m заказник/m заповедник/m парк/m вид/m газ/m
институт/m университет/m центр/m семинар/m тренинг/m форум/m совет/m комитет/m департамент/m бюджет/m
доход/m налог/m оператор/m контракт/m трубопровод/m танкер/m терминал/m полигон/m климат/m! шторм/m
нерест/m! улов/m запас/m состав/m источник/m надзор/m! регламент/m мандат/m статус/m диалог/m конфликт/m
интерес/m тариф/m сектор/m прогноз/m баланс/m рост/m! объём/m приказ/m указ/m протокол/m мусор/m! грунт/m
комментарий/mj критерий/mj сценарий/mj случай/mj
контроль/ms показатель/ms автомобиль/ms рубль/ms
вода/f природа/f! среда/f программа/f система/f проблема/f норма/f работа/f защита/f охрана/f!
экспертиза/f структура/f процедура/f граница/f задача/f рыба/f река/f птица/f почва/f угроза/f мера/f
цена/f наука/f! политика/f практика/f методика/f статистика/f! тонна/f карта/f схема/f таблица/f
страница/f форма/f заявка/f/заявок жалоба/f площадка/f/площадок прокуратура/f инициатива/f квота/f
сфера/f зона/f группа/f встреча/f дельта/f скважина/f платформа/f лодка/f/лодок проверка/f/проверок
оценка/f/оценок выплата/f компенсация/fj
организация/fj территория/fj информация/fj! комиссия/fj конвенция/fj экспедиция/fj категория/fj
стратегия/fj технология/fj экология/fj! лаборатория/fj станция/fj инспекция/fj компания/fj кампания/fj
ситуация/fj позиция/fj регистрация/fj лицензия/fj авария/fj концепция/fj лекция/fj публикация/fj
консультация/fj дискуссия/fj резолюция/fj декларация/fj делегация/fj акватория/fj популяция/fj
миграция/fj эмиссия/fj методология/fj
нефть/fs! область/fs часть/fs власть/fs отрасль/fs сеть/fs связь/fs площадь/fs деятельность/fs
ответственность/fs собственность/fs прозрачность/fs! безопасность/fs! возможность/fs необходимость/fs
мощность/fs численность/fs! подотчётность/fs! доступность/fs! эффективность/fs! достоверность/fs!
готовность/fs! устойчивость/fs! осведомлённость/fs! активность/fs значимость/fs! обязанность/fs
соль/fs степь/fs пыль/fs! модель/fs цель/fs
загрязнение/nj решение/nj положение/nj требование/nj заключение/nj разрешение/nj соглашение/nj
население/nj! участие/nj! предприятие/nj мероприятие/nj состояние/nj изменение/nj воздействие/nj
управление/nj обеспечение/nj! нарушение/nj исследование/nj обсуждение/nj слушание/nj уведомление/nj
применение/nj! выполнение/nj! сохранение/nj! восстановление/nj! сокращение/nj использование/nj
образование/nj обучение/nj! регулирование/nj! планирование/nj! месторождение/nj развитие/nj!
значение/nj отношение/nj условие/nj предложение/nj заявление/nj сообщение/nj происшествие/nj
явление/nj течение/nj учреждение/nj объединение/nj снижение/nj повышение/nj увеличение/nj
распространение/nj! размещение/nj захоронение/nj хранение/nj! потепление/nj! опустынивание/nj!
обмеление/nj! наводнение/nj природопользование/nj! недропользование/nj! водопользование/nj!
право/n дело/n место/n качество/n! производство/n хозяйство/n государство/n количество/n! общество/n
законодательство/n! сообщество/n вещество/n средство/n сотрудничество/n! руководство/n!
правительство/n агентство/n министерство/n имущество/n! судопроизводство/n! рыболовство/n!
животноводство/n!
море/ne поле/ne
";

fn last_char(s: &str) -> char {
    s.chars().last().unwrap_or(' ')
}

fn strip<'a>(word: &'a str, suffix: &str) -> &'a str {
    word.strip_suffix(suffix).unwrap_or(word)
}

/// Russian spelling rules at the stem/ending boundary.
fn join(stem: &str, ending: &str) -> String {
    let l = last_char(stem);
    let velar_or_sib = "гкхжшчщ".contains(l);
    let sib = "жшчщц".contains(l);
    let mut e = ending.to_string();
    if velar_or_sib && e.starts_with('ы') {
        e = e.replacen('ы', "и", 1);
    }
    if sib && e == "ой" {
        e = "ей".to_string();
    }
    format!("{stem}{e}")
}

fn parse_nouns() -> Vec<Noun> {
    let mut out = Vec::new();
    for spec in NOUNS.split_whitespace() {
        let mut parts = spec.split('/');
        let word = parts.next().unwrap_or_default();
        let mut class = parts.next().unwrap_or_default();
        let gen_pl = parts.next();
        let sg_only = class.ends_with('!');
        class = class.trim_end_matches('!');
        let (stem, g, sg, pl): (&str, G, [&str; 6], [&str; 6]) = match class {
            "m" => (word, G::M, ["", "а", "у", "", "ом", "е"], ["ы", "ов", "ам", "ы", "ами", "ах"]),
            "mj" => {
                let stem = strip(word, "й");
                let prep = if stem.ends_with('и') { "и" } else { "е" };
                (stem, G::M, ["й", "я", "ю", "й", "ем", prep], ["и", "ев", "ям", "и", "ями", "ях"])
            }
            "ms" => (strip(word, "ь"), G::M, ["ь", "я", "ю", "ь", "ем", "е"], ["и", "ей", "ям", "и", "ями", "ях"]),
            "f" => (strip(word, "а"), G::F, ["а", "ы", "е", "у", "ой", "е"], ["ы", "", "ам", "ы", "ами", "ах"]),
            "fj" => (
                strip(word, "ия"),
                G::F,
                ["ия", "ии", "ии", "ию", "ией", "ии"],
                ["ии", "ий", "иям", "ии", "иями", "иях"],
            ),
            "fs" => (strip(word, "ь"), G::F, ["ь", "и", "и", "ь", "ью", "и"], ["и", "ей", "ям", "и", "ями", "ях"]),
            "n" => (strip(word, "о"), G::N, ["о", "а", "у", "о", "ом", "е"], ["а", "", "ам", "а", "ами", "ах"]),
            "nj" => (
                strip(word, "ие"),
                G::N,
                ["ие", "ия", "ию", "ие", "ием", "ии"],
                ["ия", "ий", "иям", "ия", "иями", "иях"],
            ),
            "ne" => (strip(word, "е"), G::N, ["е", "я", "ю", "е", "ем", "е"], ["я", "ей", "ям", "я", "ями", "ях"]),
            other => panic!("unknown noun class {other:?} in {spec:?}"),
        };
        let mut forms: Vec<String> = sg.iter().chain(pl.iter()).map(|e| join(stem, e)).collect();
        if let Some(gp) = gen_pl {
            forms[6 + C::Gen as usize] = gp.to_string();
        }
        out.push(Noun { forms, g, sg_only });
    }
    out
}

/// Adjectives, nominative masculine singular. The class follows from the ending.
const ADJECTIVES: &str = "
экологический общественный государственный местный международный национальный региональный правовой
природный морской нефтяной газовый водный атмосферный промышленный сельскохозяйственный прибрежный
каспийский казахстанский атырауский уральский мангистауский орхусский тегеранский открытый публичный
официальный доступный полный достоверный своевременный независимый обязательный основной главный новый
старый важный значительный серьёзный опасный вредный токсичный чистый питьевой подземный поверхностный
сточный твёрдый бытовой радиоактивный исторический стратегический технический научный практический
юридический административный уголовный гражданский судебный исполнительный законодательный нормативный
ежегодный ежеквартальный допустимый предельный санитарный защитный охраняемый особый редкий исчезающий
окружающий общий действующий следующий существующий будущий текущий предыдущий крупнейший важнейший
внутренний внешний последний средний летний зимний весенний осенний зелёный климатический биологический
химический географический экономический социальный финансовый бюджетный налоговый информационный
электронный методический учебный образовательный молодёжный городской сельский районный областной
республиканский мировой глобальный долгосрочный краткосрочный устойчивый возобновляемый углеродный
парниковый сернистый минеральный аварийный производственный экспертный консультативный прозрачный
";

/// `[slot * 6 + case]`, slot: 0 masculine, 1 feminine, 2 neuter, 3 plural (accusative = inanimate).
struct Adj {
    forms: Vec<String>,
}

impl Adj {
    fn form(&self, g: G, pl: bool, c: C) -> &str {
        let slot = if pl {
            3
        } else {
            match g {
                G::M => 0,
                G::F => 1,
                G::N => 2,
            }
        };
        &self.forms[slot * 6 + c as usize]
    }
}

fn parse_adjectives() -> Vec<Adj> {
    const HARD: [[&str; 6]; 4] = [
        ["ый", "ого", "ому", "ый", "ым", "ом"],
        ["ая", "ой", "ой", "ую", "ой", "ой"],
        ["ое", "ого", "ому", "ое", "ым", "ом"],
        ["ые", "ых", "ым", "ые", "ыми", "ых"],
    ];
    const VELAR: [[&str; 6]; 4] = [
        ["ий", "ого", "ому", "ий", "им", "ом"],
        ["ая", "ой", "ой", "ую", "ой", "ой"],
        ["ое", "ого", "ому", "ое", "ым", "ом"],
        ["ие", "их", "им", "ие", "ими", "их"],
    ];
    const SIB: [[&str; 6]; 4] = [
        ["ий", "его", "ему", "ий", "им", "ем"],
        ["ая", "ей", "ей", "ую", "ей", "ей"],
        ["ее", "его", "ему", "ее", "им", "ем"],
        ["ие", "их", "им", "ие", "ими", "их"],
    ];
    const SOFT: [[&str; 6]; 4] = [
        ["ий", "его", "ему", "ий", "им", "ем"],
        ["яя", "ей", "ей", "юю", "ей", "ей"],
        ["ее", "его", "ему", "ее", "им", "ем"],
        ["ие", "их", "им", "ие", "ими", "их"],
    ];
    let mut out = Vec::new();
    for word in ADJECTIVES.split_whitespace() {
        let stem = &word[..word.len() - "ый".len()];
        let l = last_char(stem);
        let stressed = word.ends_with("ой");
        let table = if word.ends_with("ый") || (stressed && !"гкх".contains(l)) {
            &HARD
        } else if "гкх".contains(l) {
            &VELAR
        } else if "жшчщ".contains(l) {
            &SIB
        } else {
            &SOFT
        };
        let mut forms = Vec::with_capacity(24);
        for (slot, endings) in table.iter().enumerate() {
            for (c, e) in endings.iter().enumerate() {
                let e = if stressed && slot == 0 && (c == 0 || c == 3) { "ой" } else { e };
                // No spelling adjustments: the tables already encode them.
                forms.push(format!("{stem}{e}"));
            }
        }
        out.push(Adj { forms });
    }
    out
}

/// Transitive verbs, infinitive. Conjugation follows from the ending (-овать, -ить: 2nd, -ать/-ять/-еть: 1st).
const VERBS: &str = "
обеспечивать рассматривать выполнять нарушать соблюдать публиковать контролировать регулировать
финансировать анализировать оценивать устанавливать определять предоставлять представлять направлять
получать проводить сохранять сокращать снижать повышать улучшать загрязнять изучать обсуждать
утверждать одобрять разрабатывать подготавливать учитывать исполнять охранять защищать восстанавливать
ограничивать запрещать рекомендовать организовывать координировать документировать информировать
осуществлять реализовать использовать формировать модернизировать ликвидировать выявлять фиксировать
измерять собирать размещать обновлять проверять расширять укреплять поддерживать осуществить сохранить
сократить установить определить получить решить обсудить предоставить представить направить защитить
снизить повысить улучшить нарушить укрепить одобрить утвердить проверить обновить выполнить изменить
оценить выявить подготовить опубликовать раскрывать отслеживать регистрировать
";

struct Verb {
    inf: String,
    pres: [String; 2],      // 3sg, 3pl
    past: [String; 4],      // m, f, n, pl
    refl_pres: [String; 2], // 3sg, 3pl
    refl_past: [String; 4], // m, f, n, pl
}

fn parse_verbs() -> Vec<Verb> {
    let mut out = Vec::new();
    for inf in VERBS.split_whitespace() {
        let base = strip(inf, "ть"); // обеспечива, регулирова, проводи
        let (sg, pl) = if let Some(s) = inf.strip_suffix("овать") {
            (format!("{s}ует"), format!("{s}уют"))
        } else if let Some(s) = inf.strip_suffix("ить") {
            let pl = if "жшчщ".contains(last_char(s)) { "ат" } else { "ят" };
            (format!("{s}ит"), format!("{s}{pl}"))
        } else {
            (format!("{base}ет"), format!("{base}ют"))
        };
        let past = [format!("{base}л"), format!("{base}ла"), format!("{base}ло"), format!("{base}ли")];
        let refl_pres = [format!("{sg}ся"), format!("{pl}ся")];
        let refl_past = [format!("{base}лся"), format!("{base}лась"), format!("{base}лось"), format!("{base}лись")];
        out.push(Verb { inf: inf.to_string(), pres: [sg, pl], past, refl_pres, refl_past });
    }
    out
}

fn slot(g: G, pl: bool) -> usize {
    if pl {
        3
    } else {
        match g {
            G::M => 0,
            G::F => 1,
            G::N => 2,
        }
    }
}

/// Fixed genitive phrases with proper names.
const RU_GEN_NAMES: &[&str] = &[
    "Республики Казахстан",
    "Атырауской области",
    "Каспийского моря",
    "реки Урал",
    "дельты Урала",
    "Мангистауской области",
    "Западно-Казахстанской области",
    "Орхусской конвенции",
    "Тегеранской конвенции",
    "Экологического кодекса",
    "города Атырау",
    "ЕЭК ООН",
    "Министерства экологии и природных ресурсов",
    "Актауского протокола",
    "Московского протокола",
    "ИПДО Казахстана",
    "Казгидромета",
    "месторождения Тенгиз",
    "месторождения Кашаган",
    "посёлка Ганюшкино",
    "Жайык-Каспийского Орхусского центра",
    "Северного Каспия",
];

/// (prepositional phrase, ...) places.
const RU_PLACES_PREP: &[&str] = &[
    "в Атырау",
    "в Актау",
    "в Уральске",
    "в Астане",
    "в Алматы",
    "в Атырауской области",
    "на Северном Каспии",
    "в дельте Урала",
    "в Мангистауской области",
    "в Западно-Казахстанской области",
    "в Кульсарах",
    "в Жылыойском районе",
    "в Исатайском районе",
    "в Курмангазинском районе",
    "на побережье Каспия",
];

const RU_OPENERS: &[&str] = &[
    "Кроме того",
    "Однако",
    "При этом",
    "В частности",
    "В то же время",
    "В целом",
    "Прежде всего",
    "Как правило",
    "Тем не менее",
    "Следовательно",
    "Вместе с тем",
    "По мнению экспертов",
    "По словам участников",
    "На практике",
    "Во-первых",
    "Во-вторых",
    "Наконец",
    "Таким образом",
];

const RU_ADVERBS: &[&str] = &[
    "ежегодно",
    "регулярно",
    "своевременно",
    "публично",
    "официально",
    "систематически",
    "постоянно",
    "периодически",
    "оперативно",
    "открыто",
    "полностью",
    "частично",
    "впервые",
    "повторно",
    "ежеквартально",
];

const SECTION_TITLES: [(&str, &str, &str, &str); SECTIONS] = [
    (
        "Доклады и обзоры",
        "Ежегодные доклады, аналитические обзоры и итоги мониторинга.",
        "Reports and reviews",
        "Annual reports, analytical reviews and monitoring results.",
    ),
    (
        "Практические руководства",
        "Как получить информацию, участвовать в слушаниях и защищать свои права.",
        "Practical guides",
        "How to obtain information, take part in hearings and defend your rights.",
    ),
    (
        "Справки",
        "Краткие сведения о документах, органах и процедурах.",
        "Fact sheets",
        "Short facts about documents, bodies and procedures.",
    ),
    ("Новости", "Новости Орхусского центра и партнёров.", "News", "News from the Aarhus Centre and its partners."),
    (
        "Лекции и семинары",
        "Материалы лекций, семинаров и тренингов.",
        "Lectures and seminars",
        "Materials of lectures, seminars and trainings.",
    ),
    (
        "Мониторинг окружающей среды",
        "Данные и методики экологического мониторинга Северного Каспия.",
        "Environmental monitoring",
        "Data and methods of environmental monitoring in the Northern Caspian.",
    ),
    (
        "Законодательство и практика",
        "Комментарии к законодательству и правоприменительной практике.",
        "Law and practice",
        "Commentary on legislation and enforcement practice.",
    ),
    (
        "Участие общественности",
        "Общественные слушания, консультации и общественный контроль.",
        "Public participation",
        "Public hearings, consultations and public oversight.",
    ),
    (
        "Прозрачность добывающих отраслей",
        "ИПДО, бенефициарная собственность и доходы бюджета.",
        "Extractive transparency",
        "EITI, beneficial ownership and budget revenues.",
    ),
    (
        "Международное сотрудничество",
        "Конвенции, протоколы и совместные проекты прикаспийских государств.",
        "International cooperation",
        "Conventions, protocols and joint projects of the Caspian states.",
    ),
];

const GEOGRAPHY: &[&str] = &[
    "global",
    "unece-region",
    "caspian-sea",
    "kazakhstan",
    "atyrau-region",
    "west-kazakhstan-region",
    "mangystau-region",
];
const PILLARS: &[&str] = &["access-to-information", "public-participation", "access-to-justice"];
const AUDIENCES: &[&str] = &["citizens", "ngos", "journalists", "students", "officials", "companies"];

const CITIES: &[(&str, &str)] = &[
    ("Атырау", "Atyrau"),
    ("Актау", "Aktau"),
    ("Уральск", "Uralsk"),
    ("Астана", "Astana"),
    ("Алматы", "Almaty"),
    ("Кульсары", "Kulsary"),
    ("Аксай", "Aksai"),
    ("Жанаозен", "Zhanaozen"),
];
const VENUES: &[(&str, &str)] = &[
    ("Атырауский университет имени Х. Досмухамедова", "Kh. Dosmukhamedov Atyrau University"),
    ("Жайык-Каспийский Орхусский центр", "Zhaiyk-Caspian Aarhus Centre"),
    ("Областная научная библиотека", "Regional Research Library"),
    ("Дом дружбы", "House of Friendship"),
];

const AUTHORS: &[(&str, &str)] = &[
    ("А. Б. Ахметова", "A. Akhmetova"),
    ("Е. С. Жумабаев", "Ye. Zhumabayev"),
    ("Н. В. Ким", "N. Kim"),
    ("Г. К. Сапарова", "G. Saparova"),
    ("Д. М. Исенов", "D. Issenov"),
    ("О. П. Литвиненко", "O. Litvinenko"),
    ("С. Т. Нургалиева", "S. Nurgaliyeva"),
    ("М. А. Каримов", "M. Karimov"),
    ("Т. Р. Абдрахманова", "T. Abdrakhmanova"),
    ("Жайык-Каспийский Орхусский центр", "Zhaiyk-Caspian Aarhus Centre"),
    ("Редакция библиотеки", "Library editors"),
];

/// (Russian title, English title, URL prefix); a page-specific number is appended to the URL.
const SOURCES: &[(&str, &str, &str)] = &[
    (
        "Информационно-правовая система нормативных правовых актов РК",
        "Legal information system of Kazakhstan",
        "https://adilet.zan.kz/rus/docs/V",
    ),
    (
        "Орхусская конвенция: тексты и решения",
        "Aarhus Convention: texts and decisions",
        "https://unece.org/environment-policy/public-participation/aarhus-convention/doc-",
    ),
    ("Тегеранская конвенция", "Tehran Convention", "https://tehranconvention.org/ru/documents/"),
    (
        "Национальный доклад о состоянии окружающей среды",
        "National report on the state of the environment",
        "https://ecogosfond.kz/orhusskaja-konvencija/doklady/",
    ),
    (
        "Бюро национальной статистики",
        "Bureau of National Statistics",
        "https://stat.gov.kz/ru/industries/environment/stat-eco/publications/",
    ),
    ("ИПДО Казахстана: отчёты", "EITI Kazakhstan reports", "https://eiti.org/countries/kazakhstan/report-"),
    (
        "Казгидромет: информационные бюллетени",
        "Kazhydromet bulletins",
        "https://www.kazhydromet.kz/ru/ecology/bulletin/",
    ),
    ("Портал открытых данных", "Open data portal", "https://data.egov.kz/datasets/view?index="),
    (
        "Официальный интернет-ресурс акимата Атырауской области",
        "Atyrau regional akimat",
        "https://www.gov.kz/memleket/entities/atyrau/press/news/details/",
    ),
];

const EXTERNAL: &[&str] = &[
    "https://adilet.zan.kz/rus/docs/K",
    "https://unece.org/environment-policy/public-participation/",
    "https://tehranconvention.org/en/node/",
    "https://eiti.org/documents/",
    "https://stat.gov.kz/ru/news/",
    "https://www.kazhydromet.kz/ru/post/",
    "https://ecogosfond.kz/news/",
    "https://aarhus.kz/news/",
    "https://www.undp.org/kazakhstan/publications/",
    "https://www.osce.org/programme-office-in-astana/",
];

// ---------------------------------------------------------------------------------------------------
// Page metadata shared by a page and its translation
// ---------------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum DocType {
    Report,
    Guide,
    FactSheet,
    News,
    Lecture,
}

impl DocType {
    fn key(self) -> &'static str {
        match self {
            DocType::Report => "report",
            DocType::Guide => "guide",
            DocType::FactSheet => "fact-sheet",
            DocType::News => "news",
            DocType::Lecture => "lecture",
        }
    }
}

struct Meta {
    doc_type: DocType,
    date: Date,
    updated: Date,
    review_by: Option<Date>,
    topics: Vec<usize>,
    geography: Vec<usize>,
    pillars: Vec<usize>,
    tags: Vec<usize>,
    en_tags: Vec<usize>,
    authors: Vec<usize>,
    source: usize,
    source_no: usize,
    source_publisher: bool,
    city: usize,
    venue: Option<usize>,
    audience: Vec<usize>,
    long: bool,
    body_target: usize,
}

fn make_meta(rng: &mut Rng, n_tags: usize, n_en_tags: usize) -> Meta {
    let doc_type = match rng.below(100) {
        0..=24 => DocType::Report,
        25..=44 => DocType::Guide,
        45..=64 => DocType::FactSheet,
        65..=89 => DocType::News,
        _ => DocType::Lecture,
    };
    let first = Date::ymd(1998, 1, 1).0;
    let last = Date::ymd(2026, 10, 31).0;
    let date = Date(first + rng.below((last - first + 1) as usize) as i64);
    let today = Date::ymd(2026, 11, 20).0;
    let span = (today - date.0) as usize;
    let updated = date.plus(rng.below(span.min(3650) + 1));
    let review_by = (doc_type == DocType::FactSheet).then(|| updated.plus(rng.range(180, 900)));
    let k = rng.range(1, 3);
    let topics = rng.distinct(TOPICS.len(), k, false);
    let geography = if rng.chance(60) {
        let k = rng.range(1, 2);
        rng.distinct(GEOGRAPHY.len(), k, false)
    } else {
        Vec::new()
    };
    let pillars = if rng.chance(35) {
        let k = rng.range(1, 2);
        rng.distinct(PILLARS.len(), k, false)
    } else {
        Vec::new()
    };
    let k = rng.range(2, 6);
    let tags = rng.distinct(n_tags, k, true);
    let k = rng.range(2, 4);
    let en_tags = rng.distinct(n_en_tags, k, true);
    let authors = if rng.chance(50) {
        let k = rng.range(1, 2);
        rng.distinct(AUTHORS.len(), k, false)
    } else {
        Vec::new()
    };
    let source = rng.below(SOURCES.len());
    let source_no = rng.range(1000, 999_999);
    let source_publisher = rng.chance(30);
    let city = rng.skewed(CITIES.len());
    let venue = rng.chance(50).then(|| rng.below(VENUES.len()));
    let mut audience = vec![0];
    if rng.chance(40) {
        audience.push(rng.range(1, AUDIENCES.len() - 1));
    }
    let long = rng.below(100) < 5;
    // Body size in bytes before the last section's overshoot (~1.4 KB on average). Normal pages:
    // Irwin-Hall (sum of 4 uniforms), target median 3.4 KB -> body median ~4.8 KB, page median ~5.6 KB.
    // Long pages (5%): 30-80 KB. Mean page ~8 KB, so 10,000 pages are ~80 MB.
    let body_target =
        if long { 30_000 + rng.below(50_000) } else { 400 + (0..4).map(|_| rng.below(1_500)).sum::<usize>() };
    Meta {
        doc_type,
        date,
        updated,
        review_by,
        topics,
        geography,
        pillars,
        tags,
        en_tags,
        authors,
        source,
        source_no,
        source_publisher,
        city,
        venue,
        audience,
        long,
        body_target,
    }
}

// ---------------------------------------------------------------------------------------------------
// Text generation
// ---------------------------------------------------------------------------------------------------

struct Ctx {
    nouns: Vec<Noun>,
    adjs: Vec<Adj>,
    verbs: Vec<Verb>,
    tags: Vec<&'static str>,
    en_tags: Vec<&'static str>,
    en: En,
    pages: usize,
    width: usize,
    titles: Vec<String>,
}

impl Ctx {
    fn page_path(&self, j: usize) -> String {
        format!("section-{}/page-{:0w$}", j % SECTIONS, j, w = self.width)
    }
    /// Internal link target: another existing page, half the time in the same section.
    fn link_target(&self, rng: &mut Rng, me: usize) -> Option<usize> {
        if self.pages < 2 {
            return None;
        }
        for _ in 0..8 {
            let j = if rng.chance(50) && self.pages > SECTIONS {
                let per = self.pages.div_ceil(SECTIONS);
                let j = rng.below(per) * SECTIONS + me % SECTIONS;
                if j >= self.pages {
                    continue;
                }
                j
            } else {
                rng.below(self.pages)
            };
            if j != me {
                return Some(j);
            }
        }
        Some(if me == 0 { 1 } else { 0 })
    }
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Russian prepositions that take `о`/`об`, `в`/`во`, `с`/`со` before consonant clusters.
fn prep(p: &str, next: &str) -> String {
    let mut it = next.chars();
    let a = it.next().unwrap_or(' ').to_lowercase().next().unwrap_or(' ');
    let b = it.next().unwrap_or(' ');
    let vowel = |c: char| "аеёиоуыэюя".contains(c);
    let out = match p {
        "о" if "аоуэи".contains(a) => "об",
        "в" if "вф".contains(a) && !vowel(b) => "во",
        "с" if "сзшж".contains(a) && !vowel(b) => "со",
        "к" if "к".contains(a) && !vowel(b) => "ко",
        other => other,
    };
    format!("{out} {next}")
}

/// Noun phrase generator state for one page in Russian.
struct Ru<'a> {
    ctx: &'a Ctx,
    rng: Rng,
    me: usize,
    /// Pending inline link to wrap around the next object noun phrase.
    pending: Option<String>,
    links: usize,
}

impl<'a> Ru<'a> {
    fn noun(&mut self) -> &'a Noun {
        let ctx = self.ctx;
        let n = ctx.nouns.len();
        let i = if self.rng.chance(50) { self.rng.skewed(n) } else { self.rng.below(n) };
        &ctx.nouns[i]
    }

    /// A noun phrase in case `c`. Returns (text, gender, plural).
    fn np(&mut self, c: C, depth: usize) -> (String, G, bool) {
        let n = self.noun();
        let pl = !n.sg_only && self.rng.chance(30);
        let mut s = String::new();
        if self.rng.chance(60) {
            let ctx = self.ctx;
            let a = &ctx.adjs[self.rng.below(ctx.adjs.len())];
            s.push_str(a.form(n.g, pl, c));
            s.push(' ');
        }
        s.push_str(n.form(c, pl));
        if depth == 0 && self.rng.chance(45) {
            s.push(' ');
            if self.rng.chance(25) {
                let name = *self.rng.pick(RU_GEN_NAMES);
                s.push_str(name);
            } else {
                let (g, _, _) = self.np(C::Gen, depth + 1);
                s.push_str(&g);
            }
        }
        (s, n.g, pl)
    }

    fn np_s(&mut self, c: C) -> String {
        self.np(c, 0).0
    }

    /// Object noun phrase; wraps a pending link or emphasis.
    fn obj(&mut self, c: C) -> String {
        let s = self.np_s(c);
        if let Some(target) = self.pending.take() {
            self.links += target.starts_with("@/") as usize;
            return format!("[{s}]({target})");
        }
        match self.rng.below(100) {
            0..=2 => format!("**{s}**"),
            3..=4 => format!("*{s}*"),
            _ => s,
        }
    }

    fn pp(&mut self) -> String {
        let (p, c) = *self.rng.pick(&[
            ("в", C::Prep),
            ("на", C::Prep),
            ("о", C::Prep),
            ("при", C::Prep),
            ("для", C::Gen),
            ("без", C::Gen),
            ("после", C::Gen),
            ("в течение", C::Gen),
            ("со стороны", C::Gen),
            ("в рамках", C::Gen),
            ("в отношении", C::Gen),
            ("на территории", C::Gen),
            ("в области", C::Gen),
            ("за счёт", C::Gen),
            ("по", C::Dat),
            ("к", C::Dat),
            ("согласно", C::Dat),
            ("с", C::Ins),
            ("между", C::Ins),
            ("над", C::Ins),
            ("в соответствии с", C::Ins),
            ("в связи с", C::Ins),
        ]);
        if self.rng.chance(12) {
            return self.rng.pick(RU_PLACES_PREP).to_string();
        }
        if self.rng.chance(8) {
            let y = self.rng.range(1998, 2026);
            return format!("в {y} году");
        }
        let np = self.obj(c);
        prep(p, &np)
    }

    fn verb(&mut self) -> &'a Verb {
        let ctx = self.ctx;
        &ctx.verbs[self.rng.below(ctx.verbs.len())]
    }

    fn number_phrase(&mut self) -> String {
        let n = match self.rng.below(4) {
            0 => self.rng.range(2, 30),
            1 => self.rng.range(10, 999),
            2 => self.rng.range(1000, 99_999),
            _ => self.rng.range(1, 5),
        };
        let noun = self.noun();
        let form = if noun.sg_only {
            noun.form(C::Gen, false)
        } else if (11..=14).contains(&(n % 100)) {
            noun.form(C::Gen, true)
        } else if n % 10 == 1 {
            noun.form(C::Nom, false)
        } else if (2..=4).contains(&(n % 10)) {
            noun.form(C::Gen, false)
        } else {
            noun.form(C::Gen, true)
        };
        let num = if n >= 1000 { format!("{}\u{a0}{:03}", n / 1000, n % 1000) } else { n.to_string() };
        format!("{num} {form}")
    }

    fn sentence(&mut self) -> String {
        let ctx = self.ctx;
        let link_roll = self.rng.below(1000);
        if link_roll < 55 {
            if let Some(j) = ctx.link_target(&mut self.rng, self.me) {
                self.pending = Some(format!("@/{}.md", ctx.page_path(j)));
            }
        } else if link_roll < 80 {
            let base = *self.rng.pick(EXTERNAL);
            let id = self.rng.range(100, 99_999);
            self.pending = Some(format!("{base}{id}"));
        }
        let mut s = String::with_capacity(200);
        let opener = if self.rng.chance(18) { Some(self.rng.pick(RU_OPENERS).to_string()) } else { None };
        match self.rng.below(10) {
            0..=2 => {
                // Subject + verb + object + PP.
                let (subj, g, pl) = self.np(C::Nom, 0);
                let v = self.verb();
                let vf = if self.rng.chance(50) { &v.pres[pl as usize] } else { &v.past[slot(g, pl)] };
                let adv = if self.rng.chance(20) { format!("{} ", self.rng.pick(RU_ADVERBS)) } else { String::new() };
                let o = self.obj(C::Acc);
                let pp = self.pp();
                let _ = write!(s, "{subj} {adv}{vf} {o} {pp}");
            }
            3 => {
                // PP first, then the clause.
                let pp = self.pp();
                let (subj, g, pl) = self.np(C::Nom, 0);
                let v = self.verb();
                let vf = &v.past[slot(g, pl)];
                let o = self.obj(C::Acc);
                let _ = write!(s, "{pp} {subj} {vf} {o}");
            }
            4 => {
                let (subj, g, pl) = self.np(C::Nom, 0);
                let must = ["должен", "должна", "должно", "должны"][slot(g, pl)];
                let v = self.verb();
                let o = self.obj(C::Acc);
                let pp = self.pp();
                let _ = write!(s, "{subj} {must} {} {o} {pp}", v.inf);
            }
            5 => {
                // Passive with a reflexive verb.
                let (subj, g, pl) = self.np(C::Nom, 0);
                let v = self.verb();
                let vf = if self.rng.chance(50) { &v.refl_pres[pl as usize] } else { &v.refl_past[slot(g, pl)] };
                let pp = self.pp();
                let pp2 = self.pp();
                let _ = write!(s, "{subj} {vf} {pp} {pp2}");
            }
            6 => {
                let (subj, _, pl) = self.np(C::Nom, 0);
                let be = if pl { "являются" } else { "является" };
                let o = self.obj(C::Ins);
                let _ = write!(s, "{subj} {be} {o}");
            }
            7 => {
                let who = self.np_s(C::Gen);
                let (subj, _, pl) = self.np(C::Nom, 0);
                let verb = if pl { "составили" } else { "составил" };
                let _ = write!(s, "по данным {who}, {subj} {verb} {}", self.number_phrase());
            }
            8 => {
                let g = self.np_s(C::Gen);
                let v = self.verb();
                let o = self.obj(C::Acc);
                let _ = write!(s, "для {g} необходимо {} {o}", v.inf);
            }
            _ => {
                let d = self.np_s(C::Dat);
                let (subj, _, pl) = self.np(C::Nom, 0);
                let v = self.verb();
                let vf = &v.pres[pl as usize];
                let o = self.obj(C::Acc);
                let _ = write!(s, "согласно {d}, {subj} {vf} {o}");
            }
        }
        if let Some(target) = self.pending.take() {
            // The template had no object to wrap: append a reference.
            self.links += target.starts_with("@/") as usize;
            let t = self.np_s(C::Acc);
            let _ = write!(s, " (см. [{t}]({target}))");
        }
        let body = match opener {
            Some(o) => format!("{o}, {s}"),
            None => cap(&s),
        };
        let end = if self.rng.chance(4) { "?" } else { "." };
        format!("{body}{end}")
    }

    fn paragraph(&mut self, out: &mut String) {
        let k = self.rng.range(2, 6);
        for i in 0..k {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(&self.sentence());
        }
        out.push_str("\n\n");
    }

    fn heading(&mut self) -> String {
        match self.rng.below(6) {
            0 => cap(&self.np_s(C::Nom)),
            1 => format!("Значение {}", self.np_s(C::Gen)),
            2 => cap(&prep("о", &self.np_s(C::Prep))),
            3 => format!("Как {} {}", self.verb().inf, self.np_s(C::Acc)),
            4 => format!("{} и {}", cap(&self.np_s(C::Nom)), self.np_s(C::Nom)),
            _ => format!("Роль {} {}", self.np_s(C::Gen), self.pp()),
        }
    }

    fn list(&mut self, out: &mut String) {
        let ordered = self.rng.chance(40);
        let k = self.rng.range(3, 7);
        for i in 0..k {
            let item = match self.rng.below(4) {
                0 => {
                    let v = self.verb();
                    format!("{} {};", cap(&v.inf), self.obj(C::Acc))
                }
                1 => format!("**{}** — {}", cap(&self.np_s(C::Nom)), self.sentence()),
                2 => {
                    if let Some(j) = self.ctx.link_target(&mut self.rng, self.me) {
                        self.links += 1;
                        format!("[{}](@/{}.md)", self.ctx.titles[j], self.ctx.page_path(j))
                    } else {
                        cap(&self.np_s(C::Nom))
                    }
                }
                _ => cap(&self.np_s(C::Nom)),
            };
            if ordered {
                let _ = writeln!(out, "{}. {item}", i + 1);
            } else {
                let _ = writeln!(out, "- {item}");
            }
        }
        out.push('\n');
    }

    fn table(&mut self, out: &mut String, year: i64) {
        match self.rng.below(3) {
            0 => {
                let cols = self.rng.range(3, 5);
                let y0 = year - cols as i64 + 1;
                out.push_str("| Показатель |");
                for y in 0..cols {
                    let _ = write!(out, " {} |", y0 + y as i64);
                }
                out.push_str("\n|---|");
                for _ in 0..cols {
                    out.push_str("---:|");
                }
                out.push('\n');
                for _ in 0..self.rng.range(3, 8) {
                    let _ = write!(out, "| {} |", cap(&self.np_s(C::Nom)));
                    for _ in 0..cols {
                        let v = self.rng.below(100_000);
                        let _ = write!(out, " {},{} |", v / 10, v % 10);
                    }
                    out.push('\n');
                }
            }
            1 => {
                out.push_str("| Документ | Дата | Статус |\n|---|---|---|\n");
                for _ in 0..self.rng.range(3, 8) {
                    let d = Date::ymd(1998, 1, 1).plus(self.rng.below(10_500)).dotted();
                    let st = self.rng.pick(&["Действует", "Утратил силу", "Действует частично", "Проект", "Подписан"]);
                    let doc = if self.rng.chance(30) {
                        if let Some(j) = self.ctx.link_target(&mut self.rng, self.me) {
                            self.links += 1;
                            format!("[{}](@/{}.md)", self.ctx.titles[j], self.ctx.page_path(j))
                        } else {
                            cap(&self.np_s(C::Nom))
                        }
                    } else {
                        cap(&self.np_s(C::Nom))
                    };
                    let _ = writeln!(out, "| {doc} | {d} | {st} |");
                }
            }
            _ => {
                out.push_str("| Этап | Срок, дней | Кто отвечает |\n|---|:-:|---|\n");
                for _ in 0..self.rng.range(3, 7) {
                    let v = self.verb();
                    let step = format!("{} {}", cap(&v.inf), self.np_s(C::Acc));
                    let days = self.rng.range(1, 60);
                    let who = cap(&self.np_s(C::Nom));
                    let _ = writeln!(out, "| {step} | {days} | {who} |");
                }
            }
        }
        out.push('\n');
    }

    fn body(&mut self, meta: &Meta) -> String {
        let mut out = String::with_capacity(meta.body_target + 4096);
        self.paragraph(&mut out);
        let mut sections = 0;
        while out.len() < meta.body_target || sections < 2 {
            sections += 1;
            let h = self.heading();
            if meta.long && self.rng.chance(50) {
                let _ = writeln!(out, "## {sections}. {h}\n");
            } else {
                let _ = writeln!(out, "## {h}\n");
            }
            for _ in 0..self.rng.range(1, 2) {
                self.paragraph(&mut out);
            }
            match self.rng.below(100) {
                0..=29 => self.list(&mut out),
                30..=44 => self.table(&mut out, meta.date.year()),
                45..=51 => {
                    let _ = writeln!(out, "> {}\n", self.sentence());
                }
                _ => {}
            }
            if self.rng.chance(40) || (meta.long && self.rng.chance(40)) {
                let subs = if meta.long { self.rng.range(1, 3) } else { 1 };
                for k in 0..subs {
                    let h = self.heading();
                    if meta.long && self.rng.chance(30) {
                        let _ = writeln!(out, "### Статья {}. {h}\n", sections * 10 + k);
                    } else {
                        let _ = writeln!(out, "### {h}\n");
                    }
                    self.paragraph(&mut out);
                    if self.rng.chance(30) {
                        self.list(&mut out);
                    }
                }
            }
        }
        if self.rng.chance(60) {
            out.push_str("## См. также\n\n");
            for _ in 0..self.rng.range(2, 4) {
                if let Some(j) = self.ctx.link_target(&mut self.rng, self.me) {
                    self.links += 1;
                    let _ = writeln!(out, "- [{}](@/{}.md)", self.ctx.titles[j], self.ctx.page_path(j));
                }
            }
            out.push('\n');
        }
        while out.ends_with('\n') {
            out.pop();
        }
        out.push('\n');
        out
    }
}

fn ru_title(ctx: &Ctx, seed: u64, i: usize, doc_type: DocType) -> String {
    let mut g = Ru { ctx, rng: Rng::new(seed, i as u64, 2), me: i, pending: None, links: 0 };
    let t = match (doc_type, g.rng.below(3)) {
        (DocType::Report, 0) => format!("Доклад {}", prep("о", &g.np_s(C::Prep))),
        (DocType::Report, 1) => format!("Обзор {} за {} год", g.np_s(C::Gen), g.rng.range(1998, 2025)),
        (DocType::Report, _) => format!("Анализ {} {}", g.np_s(C::Gen), g.rng.pick(RU_PLACES_PREP)),
        (DocType::Guide, 0) => format!("Как {} {}: руководство для граждан", g.verb().inf, g.np_s(C::Acc)),
        (DocType::Guide, 1) => format!("Руководство по {}", g.np_s(C::Dat)),
        (DocType::Guide, _) => format!("Порядок {}", g.np_s(C::Gen)),
        (DocType::FactSheet, 0) => format!("Справка: {}", g.np_s(C::Nom)),
        (DocType::FactSheet, 1) => format!("{}: основные факты", cap(&g.np_s(C::Nom))),
        (DocType::FactSheet, _) => format!("Краткие сведения {}", prep("о", &g.np_s(C::Prep))),
        (DocType::News, 0) => {
            let (subj, gen, pl) = g.np(C::Nom, 1);
            let v = g.verb();
            format!("{} {} {}", cap(&subj), v.past[slot(gen, pl)], g.np_s(C::Acc))
        }
        (DocType::News, 1) => {
            let place = *g.rng.pick(RU_PLACES_PREP);
            format!("{} прошло обсуждение {}", cap(place), g.np_s(C::Gen))
        }
        (DocType::News, _) => format!("Новые данные {}", prep("о", &g.np_s(C::Prep))),
        (DocType::Lecture, 0) => format!("Лекция «{}»", cap(&g.np_s(C::Nom))),
        (DocType::Lecture, 1) => format!("{}: лекция для студентов", cap(&g.np_s(C::Nom))),
        (DocType::Lecture, _) => format!("Семинар {}", prep("о", &g.np_s(C::Prep))),
    };
    cap(&t)
}

fn ru_summary(g: &mut Ru) -> String {
    let mut s = String::new();
    for _ in 0..g.rng.range(1, 2) {
        if !s.is_empty() {
            s.push(' ');
        }
        // Summaries are plain text: no links or emphasis.
        let saved = g.pending.take();
        let mut t = g.sentence();
        g.pending = saved;
        t = strip_markup(&t);
        s.push_str(&t);
    }
    limit_chars(&s, 300)
}

/// Removes Markdown links and emphasis: `[text](url)` → `text`, `**x**` → `x`.
fn strip_markup(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match (after.find("]("), after.find(')')) {
            (Some(close), Some(paren)) if paren > close => {
                out.push_str(&after[..close]);
                rest = &after[paren + 1..];
            }
            _ => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.replace("**", "").replace('*', "").replace(" (см. )", "")
}

/// Cuts at a word boundary so that the result has at most `max` characters.
fn limit_chars(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max - 1).collect();
    let cut = match cut.rfind(' ') {
        Some(p) => &cut[..p],
        None => &cut[..],
    };
    format!("{}…", cut.trim_end_matches([',', ' ', '.']))
}

fn yaml_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn yaml_list<T: AsRef<str>>(items: &[T], quote: bool) -> String {
    let parts: Vec<String> =
        items.iter().map(|x| if quote { yaml_str(x.as_ref()) } else { x.as_ref().to_string() }).collect();
    format!("[{}]", parts.join(", "))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Lang {
    Ru,
    En,
}

fn front_matter(out: &mut String, ctx: &Ctx, meta: &Meta, title: &str, summary: &str, lang: Lang) {
    let en = lang == Lang::En;
    out.push_str("---\n");
    let _ = writeln!(out, "title: {}", yaml_str(title));
    let _ = writeln!(out, "summary: {}", yaml_str(summary));
    let _ = writeln!(out, "doc_type: {}", meta.doc_type.key());
    let _ = writeln!(out, "date: {}", meta.date.iso());
    let _ = writeln!(out, "updated: {}", meta.updated.iso());
    if let Some(r) = meta.review_by {
        let _ = writeln!(out, "review_by: {}", r.iso());
    }
    let keys = |idx: &[usize], vocab: &[&'static str]| -> Vec<&'static str> { idx.iter().map(|&i| vocab[i]).collect() };
    let _ = writeln!(out, "topics: {}", yaml_list(&keys(&meta.topics, TOPICS), false));
    if !meta.pillars.is_empty() {
        let _ = writeln!(out, "pillars: {}", yaml_list(&keys(&meta.pillars, PILLARS), false));
    }
    if !meta.geography.is_empty() {
        let _ = writeln!(out, "geography: {}", yaml_list(&keys(&meta.geography, GEOGRAPHY), false));
    }
    let tags: Vec<&str> = if en {
        meta.en_tags.iter().map(|&i| ctx.en_tags[i]).collect()
    } else {
        meta.tags.iter().map(|&i| ctx.tags[i]).collect()
    };
    let _ = writeln!(out, "tags: {}", yaml_list(&tags, true));
    if !meta.authors.is_empty() {
        let a: Vec<&str> = meta.authors.iter().map(|&i| if en { AUTHORS[i].1 } else { AUTHORS[i].0 }).collect();
        let _ = writeln!(out, "authors: {}", yaml_list(&a, true));
    }
    let (ru_t, en_t, url) = SOURCES[meta.source];
    out.push_str("sources:\n");
    let _ = writeln!(out, "  - title: {}", yaml_str(if en { en_t } else { ru_t }));
    let _ = writeln!(out, "    url: {url}{}", meta.source_no);
    if meta.source_publisher {
        let p = if en {
            "Zhaiyk-Caspian Aarhus Centre"
        } else {
            "Жайык-Каспийский Орхусский центр"
        };
        let _ = writeln!(out, "    publisher: {}", yaml_str(p));
    }
    match meta.doc_type {
        DocType::Lecture => {
            out.push_str("event:\n");
            let _ = writeln!(out, "  date: {}", meta.date.iso());
            let c = CITIES[meta.city];
            let _ = writeln!(out, "  city: {}", yaml_str(if en { c.1 } else { c.0 }));
            if let Some(v) = meta.venue {
                let v = VENUES[v];
                let _ = writeln!(out, "  venue: {}", yaml_str(if en { v.1 } else { v.0 }));
            }
        }
        DocType::Guide => {
            out.push_str("guide:\n");
            let _ = writeln!(out, "  audience: {}", yaml_list(&keys(&meta.audience, AUDIENCES), false));
        }
        _ => {}
    }
    out.push_str("---\n\n");
}

// ---------------------------------------------------------------------------------------------------
// English text (for --lang-mix)
// ---------------------------------------------------------------------------------------------------

struct En {
    nouns: Vec<(String, String)>,
    adjs: Vec<&'static str>,
    /// (base, 3sg, past)
    verbs: Vec<(String, String, String)>,
}

const EN_NOUNS: &str = "
report assessment community government company operator agency region river sea coast delta wetland
species! habitat fish! sturgeon! seal bird emission discharge waste! spill pipeline field permit licence law
regulation convention protocol party court appeal complaint request hearing citizen journalist student
organisation authority ministry inspector laboratory sample measurement standard limit fine damage! risk
hazard impact project programme budget revenue tax data! record register document decision plan strategy
policy monitoring! survey study lecture training workshop water! air! soil land climate! temperature level
drought flood storm erosion! shoreline network station map summary notice deadline procedure step comment
proposal right obligation access! participation! justice! transparency! ownership! oil! gas well platform
tanker port vessel spawning! population catch quota reserve park landfill
";

const EN_ADJS: &str = "
environmental public local regional national international coastal marine legal administrative annual
independent official available accurate significant major critical sensitive protected endangered industrial
offshore onshore urban rural seasonal long-term short-term transparent accountable effective mandatory
voluntary new current previous preliminary final detailed comprehensive technical scientific practical
Caspian northern toxic hazardous safe clean open timely
";

const EN_VERBS: &str = "
assess monitor publish review report reduce increase protect restore regulate require approve reject consider
discuss prepare submit:submits:submitted collect measure analyse record disclose update improve support
organise coordinate ensure provide establish identify inspect implement enforce finance
control:controls:controlled document limit ban:bans:banned examine track register
";

fn build_en() -> En {
    let nouns = EN_NOUNS
        .split_whitespace()
        .map(|w| {
            if let Some(w) = w.strip_suffix('!') {
                (w.to_string(), w.to_string())
            } else {
                let pl = if let Some(s) = w.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o', 'u'])) {
                    format!("{s}ies")
                } else if w.ends_with('s') || w.ends_with("sh") || w.ends_with("ch") || w.ends_with('x') {
                    format!("{w}es")
                } else {
                    format!("{w}s")
                };
                (w.to_string(), pl)
            }
        })
        .collect();
    let verbs = EN_VERBS
        .split_whitespace()
        .map(|spec| {
            let mut p = spec.split(':');
            let base = p.next().unwrap_or_default().to_string();
            if let (Some(s), Some(past)) = (p.next(), p.next()) {
                return (base, s.to_string(), past.to_string());
            }
            let s3 = if let Some(s) = base.strip_suffix('y') {
                format!("{s}ies")
            } else if base.ends_with('s') || base.ends_with("sh") || base.ends_with("ch") || base.ends_with('x') {
                format!("{base}es")
            } else {
                format!("{base}s")
            };
            let past = if let Some(s) = base.strip_suffix('y') {
                format!("{s}ied")
            } else if base.ends_with('e') {
                format!("{base}d")
            } else {
                format!("{base}ed")
            };
            (base, s3, past)
        })
        .collect();
    En { nouns, adjs: EN_ADJS.split_whitespace().collect(), verbs }
}

const EN_PLACES: &[&str] = &[
    "in Atyrau",
    "in Aktau",
    "in the Atyrau region",
    "in the Northern Caspian",
    "in the Ural river delta",
    "in Kazakhstan",
    "across the Caspian region",
    "in the Mangystau region",
    "in West Kazakhstan",
];

struct EnGen<'a> {
    ctx: &'a Ctx,
    rng: Rng,
    me: usize,
    pending: Option<String>,
}

impl EnGen<'_> {
    fn np(&mut self) -> (String, bool) {
        let en = &self.ctx.en;
        let (sg, pl) = &en.nouns[self.rng.skewed(en.nouns.len())];
        let plural = self.rng.chance(30) && sg != pl;
        let mut s = String::new();
        if self.rng.chance(60) {
            let adj = *self.rng.pick(&en.adjs);
            s.push_str(adj);
            s.push(' ');
        }
        s.push_str(if plural { pl } else { sg });
        if self.rng.chance(30) {
            let (sg2, _) = &en.nouns[self.rng.below(en.nouns.len())];
            s.push_str(" of the ");
            s.push_str(sg2);
        }
        (s, plural)
    }
    fn obj(&mut self) -> String {
        let (s, _) = self.np();
        let s = format!("the {s}");
        if let Some(t) = self.pending.take() {
            return format!("[{s}]({t})");
        }
        s
    }
    fn pp(&mut self) -> String {
        if self.rng.chance(20) {
            return self.rng.pick(EN_PLACES).to_string();
        }
        let p = *self.rng.pick(&["in", "for", "with", "under", "after", "before", "within", "by"]);
        format!("{p} {}", self.obj())
    }
    fn sentence(&mut self) -> String {
        let roll = self.rng.below(1000);
        if roll < 55 {
            if let Some(j) = self.ctx.link_target(&mut self.rng, self.me) {
                self.pending = Some(format!("@/{}.md", self.ctx.page_path(j)));
            }
        } else if roll < 80 {
            let base = *self.rng.pick(EXTERNAL);
            self.pending = Some(format!("{base}{}", self.rng.range(100, 99_999)));
        }
        let en = &self.ctx.en;
        let s = match self.rng.below(5) {
            0 | 1 => {
                let (subj, pl) = self.np();
                let (b, s3, past) = &en.verbs[self.rng.below(en.verbs.len())];
                let v = if self.rng.chance(50) {
                    past
                } else if pl {
                    b
                } else {
                    s3
                };
                format!("The {subj} {v} {} {}", self.obj(), self.pp())
            }
            2 => {
                let y = self.rng.range(1998, 2026);
                let (subj, _) = self.np();
                let (_, _, past) = &en.verbs[self.rng.below(en.verbs.len())];
                format!("In {y}, the {subj} {past} {}", self.obj())
            }
            3 => {
                let (subj, _) = self.np();
                let (b, _, _) = &en.verbs[self.rng.below(en.verbs.len())];
                format!("The {subj} must {b} {} {}", self.obj(), self.pp())
            }
            _ => {
                let (src, _) = self.np();
                let (subj, pl) = self.np();
                let be = if pl { "are" } else { "is" };
                let adj = self.rng.pick(&en.adjs);
                format!("According to the {src}, the {subj} {be} {adj} {}", self.pp())
            }
        };
        let s = match self.pending.take() {
            Some(t) => format!("{s} (see [the {}]({t}))", self.np().0),
            None => s,
        };
        format!("{}.", cap(&s))
    }
    fn paragraph(&mut self, out: &mut String) {
        for i in 0..self.rng.range(2, 6) {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(&self.sentence());
        }
        out.push_str("\n\n");
    }
    fn heading(&mut self) -> String {
        let (np, _) = self.np();
        match self.rng.below(3) {
            0 => cap(&np),
            1 => format!("How to {} the {np}", self.ctx.en.verbs[self.rng.below(self.ctx.en.verbs.len())].0),
            _ => format!("The {np} {}", self.pp()),
        }
    }
    fn body(&mut self, target: usize) -> String {
        let mut out = String::with_capacity(target + 2048);
        self.paragraph(&mut out);
        let mut sections = 0;
        while out.len() < target || sections < 2 {
            sections += 1;
            let _ = writeln!(out, "## {}\n", self.heading());
            self.paragraph(&mut out);
            if self.rng.chance(30) {
                for _ in 0..self.rng.range(3, 6) {
                    let (np, _) = self.np();
                    let _ = writeln!(out, "- {}", cap(&np));
                }
                out.push('\n');
            }
            if self.rng.chance(35) {
                let _ = writeln!(out, "### {}\n", self.heading());
                self.paragraph(&mut out);
            }
        }
        while out.ends_with('\n') {
            out.pop();
        }
        out.push('\n');
        out
    }
}

fn en_title(g: &mut EnGen, doc_type: DocType) -> String {
    let (np, _) = g.np();
    let t = match doc_type {
        DocType::Report => format!("Report on the {np}"),
        DocType::Guide => format!("A citizen's guide to the {np}"),
        DocType::FactSheet => format!("Fact sheet: the {np}"),
        DocType::News => format!("News: the {np} {}", g.pp()),
        DocType::Lecture => format!("Lecture: the {np}"),
    };
    cap(&t)
}

// ---------------------------------------------------------------------------------------------------
// Driver
// ---------------------------------------------------------------------------------------------------

struct Args {
    pages: usize,
    out: PathBuf,
    lang_mix: bool,
    seed: u64,
}

const USAGE: &str = "usage: gen_corpus --pages N --out DIR [--lang-mix] [--seed S]

Writes a synthetic ecolib site into DIR (site.toml, themes symlink, content/).
  --pages N     number of pages (default 1000)
  --out DIR     output directory (required); an existing DIR/content is replaced only if
                DIR was made by gen_corpus (it holds a .gen-corpus marker)
  --lang-mix    also write English translations (.en.md) for about 10% of the pages
  --seed S      PRNG seed (default fixed); same arguments give byte-identical output";

fn parse_args() -> Result<Args, String> {
    let mut pages = 1000;
    let mut out = None;
    let mut lang_mix = false;
    let mut seed = DEFAULT_SEED;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--pages" => {
                let v = it.next().ok_or("--pages needs a value")?;
                pages = v.replace('_', "").parse().map_err(|_| format!("--pages: not a number: {v}"))?;
            }
            "--out" => out = Some(PathBuf::from(it.next().ok_or("--out needs a value")?)),
            "--lang-mix" => lang_mix = true,
            "--seed" => {
                let v = it.next().ok_or("--seed needs a value")?;
                seed = v.parse().map_err(|_| format!("--seed: not a number: {v}"))?;
            }
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument: {other}")),
        }
    }
    let out = out.ok_or("--out DIR is required")?;
    if pages == 0 {
        return Err("--pages must be at least 1".into());
    }
    Ok(Args { pages, out, lang_mix, seed })
}

struct Totals {
    files: usize,
    pages: usize,
    translations: usize,
    bytes: u64,
    ru_bytes: u64,
    links: usize,
    long: usize,
}

fn write_file(path: &Path, text: &str, totals: &mut Totals) -> io::Result<()> {
    fs::write(path, text)?;
    totals.files += 1;
    totals.bytes += text.len() as u64;
    Ok(())
}

fn check_vocab(site_toml: &str) -> Result<(), String> {
    // Minimal TOML reading: keys of the `[topics]`, `[geography]`, `[pillars]`, `[audiences]`, `[doc_types]` tables
    // (`key = …` lines, or `[table.key]` headers).
    let mut table = String::new();
    let mut found: Vec<(String, String)> = Vec::new();
    for line in site_toml.lines() {
        let l = line.trim();
        if l.starts_with('[') {
            table = l.trim_matches(['[', ']']).to_string();
            // `[doc_types.report]`: a key declared as a table of its own.
            if let Some((outer, key)) = table.split_once('.') {
                found.push((outer.to_string(), key.to_string()));
            }
        } else if let Some((k, _)) = l.split_once('=') {
            found.push((table.clone(), k.trim().to_string()));
        }
    }
    let has = |t: &str, k: &str| found.iter().any(|(a, b)| a == t && b == k);
    let mut missing = Vec::new();
    for (t, keys) in [
        ("topics", TOPICS),
        ("geography", GEOGRAPHY),
        ("pillars", PILLARS),
        ("audiences", AUDIENCES),
        ("doc_types", &["report", "guide", "fact-sheet", "news", "lecture"][..]),
    ] {
        for k in keys {
            if !has(t, k) {
                missing.push(format!("{t}.{k}"));
            }
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!("site.toml lacks vocabulary keys the generator uses: {}", missing.join(", ")))
    }
}

fn section_index(title: &str, summary: &str) -> String {
    format!(
        "---\ntitle: {}\nsummary: {}\nsort_by: date\npaginate_by: 20\n---\n\n{}\n",
        yaml_str(title),
        yaml_str(summary),
        summary
    )
}

fn run(args: &Args) -> Result<Totals, String> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let site_toml =
        fs::read_to_string(repo.join("site.toml")).map_err(|e| format!("reading {}/site.toml: {e}", repo.display()))?;
    check_vocab(&site_toml)?;

    let out = &args.out;
    let content = out.join("content");
    let marker = out.join(MARKER);
    if content.exists() {
        if !marker.exists() {
            return Err(format!(
                "{} exists and {} was not made by gen_corpus (no {MARKER}); refusing to replace it",
                content.display(),
                out.display()
            ));
        }
        fs::remove_dir_all(&content).map_err(|e| format!("removing {}: {e}", content.display()))?;
    }
    fs::create_dir_all(&content).map_err(|e| format!("creating {}: {e}", content.display()))?;
    let err = |p: &Path| {
        let p = p.display().to_string();
        move |e: io::Error| format!("{p}: {e}")
    };
    fs::write(
        &marker,
        format!(
            "gen_corpus version={GENERATOR_VERSION} pages={} lang_mix={} seed={}\n",
            args.pages, args.lang_mix, args.seed
        ),
    )
    .map_err(err(&marker))?;
    fs::write(out.join("site.toml"), &site_toml).map_err(err(&out.join("site.toml")))?;

    let themes = out.join("themes");
    if fs::symlink_metadata(&themes).is_ok_and(|m| m.file_type().is_symlink()) {
        fs::remove_file(&themes).map_err(err(&themes))?;
    }
    if !themes.exists() {
        #[cfg(unix)]
        std::os::unix::fs::symlink(repo.join("themes"), &themes).map_err(err(&themes))?;
        #[cfg(not(unix))]
        eprintln!("gen_corpus: not on unix: copy {} to {} yourself", repo.join("themes").display(), themes.display());
    }

    let mut ctx = Ctx {
        nouns: parse_nouns(),
        adjs: parse_adjectives(),
        verbs: parse_verbs(),
        tags: split_tags(&[RU_TAGS]),
        en_tags: split_tags(&[EN_TAGS]),
        en: build_en(),
        pages: args.pages,
        width: (args.pages - 1).to_string().len().max(5),
        titles: Vec::new(),
    };

    // Pass 1: metadata and titles (link texts elsewhere use the target's title).
    let metas: Vec<Meta> = (0..args.pages)
        .map(|i| make_meta(&mut Rng::new(args.seed, i as u64, 0), ctx.tags.len(), ctx.en_tags.len()))
        .collect();
    ctx.titles = (0..args.pages).map(|i| ru_title(&ctx, args.seed, i, metas[i].doc_type)).collect();

    let mut totals = Totals { files: 0, pages: 0, translations: 0, bytes: 0, ru_bytes: 0, links: 0, long: 0 };

    write_file(
        &content.join("_index.md"),
        "---\ntitle: \"Синтетическая экологическая библиотека\"\nsummary: \"Сгенерированный корпус для измерения скорости сборки.\"\n---\n\nЭтот сайт создан программой gen_corpus для тестов производительности.\n",
        &mut totals,
    )
    .map_err(err(&content))?;
    if args.lang_mix {
        write_file(
            &content.join("_index.en.md"),
            "---\ntitle: \"Synthetic environmental library\"\nsummary: \"A generated corpus for build benchmarks.\"\n---\n\nThis site was made by gen_corpus for performance tests.\n",
            &mut totals,
        )
        .map_err(err(&content))?;
    }
    for (s, (ru_t, ru_s, en_t, en_s)) in SECTION_TITLES.iter().enumerate() {
        let dir = content.join(format!("section-{s}"));
        fs::create_dir_all(&dir).map_err(err(&dir))?;
        write_file(&dir.join("_index.md"), &section_index(ru_t, ru_s), &mut totals).map_err(err(&dir))?;
        if args.lang_mix {
            write_file(&dir.join("_index.en.md"), &section_index(en_t, en_s), &mut totals).map_err(err(&dir))?;
        }
    }

    let mut text = String::with_capacity(128 * 1024);
    for (i, meta) in metas.iter().enumerate() {
        let mut g = Ru { ctx: &ctx, rng: Rng::new(args.seed, i as u64, 1), me: i, pending: None, links: 0 };
        let summary = ru_summary(&mut g);
        g.links = 0; // count only the links in the body
        let body = g.body(meta);
        text.clear();
        front_matter(&mut text, &ctx, meta, &ctx.titles[i], &summary, Lang::Ru);
        text.push_str(&body);
        let path = content.join(format!("{}.md", ctx.page_path(i)));
        write_file(&path, &text, &mut totals).map_err(err(&path))?;
        totals.pages += 1;
        totals.ru_bytes += text.len() as u64;
        totals.links += g.links;
        totals.long += meta.long as usize;

        let mut lang_rng = Rng::new(args.seed, i as u64, 3);
        if args.lang_mix && lang_rng.below(10) == 0 {
            let mut e = EnGen { ctx: &ctx, rng: Rng::new(args.seed, i as u64, 4), me: i, pending: None };
            let title = en_title(&mut e, meta.doc_type);
            let mut summary = e.sentence();
            summary = limit_chars(&strip_markup(&summary), 300);
            let body = e.body(meta.body_target * 6 / 10);
            text.clear();
            front_matter(&mut text, &ctx, meta, &title, &summary, Lang::En);
            text.push_str(&body);
            let path = content.join(format!("{}.en.md", ctx.page_path(i)));
            write_file(&path, &text, &mut totals).map_err(err(&path))?;
            totals.translations += 1;
        }
    }
    Ok(totals)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if e.is_empty() {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            eprintln!("gen_corpus: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(t) => {
            println!(
                "gen_corpus v{GENERATOR_VERSION}: {} pages ({} long), {} translations, {} files, {} internal links; \
                 markdown {} bytes ({:.1} MB), Russian pages {} bytes, mean page {} bytes -> {}",
                t.pages,
                t.long,
                t.translations,
                t.files,
                t.links,
                t.bytes,
                t.bytes as f64 / 1e6,
                t.ru_bytes,
                t.ru_bytes / t.pages as u64,
                args.out.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_corpus: {e}");
            ExitCode::FAILURE
        }
    }
}
