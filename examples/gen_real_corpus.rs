//! Realistic benchmark corpus: pages whose words follow real Russian and English word frequencies.
//!
//! ```text
//! python3 benches/data/make_wordlists.py target/bench/wordlists      # wordfreq → words-{ru,en}.tsv.gz
//! gzip -dk target/bench/wordlists/*.tsv.gz
//! cargo run --release --example gen_real_corpus -- --pages 1000 --words target/bench/wordlists --out DIR
//! ```
//!
//! Why it exists: `gen_corpus` draws from about 5,000 hand-made forms, so a search index built from it is a
//! tenth of what real text costs (issue 11). Here every word is drawn from wordfreq's lists of real inflected
//! forms (`words-ru.tsv`, `words-en.tsv`: `form<TAB>count`, most frequent first), with a page-topic effect
//! (each page repeats a few words of its own), so that the vocabulary grows as real text does: about
//! 0.74 M words, 100,000 distinct forms and 55,000 hapaxes per 1,000 pages, about 330,000 distinct forms at
//! 10,000. One page in 11 is the English translation of the page before it, about one in 140 a Kazakh one
//! (wordfreq has no Kazakh: a small embedded vocabulary). Tags come from a pool of 250, most of them
//! several words long, used with a skew («Орхусская конвенция» on about 13% of pages).
//!
//! Std only; a fixed-seed xorshift64* PRNG seeded per page makes the output byte-identical for the same
//! arguments and word lists. The generator prints the corpus's statistics (tokens, distinct forms,
//! hapaxes, languages, tags) so that a reviewer can check them, and writes them to `DIR/corpus-stats.txt`.

use std::collections::HashMap;
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
const DEFAULT_SEED: u64 = 0x0EC0_11B5_2026_0011;
const SECTIONS: usize = 10;
/// Marker in the output directory; its presence allows the generator to replace `content/`.
const MARKER: &str = ".gen-real-corpus";
/// Share of a page's words drawn from its own topic words, in percent (burstiness of real text).
const TOPIC_PERCENT: usize = 12;
/// How many topic words a page has, and the rank below which a word is too common to be one.
const TOPIC_WORDS: usize = 40;
const TOPIC_MIN_RANK: usize = 300;
/// Share of tokens that are numbers (years, article numbers), in per mille.
const NUMBER_PERMILLE: usize = 12;

// ---------------------------------------------------------------------------------------------------
// Word lists and sampling
// ---------------------------------------------------------------------------------------------------

/// Word forms with cumulative counts, so that a uniform draw below the total picks a form with its
/// real frequency.
struct Vocab {
    words: Vec<String>,
    cumulative: Vec<u64>,
}

impl Vocab {
    fn from_tsv(text: &str, source: &Path) -> Result<Vocab, String> {
        let mut words = Vec::new();
        let mut cumulative = Vec::new();
        let mut total = 0u64;
        for (n, line) in text.lines().enumerate() {
            let (word, count) = line
                .split_once('\t')
                .ok_or_else(|| format!("{}:{}: expected `form<TAB>count`", source.display(), n + 1))?;
            let count: u64 =
                count.trim().parse().map_err(|_| format!("{}:{}: bad count {count:?}", source.display(), n + 1))?;
            total += count;
            words.push(word.to_string());
            cumulative.push(total);
        }
        if words.is_empty() {
            return Err(format!("{}: no words", source.display()));
        }
        Ok(Vocab { words, cumulative })
    }
    /// Forms ranked by frequency from a fixed list, with weights ∝ 1/(rank + 2) (Zipf).
    fn from_ranked(list: &str) -> Vocab {
        let words: Vec<String> = list.split_whitespace().map(str::to_string).collect();
        let mut total = 0u64;
        let cumulative = (0..words.len())
            .map(|r| {
                total += 1_000_000 / (r as u64 + 2);
                total
            })
            .collect();
        Vocab { words, cumulative }
    }
    fn total(&self) -> u64 {
        self.cumulative.last().copied().unwrap_or(1)
    }
    /// Rank of a word drawn with its frequency.
    fn sample(&self, rng: &mut Rng) -> usize {
        let x = rng.next_u64() % self.total();
        self.cumulative.partition_point(|&c| c <= x)
    }
}

