//! The map's own interface words, in both languages. The content (names, cards) is in
//! `widgets/hotspot-map/`, and the cards' fixed headings are rendered with them at build
//! time (`content/src/map_card.rs`); these are the few labels around the live view.

use crate::content::Bi;

/// Text alternative of the map picture.
pub const MAP_ALT: Bi = Bi {
    ja: "東アジアの地図。北は北海道とロシア沿海地方から南はボルネオ島まで、中国、朝鮮半島、日本、台湾、フィリピン、東南アジアを示し、4つのホットスポット(台湾、朝鮮半島、南シナ海、東シナ海)の範囲と、係争中の島々の位置を示す。",
    en: "Map of East Asia, from Hokkaido and the Russian Far East to Borneo: China, the Korean Peninsula, Japan, Taiwan, the Philippines and Southeast Asia, with the areas of the four hotspots (Taiwan, the Korean Peninsula, the South China Sea, the East China Sea) and the disputed islands marked.",
};
/// Name of the list of hotspot buttons.
pub const HOTSPOTS: Bi = Bi {
    ja: "ホットスポット",
    en: "Hotspots",
};
/// Shown beside or below the map while nothing is selected.
pub const HINT: Bi = Bi {
    ja: "地図上のホットスポットを選ぶと、ここに解説カードが表示されます(Tab・矢印キーで移動、Enter で選択、Esc で解除)。",
    en: "Choose a hotspot on the map to see its card here (Tab or the arrow keys move, Enter selects, Esc clears).",
};
/// Shown while a card's text is being fetched.
pub const LOADING: Bi = Bi {
    ja: "読み込み中…",
    en: "Loading…",
};
/// Shown when a card's text could not be fetched.
pub const UNAVAILABLE: Bi = Bi {
    ja: "この解説カードを読み込めませんでした。",
    en: "This card could not be loaded.",
};
/// The button that closes the card.
pub const CLEAR: Bi = Bi {
    ja: "カードを閉じる(選択を解除)",
    en: "Close the card (clear the selection)",
};
