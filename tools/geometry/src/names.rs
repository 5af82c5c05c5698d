//! Names in both languages, and label positions, for the countries and seas of the map.
//! Natural Earth carries English names only; the Japanese ones are the usual forms of
//! Japanese atlases and the press. Label positions are chosen by hand (lon, lat in
//! degrees) so that a label sits on the country's largest land mass inside the frame.

/// A country or territory of the Natural Earth Admin 0 layer.
pub struct CountryName {
    /// ISO 3166-1 numeric code, as world-atlas writes it (three digits).
    pub id: &'static str,
    /// Japanese name.
    pub ja: &'static str,
    /// English name.
    pub en: &'static str,
    /// Where to put the label, or `None` for territories too small to label.
    pub label: Option<(f64, f64)>,
}

/// Every Admin 0 unit that can reach the frame. The tool refuses to write a unit that is
/// not listed here, so that no country ever goes out without its Japanese name.
pub const COUNTRIES: &[CountryName] = &[
    CountryName {
        id: "156",
        ja: "中国",
        en: "China",
        label: Some((106.0, 32.0)),
    },
    CountryName {
        id: "158",
        ja: "台湾",
        en: "Taiwan",
        label: Some((120.95, 23.75)),
    },
    CountryName {
        id: "392",
        ja: "日本",
        en: "Japan",
        label: Some((138.4, 36.4)),
    },
    CountryName {
        id: "410",
        ja: "韓国",
        en: "South Korea",
        label: Some((128.0, 36.3)),
    },
    CountryName {
        id: "408",
        ja: "北朝鮮",
        en: "North Korea",
        label: Some((126.9, 40.3)),
    },
    CountryName {
        id: "496",
        ja: "モンゴル",
        en: "Mongolia",
        label: Some((106.0, 44.6)),
    },
    CountryName {
        id: "643",
        ja: "ロシア",
        en: "Russia",
        label: Some((134.5, 45.3)),
    },
    CountryName {
        id: "704",
        ja: "ベトナム",
        en: "Vietnam",
        label: Some((105.6, 21.3)),
    },
    CountryName {
        id: "418",
        ja: "ラオス",
        en: "Laos",
        label: Some((102.6, 19.6)),
    },
    CountryName {
        id: "116",
        ja: "カンボジア",
        en: "Cambodia",
        label: Some((104.9, 12.8)),
    },
    CountryName {
        id: "764",
        ja: "タイ",
        en: "Thailand",
        label: Some((101.2, 15.6)),
    },
    CountryName {
        id: "104",
        ja: "ミャンマー",
        en: "Myanmar",
        label: Some((99.4, 21.2)),
    },
    CountryName {
        id: "458",
        ja: "マレーシア",
        en: "Malaysia",
        label: Some((102.3, 4.4)),
    },
    CountryName {
        id: "702",
        ja: "シンガポール",
        en: "Singapore",
        label: None,
    },
    CountryName {
        id: "096",
        ja: "ブルネイ",
        en: "Brunei",
        label: None,
    },
    CountryName {
        id: "360",
        ja: "インドネシア",
        en: "Indonesia",
        label: Some((116.3, 1.2)),
    },
    CountryName {
        id: "608",
        ja: "フィリピン",
        en: "Philippines",
        label: Some((121.3, 16.6)),
    },
    CountryName {
        id: "585",
        ja: "パラオ",
        en: "Palau",
        label: None,
    },
    CountryName {
        id: "583",
        ja: "ミクロネシア連邦",
        en: "Micronesia",
        label: None,
    },
    CountryName {
        id: "316",
        ja: "グアム(米国)",
        en: "Guam (US)",
        label: None,
    },
    CountryName {
        id: "580",
        ja: "北マリアナ諸島(米国)",
        en: "Northern Mariana Islands (US)",
        label: None,
    },
    CountryName {
        id: "344",
        ja: "香港",
        en: "Hong Kong",
        label: None,
    },
    CountryName {
        id: "446",
        ja: "マカオ",
        en: "Macao",
        label: None,
    },
    CountryName {
        id: "356",
        ja: "インド",
        en: "India",
        label: None,
    },
];