/// Draws the words of one page: mostly from the language's frequencies, partly from the page's topic
/// words, sometimes a number.
struct WordSource<'a> {
    vocab: &'a Vocab,
    topic: Vec<usize>,
    rng: Rng,
}

impl<'a> WordSource<'a> {
    fn new(vocab: &'a Vocab, mut rng: Rng) -> WordSource<'a> {
        let min_rank = TOPIC_MIN_RANK.min(vocab.words.len() / 4);
        let mut topic = Vec::with_capacity(TOPIC_WORDS);
        while topic.len() < TOPIC_WORDS.min(vocab.words.len() / 8).max(1) {
            let r = vocab.sample(&mut rng);
            if r >= min_rank && !topic.contains(&r) {
                topic.push(r);
            }
        }
        WordSource { vocab, topic, rng }
    }
    fn word(&mut self) -> String {
        if self.rng.below(1000) < NUMBER_PERMILLE {
            return if self.rng.chance(60) {
                self.rng.range(1990, 2026).to_string()
            } else {
                self.rng.range(1, 400).to_string()
            };
        }
        let rank = if self.rng.chance(TOPIC_PERCENT) {
            // Skewed: a page's first topic words are its main subject.
            let k = self.rng.below(self.topic.len()) + 1;
            self.topic[self.rng.below(k)]
        } else {
            self.vocab.sample(&mut self.rng)
        };
        self.vocab.words[rank].clone()
    }
    /// A content word for titles and headings: not among the 150 commonest forms.
    fn content_word(&mut self) -> String {
        let floor = 150.min(self.vocab.words.len() / 4);
        loop {
            let rank = if self.rng.chance(40) {
                self.topic[self.rng.below(self.topic.len())]
            } else {
                self.vocab.sample(&mut self.rng)
            };
            if rank >= floor {
                return self.vocab.words[rank].clone();
            }
        }
    }
    fn sentence(&mut self, lo: usize, hi: usize) -> String {
        let n = self.rng.range(lo, hi);
        let mut s = String::new();
        for i in 0..n {
            let w = self.word();
            if i == 0 {
                s.push_str(&capitalize(&w));
            } else {
                s.push(if self.rng.chance(7) { ',' } else { ' ' });
                if s.ends_with(',') {
                    s.push(' ');
                }
                s.push_str(&w);
            }
        }
        s.push('.');
        s
    }
    fn phrase(&mut self, lo: usize, hi: usize) -> String {
        let n = self.rng.range(lo, hi);
        let words: Vec<String> = (0..n).map(|_| self.content_word()).collect();
        capitalize(&words.join(" "))
    }
    /// Markdown body of about `words` words: `##` sections of paragraphs, sometimes a list.
    fn body(&mut self, words: usize) -> String {
        let mut out = String::with_capacity(words * 9);
        let mut written = 0;
        while written < words {
            let _ = writeln!(out, "## {}\n", self.phrase(2, 6));
            for _ in 0..self.rng.range(2, 5) {
                if self.rng.chance(15) {
                    for _ in 0..self.rng.range(2, 5) {
                        let item = self.sentence(3, 9);
                        written += item.split(' ').count();
                        let _ = writeln!(out, "- {item}");
                    }
                } else {
                    for k in 0..self.rng.range(2, 6) {
                        let s = self.sentence(6, 20);
                        written += s.split(' ').count();
                        out.push_str(if k == 0 { "" } else { " " });
                        out.push_str(&s);
                    }
                    out.push('\n');
                }
                out.push('\n');
            }
        }
        out
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Cuts at a word boundary to at most `max` characters.
fn limit_chars(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max - 1).collect();
    let cut = cut.rfind(' ').map_or(&cut[..], |p| &cut[..p]);
    format!("{}…", cut.trim_end_matches([',', ' ', '.']))
}

// ---------------------------------------------------------------------------------------------------
// Vocabularies of the site (keys from site.toml) and tags
// ---------------------------------------------------------------------------------------------------

const GEOGRAPHY: &[&str] =
    &["caspian-sea", "kazakhstan", "atyrau-region", "west-kazakhstan-region", "mangystau-region"];
const PILLARS: &[&str] = &["access-to-information", "public-participation", "access-to-justice"];
const CITIES: &[&str] = &["Атырау", "Актау", "Уральск", "Астана", "Алматы", "Кульсары"];
const SOURCE_URL: &str = "https://adilet.zan.kz/rus/docs/V";

/// The tag pool, most used first; duplicates are dropped when it is split.
/// Multi-word tags of this library's own subjects, used first (on the most pages), before the shared pool.
const RU_OWN_TAGS: &str = "
Орхусская конвенция|Экологический кодекс|общественные слушания|доступ к информации|участие общественности|доступ к правосудию|качество воздуха|разлив нефти|каспийский тюлень|изменение климата|оценка воздействия на окружающую среду|экологическая информация|права граждан|Протокол о РВПЗ|Тегеранская конвенция|Актауский протокол|Московский протокол|Ашхабадский протокол|сохранение осетровых|биологические ресурсы Каспия|морская среда|трансграничное загрязнение|экологические правонарушения|государственный экологический контроль|экологическое право|Комитет по соблюдению|совещание сторон|национальный доклад|Северный Каспий|экологическая экспертиза проектов|качество питьевой воды|загрязнение атмосферного воздуха|охрана водных ресурсов|особо охраняемые природные территории|обращение с отходами|государственные закупки|общественный контроль|экологические НПО|право на благоприятную среду|
";

/// Kazakh forms, commonest first (wordfreq has no Kazakh list).
const KK_WORDS: &str = "
және мен бұл үшін туралы бойынша жылы ол да де бір сондай-ақ бірақ немесе егер болып табылады болады керек
қажет мүмкін береді алады жасайды өтті өткізілді қабылданды бекітілді жарияланды ұсынылды қазақстан
республикасы қазақстанның республикасының экологиялық ақпарат ақпаратқа ақпаратты ақпараттың қол жеткізу
жеткізуге жұртшылық жұртшылықтың қатысуы қатысу қатысуымен сот төрелігі төрелігіне конвенция конвенциясы
конвенциясының орхус орхустық тегеран каспий каспийдің теңіз теңізі теңізінің теңізде су судың суды сулары
ауа ауаның сапасы сапасын мұнай мұнайдың мұнайды газ газдың өндіру өндірісі өндірушілер компания компаниялар
компаниялардың мемлекеттік орган органдар органдары органдарының азаматтар азаматтардың азаматтарға құқық
құқығы құқықтары құқықтарын заң заңы заңның заңнама заңнамасы кодекс кодексі кодексінің қоршаған орта ортаны
ортаның ортаға қорғау қорғауды қорғаудың ластану ластануы ластанудың қалдықтар қалдықтарды қалдықтардың
шығарындылар шығарындыларды мониторинг мониторингі мониторингтің зерттеу зерттеулер зерттеулері есеп есебі
есептер баяндама баяндамасы нұсқаулық нұсқаулығы дәріс дәрісі жаңалықтар атырау атыраудың атырауда облысы
облысының облысында жайық жайықтың өзені өзенінің балық балықтар балықтың бекіре бекіренің итбалық итбалықтар
құстар құстардың табиғат табиғи табиғатты аумақ аумақтар аумағы қорық қорығы климат климаттың өзгеруі
өзгерісі деңгейі деңгейінің тұрғындар тұрғындары тұрғындарының денсаулығы денсаулығына тыңдау тыңдаулар
тыңдаулары қоғамдық талқылау талқылауы шешім шешімі шешімдер шешімдерді өтініш өтініштер шағым шағымдар сұрау
сұрауы жауап жауабы мерзім мерзімі күн күні жыл жылдың ай айы бірінші екінші үшінші жаңа үлкен маңызды барлық
көптеген басқа орталық орталығы орталығының халықаралық ынтымақтастық ынтымақтастығы жоба жобасы жобалар
бағдарлама бағдарламасы білім беру оқыту студенттер журналистер ұйымдар үкіметтік емес ұйым кәсіпорын
кәсіпорындар рұқсат рұқсаты бағалау бағалауы әсер әсерін тексеру тексерулер айыппұл айыппұлдар өтемақы
залал қауіпсіздік апат төгілу топырақ жер жерлер дала шөл құрғақшылық тасқын ақтау маңғыстау орал астана
министрлігі министрлік әкімдігі әкімдік хаттама хаттамасы тараптар тараптардың кеңес кеңесі отырыс отырысы
";

/// `k` distinct tags, tag r drawn with weight ∝ 1/(r + 6): the first tags are on many pages.
fn pick_tags(rng: &mut Rng, pool: usize, k: usize) -> Vec<usize> {
    let weight = |r: usize| 1_000_000 / (r as u64 + 6);
    let total: u64 = (0..pool).map(weight).sum();
    let mut out = Vec::with_capacity(k);
    while out.len() < k.min(pool) {
        let mut x = rng.next_u64() % total;
        let mut r = 0;
        while x >= weight(r) {
            x -= weight(r);
            r += 1;
        }
        if !out.contains(&r) {
            out.push(r);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------------
// Pages
// ---------------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Lang {
    Ru,
    En,
    Kk,
}

impl Lang {
    fn suffix(self) -> &'static str {
        match self {
            Lang::Ru => "",
            Lang::En => ".en",
            Lang::Kk => ".kk",
        }
    }
}

/// Page `i` is a translation of page `i - 1` (one in 11 English, about one in 140 Kazakh), or Russian.
fn language_of(i: usize) -> Lang {
    if i % 11 == 10 {
        Lang::En
    } else if i % 101 == 50 && !matches!(i % 11, 0 | 9) {
        // Neither right after an English page (it would translate a translation) nor right before one
        // (the English page would translate this one).
        Lang::Kk
    } else {
        Lang::Ru
    }
}

/// What a page and its translation share: the front matter apart from title, summary and tags' language.
struct Meta {
    doc_type: &'static str,
    date: String,
    topics: Vec<usize>,
    geography: Option<usize>,
    pillar: Option<usize>,
    tags: Vec<usize>,
    en_tags: Vec<usize>,
    city: usize,
    long: bool,
    words: usize,
}

fn make_meta(rng: &mut Rng, ru_tags: usize, en_tags: usize) -> Meta {
    let doc_type = ["report", "report", "news", "news", "guide", "fact-sheet", "fact-sheet", "lecture"][rng.below(8)];
    let date = format!("{}-{:02}-{:02}", rng.range(1998, 2025), rng.range(1, 12), rng.range(1, 28));
    let mut topics = vec![rng.below(TOPICS.len())];
    if rng.chance(60) {
        let t = rng.below(TOPICS.len());
        if !topics.contains(&t) {
            topics.push(t);
        }
    }
    let geography = rng.chance(60).then(|| rng.below(GEOGRAPHY.len()));
    let pillar = rng.chance(35).then(|| rng.below(PILLARS.len()));
    let k = rng.range(2, 6);
    let tags = pick_tags(rng, ru_tags, k);
    let k = rng.range(2, 4);
    let en_tags = pick_tags(rng, en_tags, k);
    let city = rng.below(CITIES.len());
    // 5% long documents (laws, reports); the others a few hundred words. Mean ≈ 700 words with title and summary.
    let long = rng.chance(5);
    let words = if long { rng.range(2_200, 5_600) } else { rng.range(190, 700) };
    Meta { doc_type, date, topics, geography, pillar, tags, en_tags, city, long, words }
}

fn yaml_str(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn yaml_list(items: &[&str], quote: bool) -> String {
    let parts: Vec<String> = items.iter().map(|x| if quote { yaml_str(x) } else { x.to_string() }).collect();
    format!("[{}]", parts.join(", "))
}

struct PageText<'a> {
    meta: &'a Meta,
    lang: Lang,
    title: &'a str,
    summary: &'a str,
    tags: Vec<&'a str>,
    source_no: usize,
}

fn front_matter(out: &mut String, p: &PageText) {
    let m = p.meta;
    out.push_str("---\n");
    let _ = writeln!(out, "title: {}", yaml_str(p.title));
    let _ = writeln!(out, "summary: {}", yaml_str(p.summary));
    let _ = writeln!(out, "doc_type: {}\ndate: {}", m.doc_type, m.date);
    if m.doc_type == "fact-sheet" {
        let _ = writeln!(out, "review_by: 2027-{:02}-15", 1 + p.source_no % 12);
    }
    let topics: Vec<&str> = m.topics.iter().map(|&t| TOPICS[t]).collect();
    let _ = writeln!(out, "topics: {}", yaml_list(&topics, false));
    if let Some(g) = m.geography {
        let _ = writeln!(out, "geography: [{}]", GEOGRAPHY[g]);
    }
    if let Some(pl) = m.pillar {
        let _ = writeln!(out, "pillars: [{}]", PILLARS[pl]);
    }
    let _ = writeln!(out, "tags: {}", yaml_list(&p.tags, true));
    let source = if p.lang == Lang::En { "Legal information system of Kazakhstan" } else { "ИПС «Әділет»" };
    let _ = writeln!(out, "sources:\n  - title: {}\n    url: {SOURCE_URL}{}", yaml_str(source), p.source_no);
    match m.doc_type {
        "lecture" => {
            let _ = writeln!(out, "event:\n  date: {}\n  city: {}", m.date, yaml_str(CITIES[m.city]));
        }
        "guide" => out.push_str("guide:\n  audience: [citizens]\n"),
        _ => {}
    }
    out.push_str("---\n\n");
}

/// Counts lowercase word forms the way a search index sees them: runs of letters and digits.
#[derive(Default)]
struct Stats {
    forms: HashMap<String, u32>,
    tokens: u64,
    pages: [usize; 3],
    long: usize,
    tag_use: HashMap<&'static str, usize>,
    bytes: u64,
}

impl Stats {
    fn count_text(&mut self, text: &str) {
        for token in text.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()) {
            self.tokens += 1;
            *self.forms.entry(token.to_lowercase()).or_insert(0) += 1;
        }
    }
    fn report(&self, tags_in_pool: usize) -> String {
        let distinct = self.forms.len();
        let hapax = self.forms.values().filter(|&&c| c == 1).count();
        let total: usize = self.pages.iter().sum();
        let mut used: Vec<(&str, usize)> = self.tag_use.iter().map(|(t, n)| (*t, *n)).collect();
        used.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let multi = used.iter().filter(|(t, _)| t.contains(' ')).count();
        let top: Vec<String> = used.iter().take(5).map(|(t, n)| format!("«{t}» {n}")).collect();
        format!(
            "gen_real_corpus v{GENERATOR_VERSION}: {total} pages (ru {}, en {} = {:.1}%, kk {}; {} long), \
             markdown {:.1} MB\n  tokens {} ({:.0} per page), distinct lowercase forms {distinct}, \
             hapaxes {hapax} ({:.0}% of forms)\n  tags in use: {} ({multi} multi-word; pools: {tags_in_pool} Russian, {} English); \
             most used: {}\n",
            self.pages[0],
            self.pages[1],
            100.0 * self.pages[1] as f64 / total as f64,
            self.pages[2],
            self.long,
            self.bytes as f64 / 1e6,
            self.tokens,
            self.tokens as f64 / total as f64,
            100.0 * hapax as f64 / distinct.max(1) as f64,
            used.len(),
            split_tags(&[EN_TAGS]).len(),
            top.join(", "),
        )
    }
}

// ---------------------------------------------------------------------------------------------------
// Driver
// ---------------------------------------------------------------------------------------------------

struct Args {
    pages: usize,
    out: PathBuf,
    words: PathBuf,
    seed: u64,
}

const USAGE: &str = "usage: gen_real_corpus --pages N --words DIR --out DIR [--seed S]

Writes an ecolib site with real word frequencies into --out (site.toml, themes symlink, content/).
  --pages N    number of pages, translations included (default 1000)
  --words DIR  folder with words-ru.tsv and words-en.tsv (benches/data/make_wordlists.py, then gunzip)
  --out DIR    output directory; an existing DIR/content is replaced only if gen_real_corpus made it
  --seed S     PRNG seed (default fixed); the same arguments and word lists give byte-identical output";

fn parse_args() -> Result<Args, String> {
    let (mut pages, mut out, mut words, mut seed) = (1000, None, None, DEFAULT_SEED);
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = || it.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--pages" => {
                let v = value()?;
                pages = v.replace('_', "").parse().map_err(|_| format!("--pages: not a number: {v}"))?;
            }
            "--out" => out = Some(PathBuf::from(value()?)),
            "--words" => words = Some(PathBuf::from(value()?)),
            "--seed" => {
                let v = value()?;
                seed = v.parse().map_err(|_| format!("--seed: not a number: {v}"))?;
            }
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument: {other}")),
        }
    }
    let out = out.ok_or("--out DIR is required")?;
    let words = words.ok_or("--words DIR is required")?;
    if pages < 2 {
        return Err("--pages must be at least 2".into());
    }
    Ok(Args { pages, out, words, seed })
}

