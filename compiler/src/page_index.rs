//! What the content compiler writes into the teaching page, `index.html`: its `<title>`
//! and description ([`head_html`]), the glossary index and the source list
//! ([`crate::page_html`]), and the page's data block (the
//! hotspot ids, the slider's zones, the languages and the page's words from
//! `widgets/page/text.toml`, read by `js/page/data.js`). Each goes between its pair
//! of markers, `<!-- NAME:start -->` … `<!-- NAME:end -->`; the rest of the file is left
//! untouched. The `page-index` command runs [`run`].

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::Problems;
use crate::markup::escape_text;
use crate::page_html::{index_html, sources_html, unsupported_reading};
use crate::sources::read_toml;
use crate::ui_text::UiText;

/// The marked blocks of `index.html`, in the order they are written: the head's title and
/// description, the data block, the lesson's intro and sections and the corrections
/// ([`crate::page_lesson`]), the glossary index and the source list.
pub const BLOCKS: [&str; 11] = [
    "page-head",
    "page-data",
    "lesson-intro",
    "lesson-s1",
    "lesson-s2",
    "lesson-s3",
    "lesson-s4",
    "lesson-s5",
    "corrections",
    "glossary-index",
    "sources",
];

/// One zone of the slider as the page shows it: the zone's range and its name in the
/// words of the slider's value text (`value_text_ja`, `value_text_en`: lower case in
/// English, as in running text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PageZone {
    /// The zone's id (`deterrence-only`).
    pub id: String,
    /// First slider value in the zone.
    pub min: u8,
    /// Last slider value in the zone.
    pub max: u8,
    /// Name in Japanese.
    pub ja: String,
    /// Name in English.
    pub en: String,
}

/// The data the page's script reads from `<script type="application/json"
/// id="page-data">`: the hotspot ids in `hotspots.toml` order, the slider's zones, the
/// languages and the page's interface words.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PageData {
    /// Hotspot ids (the map's `selected` values), in file order.
    pub hotspots: Vec<String>,
    /// Layer ids (the values of the map's `layers`), in checkbox order.
    pub layers: Vec<String>,
    /// The slider's zones, in axis order.
    pub zones: Vec<PageZone>,
    /// The languages of the content ([`crate::data::LANGS`]).
    pub langs: Vec<String>,
    /// The page's words, `{key: {ja, en}}` (`widgets/page/text.toml`, [`crate::ui_text`]).
    pub text: serde_json::Value,
}

/// The fields of a `[[zone]]` the page needs (the slider's module checks the rest).
#[derive(Deserialize)]
struct ZoneFields {
    id: String,
    min: u8,
    max: u8,
    value_text_ja: String,
    value_text_en: String,
}

#[derive(Deserialize)]
struct SliderZones {
    zone: Vec<ZoneFields>,
}