/// Natural Earth units without an ISO code that lie in the frame: disputed features that
/// Natural Earth maps as units of their own. The tool leaves them out of the country
/// layer (they are a few reefs, below the map's resolution); the widget marks them from
/// the `[[place]]` entries of `hotspots.toml`, with every party's name.
pub const SKIPPED_UNITS: &[&str] = &["Spratly Is.", "Scarborough Reef"];

/// A sea label. Where a sea's name is itself contested, the other names in use are
/// listed with who uses them (`also_*`), in the alphabetical order of the user.
pub struct SeaName {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// Japanese name.
    pub ja: &'static str,
    /// English name.
    pub en: &'static str,
    /// Label position (lon, lat).
    pub at: (f64, f64),
    /// Other names in use, Japanese.
    pub also_ja: &'static [&'static str],
    /// Other names in use, English.
    pub also_en: &'static [&'static str],
    /// The hotspot this sea coincides with, if any (the widget may merge the two labels).
    pub hotspot: &'static str,
}

/// The sea labels of the map.
pub const SEAS: &[SeaName] = &[
    SeaName {
        id: "south-china-sea",
        ja: "南シナ海",
        en: "South China Sea",
        at: (113.0, 12.0),
        also_ja: &["西フィリピン海(フィリピン)", "東海(ビエンドン、ベトナム)"],
        also_en: &[
            "West Philippine Sea (Philippines)",
            "East Sea / Biển Đông (Vietnam)",
        ],
        hotspot: "south-china-sea",
    },
    SeaName {
        id: "east-china-sea",
        ja: "東シナ海",
        en: "East China Sea",
        at: (125.5, 29.3),
        also_ja: &[],
        also_en: &[],
        hotspot: "east-china-sea",
    },
    SeaName {
        id: "sea-of-japan",
        ja: "日本海",
        en: "Sea of Japan",
        at: (134.0, 40.2),
        also_ja: &["東海(トンヘ、韓国・北朝鮮)"],
        also_en: &["East Sea (North and South Korea)"],
        hotspot: "",
    },
    SeaName {
        id: "yellow-sea",
        ja: "黄海",
        en: "Yellow Sea",
        at: (123.2, 35.6),
        also_ja: &[],
        also_en: &[],
        hotspot: "",
    },
    SeaName {
        id: "philippine-sea",
        ja: "フィリピン海",
        en: "Philippine Sea",
        at: (132.0, 19.0),
        also_ja: &[],
        also_en: &[],
        hotspot: "",
    },
    SeaName {
        id: "pacific-ocean",
        ja: "太平洋",
        en: "Pacific Ocean",
        at: (145.0, 33.0),
        also_ja: &[],
        also_en: &[],
        hotspot: "",
    },
    SeaName {
        id: "sulu-sea",
        ja: "スールー海",
        en: "Sulu Sea",
        at: (120.2, 8.6),
        also_ja: &[],
        also_en: &[],
        hotspot: "",
    },
    SeaName {
        id: "celebes-sea",
        ja: "セレベス海",
        en: "Celebes Sea",
        at: (122.5, 3.8),
        also_ja: &[],
        also_en: &[],
        hotspot: "",
    },
    SeaName {
        id: "gulf-of-thailand",
        ja: "タイランド湾",
        en: "Gulf of Thailand",
        at: (102.4, 9.2),
        also_ja: &[],
        also_en: &[],
        hotspot: "",
    },
    SeaName {
        id: "taiwan-strait",
        ja: "台湾海峡",
        en: "Taiwan Strait",
        at: (118.7, 23.0),
        also_ja: &[],
        also_en: &[],
        hotspot: "taiwan",
    },
];

/// The country entry for a Natural Earth id.
pub fn country(id: &str) -> Option<&'static CountryName> {
    COUNTRIES.iter().find(|c| c.id == id)
}