fn read_vocab(dir: &Path, lang: &str) -> Result<Vocab, String> {
    let path = dir.join(format!("words-{lang}.tsv"));
    let text = fs::read_to_string(&path)
        .map_err(|e| format!("{}: {e} (see benches/data/make_wordlists.py)", path.display()))?;
    Vocab::from_tsv(&text, &path)
}

fn io_err(p: &Path) -> impl Fn(io::Error) -> String + '_ {
    move |e| format!("{}: {e}", p.display())
}

/// Makes `out` a site folder: `site.toml` copied from the repository, `themes` linked, `content/` empty.
fn prepare_site(out: &Path) -> Result<PathBuf, String> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let site_toml = repo.join("site.toml");
    let toml = fs::read_to_string(&site_toml).map_err(io_err(&site_toml))?;
    for key in TOPICS.iter().chain(GEOGRAPHY).chain(PILLARS) {
        if !toml.lines().any(|l| l.trim_start().starts_with(&format!("{key} ="))) {
            return Err(format!("site.toml has no vocabulary key `{key}` that the generator uses"));
        }
    }
    let content = out.join("content");
    if content.exists() {
        if !out.join(MARKER).exists() {
            return Err(format!(
                "{} exists and was not made by gen_real_corpus; refusing to replace it",
                content.display()
            ));
        }
        fs::remove_dir_all(&content).map_err(io_err(&content))?;
    }
    fs::create_dir_all(&content).map_err(io_err(&content))?;
    fs::write(out.join(MARKER), format!("gen_real_corpus v{GENERATOR_VERSION}\n")).map_err(io_err(out))?;
    fs::write(out.join("site.toml"), toml).map_err(io_err(out))?;
    let themes = out.join("themes");
    if fs::symlink_metadata(&themes).is_err() {
        #[cfg(unix)]
        std::os::unix::fs::symlink(repo.join("themes"), &themes).map_err(io_err(&themes))?;
    }
    Ok(content)
}

