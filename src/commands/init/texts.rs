//! What `ecolib init` writes, in each language it can write a site in: the site's labels and the texts of
//! the example pages. A language is a column: Russian, Kazakh, English, in that order in every table.

/// The languages `init` has texts for, in column order (the built-in theme speaks the same).
pub const LANGUAGES: [&str; 3] = ["ru", "kk", "en"];

/// One text in every language, in [`LANGUAGES`] order.
pub type Texts = [&'static str; 3];

/// The column of `lang` in every table.
pub fn column(lang: &str) -> Option<usize> {
    LANGUAGES.iter().position(|l| *l == lang)
}

/// The language's name in itself, for the language switcher.
pub const LANGUAGE_LABELS: Texts = ["Русский", "Қазақша", "English"];

pub const SITE_TITLE: Texts = ["Экологическая библиотека", "Экологиялық кітапхана", "Environmental library"];

pub const SITE_DESCRIPTION: Texts = [
    "Документы, руководства и новости об экологических правах: доступ к информации, участие общественности и \
     доступ к правосудию.",
    "Экологиялық құқықтар туралы құжаттар, нұсқаулықтар және жаңалықтар: ақпаратқа қол жеткізу, жұртшылықтың \
     қатысуы және сот төрелігіне қол жеткізу.",
    "Documents, guides and news on environmental rights: access to information, public participation and access \
     to justice.",
];

pub const HOME_BODY: Texts = [
    "Добро пожаловать. Это новая библиотека, созданная командой `ecolib init`: замените этот текст рассказом о \
     вашем центре.",
    "Қош келдіңіз. Бұл `ecolib init` командасымен жасалған жаңа кітапхана: осы мәтінді орталығыңыз туралы \
     әңгімемен ауыстырыңыз.",
    "Welcome. This is a new library made by `ecolib init`: replace this text with a word about your centre.",
];

/// A document type the new site declares: key, labels, and its declaration lines in site.toml.
pub struct DocTypeSeed {
    pub key: &'static str,
    pub labels: Texts,
    pub declaration: &'static str,
}

pub const DOC_TYPES: [DocTypeSeed; 7] = [
    DocTypeSeed {
        key: "page",
        labels: ["Страница", "Бет", "Page"],
        declaration: "document = false\nschema_org = \"WebPage\"",
    },
    DocTypeSeed {
        key: "glossary-term",
        labels: ["Термин", "Термин", "Glossary term"],
        declaration: "document = false\nschema_org = \"DefinedTerm\"",
    },
    DocTypeSeed {
        key: "report",
        labels: ["Доклад", "Баяндама", "Report"],
        declaration: "document = true\nschema_org = \"Report\"",
    },
    DocTypeSeed {
        key: "news",
        labels: ["Новость", "Жаңалық", "News"],
        declaration: "document = true\nschema_org = \"NewsArticle\"",
    },
    DocTypeSeed {
        key: "guide",
        labels: ["Руководство", "Нұсқаулық", "Guide"],
        declaration: "document = true\nblock = \"guide\"\nschema_org = \"HowTo\"",
    },
    DocTypeSeed {
        key: "event",
        labels: ["Мероприятие", "Іс-шара", "Event"],
        declaration: "document = true\nblock = \"event\"\nschema_org = \"Event\"",
    },
    DocTypeSeed {
        key: "law",
        labels: ["Закон", "Заң", "Law"],
        declaration: "document = true\nblock = \"law\"\nreview_by_required = true\nschema_org = \"Legislation\"",
    },
];

/// The other vocabularies: table name and its keys with labels.
pub const VOCABULARIES: [(&str, &[(&str, Texts)]); 4] = [
    (
        "topics",
        &[
            ("environmental-rights", ["Экологические права", "Экологиялық құқықтар", "Environmental rights"]),
            ("water", ["Водные ресурсы", "Су ресурстары", "Water"]),
            ("air-quality", ["Качество воздуха", "Ауа сапасы", "Air quality"]),
            ("waste", ["Отходы", "Қалдықтар", "Waste"]),
            ("biodiversity", ["Биоразнообразие", "Биоәртүрлілік", "Biodiversity"]),
            ("climate", ["Климат", "Климат", "Climate"]),
        ],
    ),
    (
        "pillars",
        &[
            ("access-to-information", ["Доступ к информации", "Ақпаратқа қол жеткізу", "Access to information"]),
            ("public-participation", ["Участие общественности", "Жұртшылықтың қатысуы", "Public participation"]),
            ("access-to-justice", ["Доступ к правосудию", "Сот төрелігіне қол жеткізу", "Access to justice"]),
        ],
    ),
    (
        "statuses",
        &[
            ("in-force", ["Действует", "Күшінде", "In force"]),
            ("not-in-force", ["Не действует", "Күшінде емес", "Not in force"]),
            ("repealed", ["Утратил силу", "Күшін жойған", "Repealed"]),
        ],
    ),
    (
        "audiences",
        &[
            ("citizens", ["Граждане", "Азаматтар", "Citizens"]),
            ("ngos", ["Общественные организации", "Қоғамдық ұйымдар", "NGOs"]),
            ("journalists", ["Журналисты", "Журналистер", "Journalists"]),
            ("officials", ["Государственные служащие", "Мемлекеттік қызметшілер", "Public officials"]),
        ],
    ),
];

/// A section with one example page: how pages of that kind of section are ordered and written.
pub struct SectionSeed {
    pub dir: &'static str,
    pub sort_by: &'static str,
    pub title: Texts,
    pub body: Texts,
    pub page: PageSeed,
}

/// An example page: its file name, fixed front-matter lines (the same in every language), and texts.
pub struct PageSeed {
    pub slug: &'static str,
    pub fields: &'static str,
    pub title: Texts,
    pub summary: Texts,
    pub body: Texts,
    /// `sources:` of a document: one title per language, and the URL.
    pub source: Option<(Texts, &'static str)>,
}

pub const SECTIONS: [SectionSeed; 3] = [
    SectionSeed {
        dir: "library",
        sort_by: "date",
        title: ["Библиотека", "Кітапхана", "Library"],
        body: [
            "Конвенции, законы, доклады и руководства, новые сверху.",
            "Конвенциялар, заңдар, баяндамалар және нұсқаулықтар, жаңалары жоғарыда.",
            "Conventions, laws, reports and guides, newest first.",
        ],
        page: PageSeed {
            slug: "aarhus-convention-overview",
            fields: "doc_type: report\ndate: {today}\ntopics: [environmental-rights]\n\
                     pillars: [access-to-information, public-participation, access-to-justice]\n",
            title: [
                "Орхусская конвенция: краткий обзор",
                "Орхус конвенциясы: қысқаша шолу",
                "The Aarhus Convention: a short overview",
            ],
            summary: [
                "Три права, которые конвенция даёт каждому: получать экологическую информацию, участвовать в \
                 принятии решений и обращаться в суд.",
                "Конвенция әркімге беретін үш құқық: экологиялық ақпарат алу, шешім қабылдауға қатысу және сотқа \
                 жүгіну.",
                "The three rights the Convention gives everyone: to receive environmental information, to take part \
                 in decisions and to go to court.",
            ],
            body: [
                "## Три опоры\n\n1. Доступ к информации.\n2. Участие общественности, в том числе \
                 [заинтересованной общественности](@/glossary/public-concerned.md).\n3. Доступ к правосудию.\n\n\
                 Это пример документа: замените его своим или удалите.",
                "## Үш тірек\n\n1. Ақпаратқа қол жеткізу.\n2. Жұртшылықтың, соның ішінде \
                 [мүдделі жұртшылықтың](@/glossary/public-concerned.md) қатысуы.\n3. Сот төрелігіне қол жеткізу.\n\n\
                 Бұл құжат үлгісі: оны өз құжатыңызбен ауыстырыңыз немесе жойыңыз.",
                "## Three pillars\n\n1. Access to information.\n2. Public participation, including that of \
                 [the public concerned](@/glossary/public-concerned.md).\n3. Access to justice.\n\n\
                 This is an example document: replace it with your own or delete it.",
            ],
            source: Some((
                [
                    "Текст Орхусской конвенции (ЕЭК ООН)",
                    "Орхус конвенциясының мәтіні (БҰҰ ЕЭК)",
                    "Text of the Aarhus Convention (UNECE)",
                ],
                "https://unece.org/environment-policy/public-participation/aarhus-convention/text",
            )),
        },
    },
    SectionSeed {
        dir: "about",
        sort_by: "weight",
        title: ["О центре", "Орталық туралы", "About the centre"],
        body: ["Кто мы и чем занимаемся.", "Біз кімбіз және немен айналысамыз.", "Who we are and what we do."],
        page: PageSeed {
            slug: "contacts",
            fields: "doc_type: page\nweight: 1\n",
            title: ["Контакты", "Байланыс", "Contacts"],
            summary: [
                "Где нас найти и как с нами связаться.",
                "Бізді қайдан табуға және бізбен қалай байланысуға болады.",
                "Where to find us and how to reach us.",
            ],
            body: [
                "Напишите здесь адрес центра, часы работы, телефон и почту.",
                "Мұнда орталықтың мекенжайын, жұмыс уақытын, телефонын және поштасын жазыңыз.",
                "Write here the centre's address, opening hours, phone and e-mail.",
            ],
            source: None,
        },
    },
    SectionSeed {
        dir: "glossary",
        sort_by: "title",
        title: ["Глоссарий", "Глоссарий", "Glossary"],
        body: [
            "Термины экологического права по алфавиту.",
            "Экологиялық құқық терминдері әліпби бойынша.",
            "Terms of environmental law in alphabetical order.",
        ],
        page: PageSeed {
            slug: "public-concerned",
            fields: "doc_type: glossary-term\n",
            title: ["Заинтересованная общественность", "Мүдделі жұртшылық", "The public concerned"],
            summary: [
                "Общественность, которую затрагивает или может затронуть экологическое решение или которая \
                 заинтересована в нём.",
                "Экологиялық шешім әсер ететін немесе әсер етуі мүмкін, не болмаса сол шешімге мүдделі жұртшылық.",
                "The public affected or likely to be affected by, or having an interest in, environmental \
                 decision-making.",
            ],
            body: [
                "Определение из статьи 2 Орхусской конвенции.",
                "Анықтама Орхус конвенциясының 2-бабынан алынған.",
                "The definition is from Article 2 of the Aarhus Convention.",
            ],
            source: None,
        },
    },
];