/// The data block: compact JSON with every `<` written `\u003c`, so no text in it can
/// close the `<script>` element or open a comment.
pub fn page_data_html(data: &PageData) -> String {
    let json = serde_json::to_string(data)
        .unwrap_or_default()
        .replace('<', "\\u003c");
    format!(r#"<script type="application/json" id="page-data">{json}</script>"#)
}

/// The head's `<title>` and `<meta name="description">`, both languages in each, from the
/// page's words `title` and `description` (`widgets/page/text.toml`; the link cards'
/// pages in one language, `scripts/linkcards.mjs`, take the same words from `#page-data`).
pub fn head_html(text: &UiText) -> String {
    let (title_ja, title_en) = text.get("title");
    let (description_ja, description_en) = text.get("description");
    format!(
        "<title>{} / {}</title>\n<meta name=\"description\" content=\"{} {}\" />",
        escape_text(title_ja),
        escape_text(title_en),
        escape_text(description_ja),
        escape_text(description_en)
    )
}

/// Every block's new body, in [`BLOCKS`] order, from the content under `widgets_dir`,
/// which is read and checked in full (sources, glossary, slider, map, lesson) first.
pub fn blocks(widgets_dir: &Path) -> Result<Vec<String>, Problems> {
    let mut problems = Problems::default();
    let (sources, glossary) = crate::load_shared(widgets_dir, &mut problems);
    let terms_file = widgets_dir.join("glossary/terms").display().to_string();
    for t in &glossary.0 {
        if let Some(c) = unsupported_reading(&t.reading) {
            problems.push(
                &terms_file,
                &format!("term \"{}\"", t.id),
                "reading",
                format!("\"{c}\" cannot be sorted in the page's index: write full-width kana"),
            );
        }
    }
    let slider = widgets_dir.join("deterrence-slider/content.toml");
    crate::deterrence_slider::load_and_emit(
        &slider,
        &glossary,
        &sources,
        &mut problems,
        &mut String::new(),
    );
    let zones = read_toml::<SliderZones>(&slider, &mut problems).map_or_else(Vec::new, |f| f.zone);
    let map = crate::hotspot_map::load_and_emit(widgets_dir, &sources, &glossary, &mut problems);
    let (lesson, corrections) =
        crate::page_lesson::load(widgets_dir, (&sources, &glossary), &mut problems);
    let text = crate::ui_text::load_page(widgets_dir, &mut problems);
    let (head, index, list) = (
        head_html(&text),
        index_html(&glossary, &sources, &text),
        sources_html(&sources, &text),
    );
    text.report(&mut problems);
    problems.into_result()?;
    let data = PageData {
        hotspots: map.cards.into_iter().map(|c| c.id).collect(),
        layers: map.layers.ids,
        zones: zones
            .into_iter()
            .map(|z| PageZone {
                id: z.id,
                min: z.min,
                max: z.max,
                ja: z.value_text_ja,
                en: z.value_text_en,
            })
            .collect(),
        langs: crate::data::LANGS.map(str::to_owned).to_vec(),
        text: crate::ui_text::json(&text),
    };
    let mut out = vec![head, page_data_html(&data)];
    let lesson_blocks = crate::page_lesson::blocks(
        &lesson.unwrap_or_default(),
        &corrections.unwrap_or_default(),
        (&sources, &glossary),
    );
    out.extend(lesson_blocks.into_iter().map(|(_, body)| body));
    out.push(index);
    out.push(list);
    Ok(out)
}

/// Where `<!-- name:start -->` ends and `<!-- name:end -->` begins in `text`.
fn block_range(text: &str, name: &str) -> Result<(usize, usize), String> {
    let (start, end) = (
        format!("<!-- {name}:start -->"),
        format!("<!-- {name}:end -->"),
    );
    match (text.find(&start), text.find(&end)) {
        (Some(i), Some(j)) if j >= i + start.len() => Ok((i + start.len(), j)),
        _ => Err(format!("markers {start} … {end} not found")),
    }
}

/// `text` with the block `name` replaced by `body` (on lines of its own).
pub fn splice(text: &str, name: &str, body: &str) -> Result<String, String> {
    let (from, to) = block_range(text, name)?;
    let (head, tail) = (text.get(..from), text.get(to..));
    let (Some(head), Some(tail)) = (head, tail) else {
        return Err(format!("markers of {name} not found"));
    };
    Ok(format!("{head}\n{body}\n{tail}"))
}

/// The names of the blocks whose text differs between `old` and `new` (a block whose
/// markers are missing from either counts as different).
pub fn stale_blocks(old: &str, new: &str) -> Vec<&'static str> {
    let body = |text: &str, name: &str| {
        block_range(text, name)
            .ok()
            .and_then(|(i, j)| text.get(i..j).map(str::to_owned))
    };
    BLOCKS
        .into_iter()
        .filter(|name| {
            let old = body(old, name);
            old.is_none() || old != body(new, name)
        })
        .collect()
}

/// `index.html` (its text) with every block rewritten from the content in `widgets_dir`.
pub fn render(widgets_dir: &Path, page: &str) -> Result<String, String> {
    let bodies = blocks(widgets_dir).map_err(|p| p.to_string())?;
    let mut out = page.to_owned();
    for (name, body) in BLOCKS.into_iter().zip(bodies.iter()) {
        out = splice(&out, name, body)?;
    }
    Ok(out)
}