fn write_sections(content: &Path) -> Result<(), String> {
    let home = "---\ntitle: \"Библиотека (реалистичный корпус)\"\nsummary: \"Корпус для замеров поиска.\"\n---\n";
    fs::write(content.join("_index.md"), home).map_err(io_err(content))?;
    for (lang, title) in [("en", "Library"), ("kk", "Кітапхана")] {
        let text = format!("---\ntitle: \"{title}\"\nsummary: \"{title}\"\n---\n");
        fs::write(content.join(format!("_index.{lang}.md")), text).map_err(io_err(content))?;
    }
    for s in 0..SECTIONS {
        let dir = content.join(format!("section-{s}"));
        fs::create_dir_all(&dir).map_err(io_err(&dir))?;
        for suffix in ["", ".en", ".kk"] {
            let text =
                format!("---\ntitle: \"Раздел {s}\"\nsummary: \"Раздел {s}\"\nsort_by: date\npaginate_by: 20\n---\n");
            let path = dir.join(format!("_index{suffix}.md"));
            fs::write(&path, text).map_err(io_err(&path))?;
        }
    }
    Ok(())
}

struct Corpus {
    ru: Vocab,
    en: Vocab,
    kk: Vocab,
    ru_tags: Vec<&'static str>,
    en_tags: Vec<&'static str>,
    metas: Vec<Meta>,
    seed: u64,
    width: usize,
}

