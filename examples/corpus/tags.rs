//! Vocabulary shared by the two corpus generators (`gen_corpus`, `gen_real_corpus`): the topic keys of
//! site.toml and the tag pools (free keywords that pages of an environmental library carry, Russian and
//! English, most used first).

/// Keys from site.toml (checked against the copied site.toml at run time).
pub const TOPICS: &[&str] = &[
    "marine-pollution",
    "oil-spills",
    "land-based-pollution",
    "biodiversity",
    "protected-areas",
    "caspian-seal",
    "sturgeon",
    "sea-level",
    "eia",
    "strategic-assessment",
    "public-hearings",
    "information-requests",
    "environmental-monitoring",
    "air-quality",
    "waste-sulfur",
    "extractive-transparency",
    "beneficial-ownership",
    "revenue-transparency",
    "oil-and-gas-operators",
    "environmental-justice",
    "climate",
    "water",
    "capacity-building",
    "international-cooperation",
];

pub const RU_TAGS: &str = "
экология|нефть|газ|Каспий|Атырау|Урал|Жайык|Мангистау|Актау|Орхусская конвенция|Тегеранская конвенция|ОВОС|СЭО|
ИПДО|общественные слушания|доступ к информации|участие общественности|доступ к правосудию|выбросы|сбросы|отходы|
сера|сероводород|качество воздуха|питьевая вода|подземные воды|почва|каспийский тюлень|осётр|белуга|рыболовство|
браконьерство|заповедник|заказник|биоразнообразие|птицы|миграция птиц|изменение климата|парниковые газы|
уровень моря|засуха|наводнение|опустынивание|мониторинг|лаборатория|пробы воды|штрафы|суд|прокуратура|жалоба|
иск|апелляция|Экологический кодекс|законодательство|экологическое разрешение|лицензия|квоты|недропользование|
месторождение|Тенгиз|Кашаган|Карачаганак|трубопровод|танкер|разлив нефти|ликвидация разливов|аварийная готовность|
промышленная безопасность|здоровье населения|дети|школы|университеты|студенты|журналисты|НПО|волонтёры|
активисты|местные сообщества|сельское хозяйство|животноводство|орошение|пастбища|лесопосадки|степь|дельта Урала|
побережье|острова|камыш|нерест|рыбные запасы|сертификация|стандарты|ISO 14001|отчётность|прозрачность|
бенефициары|налоги|доходы бюджета|местный бюджет|социальные обязательства|нефтяные компании|операторы|
подрядчики|аудит|инспекция|проверки|нарушения|компенсация ущерба|рекультивация|загрязнённые земли|
исторические загрязнения|полигоны|свалки|переработка отходов|сортировка мусора|пластик|вторсырьё|
энергоэффективность|возобновляемая энергия|солнечная энергия|ветроэнергетика|углеродный след|транспорт|
автомобили|дороги|урбанизация|город|село|жильё|инфраструктура|водоснабжение|канализация|очистные сооружения|
сточные воды|гидрология|метеорология|погода|температура|ледовый покров|шторм|нагонные волны|эрозия|
береговая линия|картография|спутниковые снимки|ГИС|открытые данные|статистика|исследования|наука|публикации|
конференция|семинар|тренинг|лекция|вебинар|обучение|просвещение|экологическое образование|права человека|
гендер|молодёжь|пенсионеры|общественный совет|акимат|маслихат|министерство экологии|экологическое регулирование|
ЕЭК ООН|ПРООН|ОБСЕ|Европейский союз|международное сотрудничество|Азербайджан|Иран|Россия|Туркменистан|
Казахстан|Астрахань|Волга|Эмба|Сагиз|рыбаки|охотники|туризм|экотуризм|национальный парк|Красная книга|
редкие виды|инвазивные виды|гребневик|килька|сайгак|фламинго|лебеди|пресная вода|солёность|радиация|шум|
запахи|факелы|сжигание газа|попутный газ|ртуть|тяжёлые металлы|нефтешламы|буровые растворы|сейсморазведка|
морские платформы|судоходство|порты|дноуглубление|экологический контроль|экологическая экспертиза|
общественный мониторинг|гражданская наука|Орхусские центры|PRTR|регистр выбросов|электронное правительство|
запрос информации|ответ госоргана|сроки рассмотрения|обжалование|медиация|экологическая полиция|
";

pub const EN_TAGS: &str = "
ecology|oil|gas|Caspian Sea|Atyrau|Ural river|Aarhus Convention|Tehran Convention|EIA|SEA|EITI|public hearings|
access to information|public participation|access to justice|emissions|discharges|waste|sulphur|air quality|
drinking water|groundwater|soil|Caspian seal|sturgeon|fisheries|poaching|nature reserve|biodiversity|birds|
climate change|greenhouse gases|sea level|drought|flooding|monitoring|laboratory|fines|courts|complaints|
legislation|permits|licences|oil spills|emergency preparedness|public health|students|journalists|NGOs|
volunteers|local communities|transparency|beneficial ownership|taxes|audits|inspections|remediation|landfills|
recycling|renewable energy|open data|statistics|research|training|environmental education|human rights|
international cooperation|Kazakhstan|Russia|Azerbaijan|Iran|Turkmenistan|wetlands|coastline|erosion|PRTR|
";

/// Splits tag pools into tags, in order, keeping the first of any duplicate.
pub fn split_tags(pools: &[&'static str]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for t in pools.iter().flat_map(|s| s.split('|')).map(str::trim).filter(|t| !t.is_empty()) {
        if !out.contains(&t) {
            out.push(t);
        }
    }
    out
}