/// The `page-index` command on the repository at `root`: rewrites `index.html` in place
/// (only when something changed), or with `check` leaves it alone and fails naming the
/// stale blocks. Returns the line to print on success.
pub fn run(root: &Path, check: bool) -> Result<String, String> {
    crate::generated_file::update(
        "page-index",
        &root.join("index.html"),
        check,
        |page| render(&root.join("widgets"), page),
        |old, new| stale_blocks(old, new).join(", "),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_block_cannot_close_its_script() {
        let data = PageData {
            hotspots: vec!["</script><!--".into()],
            layers: vec![],
            zones: vec![PageZone {
                id: "a".into(),
                min: 0,
                max: 100,
                ja: "<".into(),
                en: "all".into(),
            }],
            ..PageData::default()
        };
        let html = page_data_html(&data);
        assert_eq!(
            html,
            r#"<script type="application/json" id="page-data">{"hotspots":["\u003c/script>\u003c!--"],"layers":[],"zones":[{"id":"a","min":0,"max":100,"ja":"\u003c","en":"all"}],"langs":[],"text":null}</script>"#
        );
        let json = html
            .trim_start_matches(r#"<script type="application/json" id="page-data">"#)
            .trim_end_matches("</script>");
        let back: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
        assert_eq!(back["hotspots"][0], "</script><!--");
    }

    #[test]
    fn splicing_replaces_only_the_marked_block() {
        let page = "a\n<!-- x:start -->\nold\n<!-- x:end -->\nb\n";
        assert_eq!(
            splice(page, "x", "new").as_deref(),
            Ok("a\n<!-- x:start -->\nnew\n<!-- x:end -->\nb\n")
        );
        assert!(splice(page, "y", "new").is_err());
        assert!(splice("<!-- x:end --><!-- x:start -->", "x", "new").is_err());
    }

    #[test]
    fn a_stale_block_is_named() {
        let page = |a: &str, b: &str| {
            BLOCKS
                .iter()
                .map(|name| {
                    let body = match *name {
                        "page-data" => a,
                        "glossary-index" => b,
                        _ => "s",
                    };
                    format!("<!-- {name}:start -->{body}<!-- {name}:end -->\n")
                })
                .collect::<String>()
        };
        assert!(stale_blocks(&page("1", "2"), &page("1", "2")).is_empty());
        assert_eq!(
            stale_blocks(&page("1", "2"), &page("1", "3")),
            ["glossary-index"]
        );
        assert_eq!(stale_blocks("no markers", &page("1", "2")), BLOCKS);
    }

    /// The repository's `index.html` is what the content compiles to (what `make lint`
    /// checks), and a stale copy of it fails the check naming the block.
    #[test]
    fn the_repository_page_is_up_to_date_and_a_stale_copy_is_caught() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        assert_eq!(run(&root, true).map(|_| ()), Ok(()));
        let page = std::fs::read_to_string(root.join("index.html")).unwrap_or_default();
        let stale = page.replacen("data-total=\"", "data-total=\"9", 1);
        let new = render(&root.join("widgets"), &stale).unwrap_or_default();
        assert_eq!(new, page);
        assert_eq!(stale_blocks(&stale, &new), ["glossary-index"]);
        let data = page
            .split("id=\"page-data\">")
            .nth(1)
            .and_then(|s| s.split("</script>").next())
            .and_then(|s| serde_json::from_str::<serde_json::Value>(s).ok())
            .unwrap_or_default();
        assert_eq!(data["hotspots"][0], "taiwan");
        assert_eq!(data["zones"][0]["en"], "deterrence only");
        assert_eq!(data["zones"][4]["max"], 100);
        assert_eq!(data["langs"], serde_json::json!(["ja", "en"]));
        assert_eq!(data["text"]["show_all"]["en"], "Show all four places");
        // The head's title and description are the page's words, both languages.
        let title = &data["text"]["title"];
        let head = format!(
            "<title>{} / {}</title>",
            title["ja"].as_str().unwrap_or("?"),
            title["en"].as_str().unwrap_or("?")
        );
        assert!(page.contains(&head), "{head}");
        assert_eq!(page.matches("<title>").count(), 1);
        assert_eq!(page.matches(r#"<meta name="description""#).count(), 1);
    }
}