impl Corpus {
    /// Writes page `i` (a Russian original or a translation of page `i - 1`) and counts its words.
    fn write_page(&self, i: usize, content: &Path, stats: &mut Stats) -> Result<(), String> {
        let lang = language_of(i);
        let original = if lang == Lang::Ru { i } else { i - 1 };
        let meta = &self.metas[original];
        let vocab = match lang {
            Lang::Ru => &self.ru,
            Lang::En => &self.en,
            Lang::Kk => &self.kk,
        };
        let mut source = WordSource::new(vocab, Rng::new(self.seed, i as u64, 1));
        let title = source.phrase(3, 8);
        let summary = limit_chars(&format!("{} {}", source.sentence(8, 20), source.sentence(6, 16)), 300);
        let body = source.body(if lang == Lang::Ru { meta.words } else { meta.words * 8 / 10 });
        let tags: Vec<&'static str> = if lang == Lang::En {
            meta.en_tags.iter().map(|&t| self.en_tags[t]).collect()
        } else {
            meta.tags.iter().map(|&t| self.ru_tags[t]).collect()
        };
        let mut text = String::with_capacity(body.len() + 1024);
        let page =
            PageText { meta, lang, title: &title, summary: &summary, tags: tags.clone(), source_no: 1000 + original };
        front_matter(&mut text, &page);
        text.push_str(&body);
        let path = content.join(format!(
            "section-{}/page-{:0w$}{}.md",
            original % SECTIONS,
            original,
            lang.suffix(),
            w = self.width
        ));
        fs::write(&path, &text).map_err(io_err(&path))?;
        for t in [&title, &summary, &body] {
            stats.count_text(t);
        }
        for t in tags {
            *stats.tag_use.entry(t).or_insert(0) += 1;
        }
        stats.pages[lang as usize] += 1;
        stats.long += usize::from(meta.long && lang == Lang::Ru);
        stats.bytes += text.len() as u64;
        Ok(())
    }
}

