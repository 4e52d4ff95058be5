//! Every diagnostic's stable code, numbered by the stage that finds it: `E00xx` site.toml and the theme,
//! `E01xx` loading files and front matter, `E02xx` the model (fields, links, URLs), `E03xx` rendering
//! (Markdown, raw HTML, templates), `W04xx`/`E04xx` `check`'s editorial lints, `E05xx` output folders and
//! other refusals. The letter is the usual severity (E error, W warning, N note). A code is never reused for
//! another problem; its words live in the catalogs (`catalog/*.ftl`) under its name.

use super::message::Id;

macro_rules! codes {
    ($($(#[$doc:meta])* $constant:ident = $code:literal $name:literal;)*) => {
        $( $(#[$doc])* pub const $constant: Id = Id::code($code, $name); )*
        /// Every code, in the order of the docs.
        pub const ALL: &[Id] = &[$($constant),*];
    };
}

codes! {
    // site.toml and the theme
    CONFIG_UNREADABLE = "E0001" "config-unreadable";
    CONFIG_SYNTAX = "E0002" "config-syntax";
    LANGUAGE_CODE = "E0003" "language-code";
    DEFAULT_LANGUAGE_UNKNOWN = "E0004" "default-language-unknown";
    BASE_URL_NOT_ABSOLUTE = "E0005" "base-url-not-absolute";
    OFFLINE_ZIP_URL_NOT_ABSOLUTE = "E0006" "offline-zip-url-not-absolute";
    PAGINATE_BY_ZERO = "E0007" "paginate-by-zero";
    OUTPUT_DIR_OUTSIDE = "E0008" "output-dir-outside";
    OUTPUT_DIR_IN_SOURCES = "E0009" "output-dir-in-sources";
    TIMEZONE_UNKNOWN = "E0010" "timezone-unknown";
    LOCALIZED_ENTRY_MISSING = "E0011" "localized-entry-missing";
    VOCABULARY_KEY_NOT_SLUG = "E0012" "vocabulary-key-not-slug";
    VOCABULARY_LABEL_MISSING = "E0013" "vocabulary-label-missing";
    DOC_TYPE_DECLARATION = "E0014" "doc-type-declaration";
    DOC_TYPE_SKELETON_OUTSIDE = "E0015" "doc-type-skeleton-outside";
    DOC_TYPE_PARENT_WITHOUT_INSTRUMENT = "E0016" "doc-type-parent-without-instrument";
    DOC_TYPE_SCHEMA_MISMATCH = "E0017" "doc-type-schema-mismatch";
    THEME_NOT_FOUND = "E0020" "theme-not-found";
    THEME_STRINGS_UNREADABLE = "E0021" "theme-strings-unreadable";
    THEME_STRINGS_SYNTAX = "E0022" "theme-strings-syntax";
    THEME_STRING_MISSING = "E0023" "theme-string-missing";
    THEME_STRING_EXTRA = "E0024" "theme-string-extra";
    OFFLINE_ZIP_WITHOUT_URL = "E0030" "offline-zip-without-url";
    OFFLINE_ZIP_UNREADABLE = "E0031" "offline-zip-unreadable";
    ASSETS_SYNTAX = "E0040" "assets-syntax";
    ASSET_PATH_OUTSIDE = "E0041" "asset-path-outside";
    ASSET_NOT_SCRIPT = "E0042" "asset-not-script";
    ASSET_MISSING = "E0043" "asset-missing";
    BUNDLE_EMPTY = "E0044" "bundle-empty";
    BUNDLE_TWICE = "E0045" "bundle-twice";
    SCRIPT_SYNTAX = "E0046" "script-syntax";
    THEME_FILE_UNREADABLE = "E0047" "theme-file-unreadable";
    THEME_FILE_NOT_UTF8 = "E0048" "theme-file-not-utf8";

    // Loading files and front matter
    CONTENT_MISSING = "E0100" "content-missing";
    FILE_UNREADABLE = "E0101" "file-unreadable";
    UNKNOWN_TOPIC = "E0102" "unknown-topic";
    UNKNOWN_DOC_TYPE = "E0103" "unknown-doc-type";
    UNKNOWN_STATUS = "E0104" "unknown-status";
    UNKNOWN_GEOGRAPHY = "E0105" "unknown-geography";
    UNKNOWN_PILLAR = "E0106" "unknown-pillar";
    UNKNOWN_AUDIENCE = "E0107" "unknown-audience";
    SYMBOLIC_LINK = "E0108" "symbolic-link";
    NOT_UTF8 = "E0109" "not-utf8";
    NO_FRONT_MATTER = "E0110" "no-front-matter";
    FRONT_MATTER_NOT_CLOSED = "E0111" "front-matter-not-closed";
    FRONT_MATTER_EMPTY = "E0112" "front-matter-empty";
    YAML_SYNTAX = "E0113" "yaml-syntax";
    UNKNOWN_FIELD = "E0114" "unknown-field";
    WRONG_TYPE = "E0115" "wrong-type";
    UNKNOWN_VARIANT = "E0116" "unknown-variant";
    DUPLICATE_FIELD = "E0117" "duplicate-field";
    MISSING_FIELD = "E0118" "missing-field";
    INVALID_DATE = "E0119" "invalid-date";
    FILE_LANGUAGE_UNKNOWN = "E0120" "file-language-unknown";
    FRONT_MATTER_INVALID = "E0121" "front-matter-invalid";

    // The model: fields, references, URLs
    SECTION_INDEX_MISSING = "E0200" "section-index-missing";
    DUPLICATE_DOCUMENT = "E0201" "duplicate-document";
    HOME_PAGE_MISSING = "E0202" "home-page-missing";
    SLUG_NOT_SEGMENT = "E0203" "slug-not-segment";
    NOT_INTERNAL_LINK = "E0204" "not-internal-link";
    LINK_TO_SECTION = "E0205" "link-to-section";
    INTERNAL_LINK_NOT_MD = "E0206" "internal-link-not-md";
    BROKEN_INTERNAL_LINK = "E0207" "broken-internal-link";
    ATTACHMENT_OUTSIDE = "E0208" "attachment-outside";
    ATTACHMENT_LANGUAGE = "E0209" "attachment-language";
    ATTACHMENT_MISSING = "E0210" "attachment-missing";
    ALIAS_OUTSIDE = "E0211" "alias-outside";
    URL_CLAIMED_TWICE = "E0212" "url-claimed-twice";
    RESERVED_FOLDER = "E0213" "reserved-folder";
    URL_TAKEN = "E0214" "url-taken";
    NOT_A_SITE_LANGUAGE = "E0215" "not-a-site-language";
    UNTRANSLATED_OWN_LANGUAGE = "E0216" "untranslated-own-language";
    TITLE_EMPTY = "E0220" "title-empty";
    SUMMARY_TOO_LONG = "E0221" "summary-too-long";
    FIELD_MISSING = "E0222" "field-missing";
    TOO_MANY_TOPICS = "E0223" "too-many-topics";
    BLOCK_NOT_FOR_TYPE = "E0224" "block-not-for-type";
    BLOCK_MISSING = "E0225" "block-missing";
    PROTOCOL_WITHOUT_PARENT = "E0226" "protocol-without-parent";
    PARTY_NOT_ISO = "E0227" "party-not-iso";
    IN_FORCE_BEFORE_ADOPTION = "E0228" "in-force-before-adoption";
    PAGE_FIELD_ON_SECTION = "E0229" "page-field-on-section";
    SECTION_FIELD_ON_PAGE = "E0230" "section-field-on-page";
    DATE_UNKNOWN_WITH_DATE = "E0231" "date-unknown-with-date";
    DATE_UNKNOWN_UNCONFIRMED = "E0232" "date-unknown-unconfirmed";
    EVENT_WITHOUT_DATE = "E0233" "event-without-date";
    SOURCE_WITHOUT_TITLE = "E0234" "source-without-title";
    SOURCE_URL_NOT_WEB = "E0235" "source-url-not-web";
    BLOCK_UNUSED = "E0236" "block-unused";

    // Rendering: Markdown, raw HTML, templates
    TEMPLATE_SYNTAX = "E0300" "template-syntax";
    TEMPLATE_RENDER = "E0301" "template-render";
    TEMPLATE_UNREADABLE = "E0302" "template-unreadable";
    TEMPLATE_LOAD = "E0303" "template-load";
    TEMPLATE_LOOP = "E0304" "template-loop";
    BROKEN_ANCHOR = "E0305" "broken-anchor";
    BROKEN_ANCHOR_HERE = "E0306" "broken-anchor-here";
    RAW_HTML_REMOVED = "W0307" "raw-html-removed";
    RAW_HTML_SCRIPT_ATTRIBUTE = "W0308" "raw-html-script-attribute";
    SCRIPT_URL_IN_HTML = "E0309" "script-url-in-html";
    REMOTE_FILE_IN_HTML = "E0310" "remote-file-in-html";
    REMOTE_IMAGE = "E0311" "remote-image";
    SCRIPT_LINK = "E0312" "script-link";
    IMAGE_WITHOUT_ALT = "W0313" "image-without-alt";
    ROOT_ABSOLUTE_LINK = "E0314" "root-absolute-link";
    LINKED_FILE_MISSING = "E0315" "linked-file-missing";
    LINK_LEAVES_CONTENT = "E0316" "link-leaves-content";
    LINK_UNREADABLE = "E0317" "link-unreadable";
    CATALOG_UNWRITABLE = "E0318" "catalog-unwritable";

    // check: editorial lints
    DUPLICATE_TITLE = "W0400" "duplicate-title";
    REVIEW_OVERDUE = "W0401" "review-overdue";
    UNREACHABLE_PAGE = "W0402" "unreachable-page";
    SOURCE_HOME_PAGE = "W0403" "source-home-page";
    EXTERNAL_LINK_STATUS = "W0404" "external-link-status";
    EXTERNAL_LINK_NO_ANSWER = "W0405" "external-link-no-answer";
    OFFLINE = "W0406" "offline";
    TRANSLATION_MISSING = "W0407" "translation-missing";
    TRANSLATION_DIFFERS = "W0408" "translation-differs";
    TRANSLATION_LACKS = "W0409" "translation-lacks";
    TRANSLATION_ADDS = "W0410" "translation-adds";
    UNTRANSLATED_ON_TRANSLATION = "W0411" "untranslated-on-translation";
    UNTRANSLATED_BUT_EXISTS = "W0412" "untranslated-but-exists";
    FILE_NAME_NOT_SLUG = "W0413" "file-name-not-slug";
    FOLDER_NAME_NOT_SLUG = "W0414" "folder-name-not-slug";
    NAME_NOT_FAT = "E0415" "name-not-fat";
    NAME_RESERVED_ON_WINDOWS = "E0416" "name-reserved-on-windows";
    PATH_TOO_LONG = "E0417" "path-too-long";
    CASE_CLASH = "E0418" "case-clash";
    UNSAFE_HTML_SITE = "W0419" "unsafe-html-site";
    UNSAFE_HTML_PAGE = "W0420" "unsafe-html-page";
    DRAFT_COMPLETE = "N0421" "draft-complete";

    // Output folders and other refusals (usage errors, exit 2)
    FOLDER_HOLDS_ROOT = "E0501" "folder-holds-root";
    FOLDER_IN_SOURCES = "E0502" "folder-in-sources";
    FOLDER_FOREIGN = "E0503" "folder-foreign";
    CACHE_IN_OUTPUT = "E0504" "cache-in-output";
    FOLDER_IS_FILE = "E0505" "folder-is-file";
}

/// The code for an unknown value of a site.toml vocabulary, by the vocabulary's table name.
pub fn unknown_value_code(table: &str) -> Id {
    match table {
        "topics" => UNKNOWN_TOPIC,
        "doc_types" => UNKNOWN_DOC_TYPE,
        "statuses" => UNKNOWN_STATUS,
        "geography" => UNKNOWN_GEOGRAPHY,
        "pillars" => UNKNOWN_PILLAR,
        _ => UNKNOWN_AUDIENCE,
    }
}
