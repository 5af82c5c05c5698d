//! The widgets' own interface words (buttons, headings), in both languages. Content
//! (definitions, cards) lives in `widgets/`; these are the few fixed labels around it.

use crate::content::Bi;

/// "More" disclosure for a glossary explanation.
pub const MORE: Bi = Bi {
    ja: "詳しく",
    en: "More",
};
/// Hides the explanation again.
pub const LESS: Bi = Bi {
    ja: "閉じる(詳しく)",
    en: "Less",
};
/// Close button of a popover.
pub const CLOSE: Bi = Bi {
    ja: "閉じる",
    en: "Close",
};
/// Heading of the related-terms list.
pub const RELATED: Bi = Bi {
    ja: "関連用語",
    en: "Related terms",
};
/// Label before a source.
pub const SOURCE: Bi = Bi {
    ja: "出典",
    en: "Source",
};
/// Back to the entry the popover opened on.
pub const BACK: Bi = Bi {
    ja: "戻る",
    en: "Back",
};