fn run(args: &Args) -> Result<String, String> {
    let ru_tags = split_tags(&[RU_OWN_TAGS, RU_TAGS]);
    let en_tags = split_tags(&[EN_TAGS]);
    let metas = (0..args.pages)
        .map(|i| make_meta(&mut Rng::new(args.seed, i as u64, 0), ru_tags.len(), en_tags.len()))
        .collect();
    let corpus = Corpus {
        ru: read_vocab(&args.words, "ru")?,
        en: read_vocab(&args.words, "en")?,
        kk: Vocab::from_ranked(KK_WORDS),
        ru_tags,
        en_tags,
        metas,
        seed: args.seed,
        width: (args.pages - 1).to_string().len().max(5),
    };
    let content = prepare_site(&args.out)?;
    let mut stats = Stats::default();
    write_sections(&content)?;
    for i in 0..args.pages {
        corpus.write_page(i, &content, &mut stats)?;
    }
    let report = stats.report(corpus.ru_tags.len());
    let path = args.out.join("corpus-stats.txt");
    fs::write(&path, &report).map_err(io_err(&path))?;
    Ok(report)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("gen_real_corpus: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(report) => {
            print!("{report}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_real_corpus: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sampling_follows_the_counts_of_the_word_list() {
        let vocab = Vocab::from_tsv("и\t700\nв\t200\nморе\t100\n", Path::new("t.tsv")).unwrap();
        let mut rng = Rng::new(1, 2, 3);
        let mut seen = [0usize; 3];
        for _ in 0..100_000 {
            seen[vocab.sample(&mut rng)] += 1;
        }
        assert!((69_000..71_000).contains(&seen[0]), "{seen:?}");
        assert!((19_000..21_000).contains(&seen[1]), "{seen:?}");
        assert!((9_000..11_000).contains(&seen[2]), "{seen:?}");
    }

    #[test]
    fn one_page_in_eleven_is_english_and_translations_follow_a_russian_page() {
        let langs: Vec<Lang> = (0..10_000).map(language_of).collect();
        let en = langs.iter().filter(|&&l| l == Lang::En).count();
        let kk = langs.iter().filter(|&&l| l == Lang::Kk).count();
        assert_eq!(en, 909);
        assert_eq!(kk, 72);
        for (i, l) in langs.iter().enumerate() {
            if *l != Lang::Ru {
                assert!(i > 0 && langs[i - 1] == Lang::Ru, "page {i} translates a page that is not Russian");
            }
        }
    }

    #[test]
    fn a_bad_line_in_the_word_list_names_its_file_and_line() {
        let err = Vocab::from_tsv("и\t7\nморе\n", Path::new("w.tsv")).err().unwrap();
        assert_eq!(err, "w.tsv:2: expected `form<TAB>count`");
    }
}
