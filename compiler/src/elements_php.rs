//! The WordPress plugin's element table, generated from `widgets/*/widget.toml`
//! ([`crate::elements`]) into the marked block of `wordpress/east-asia-explainers.php`
//! (between the same markers as the TypeScript declarations, [`crate::elements_ts::START`]
//! and [`crate::elements_ts::END`]; the rest of the plugin is written by hand): each
//! element's tag, whether it is a block (automatic paragraphs leave it whole), the
//! attributes every role may set (its own and every element's) and those that name a URL
//! the widget fetches (kept for users with `unfiltered_html` only). So the plugin's
//! allowed HTML cannot fall behind the elements. The `wordpress-plugin` command writes it
//! (`--check`: fails when the committed file is stale; `make lint` runs it).

use std::path::Path;

use crate::elements::{Element, SHARED_ATTRIBUTES};
use crate::elements_ts::splice;

/// The file, relative to the repository.
pub const FILE: &str = "wordpress/east-asia-explainers.php";

/// `text` as a single-quoted PHP string.
fn php_str(text: &str) -> String {
    format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// `array( 'a', 'b' )`, or `array()`.
fn php_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.into_iter().map(php_str).collect();
    if items.is_empty() {
        "array()".to_owned()
    } else {
        format!("array( {} )", items.join(", "))
    }
}

/// The generated block (without the marker lines): the `east_asia_explainers_elements()`
/// function the plugin reads.
pub fn php(elements: &[Element]) -> String {
    let mut out = String::from(
        "// From widgets/*/widget.toml, by the content compiler\n\
         // (`cargo run -p explainers-compiler --bin wordpress-plugin`). Do not edit this block.\n\n\
         /**\n \
         * The elements, by tag: `block`, true for an element that stands between paragraphs\n \
         * (automatic paragraphs leave it whole), false for one inside a paragraph's text;\n \
         * `attributes`, its own and every element's; `fetches`, those whose value is a URL\n \
         * the widget fetches (kept for users with the unfiltered_html capability only).\n \
         *\n \
         * @return array<string, array{block: bool, attributes: string[], fetches: string[]}>\n \
         */\n\
         function east_asia_explainers_elements() {\n\
         \treturn array(\n",
    );
    let width = elements.iter().map(|e| e.tag.len() + 2).max().unwrap_or(0);
    for el in elements {
        let attributes = el
            .attribute
            .iter()
            .map(|a| a.name.as_str())
            .chain(SHARED_ATTRIBUTES.iter().copied());
        let fetches = el
            .attribute
            .iter()
            .filter(|a| a.fetches)
            .map(|a| a.name.as_str());
        out.push_str(&format!(
            "\t\t{:width$} => array(\n\t\t\t'block'      => {},\n\t\t\t'attributes' => {},\n\t\t\t'fetches'    => {},\n\t\t),\n",
            php_str(&el.tag),
            !el.inline,
            php_list(attributes),
            php_list(fetches),
        ));
    }
    out.push_str("\t);\n}\n");
    out
}

/// The `wordpress-plugin` command on the repository at `root`: rewrites the generated
/// block of `wordpress/east-asia-explainers.php` (when it changed), or with `check`
/// leaves it alone and fails when it is stale. Returns the line to print on success.
pub fn run(root: &Path, check: bool) -> Result<String, String> {
    let mut problems = crate::error::Problems::default();
    let elements = crate::elements::load(&root.join("widgets"), &mut problems);
    problems.into_result().map_err(|p| p.to_string())?;
    crate::generated_file::update(
        "wordpress-plugin",
        &root.join(FILE),
        check,
        |text| splice(text, &php(&elements)),
        |_, _| "the plugin's element table".into(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_quoted() {
        assert_eq!(php_str(r"it's a\b"), r"'it\'s a\\b'");
        assert_eq!(php_list([]), "array()");
        assert_eq!(php_list(["a", "b"]), "array( 'a', 'b' )");
    }

    /// The committed plugin is what widget.toml generates (what `make lint` checks): the
    /// blocks, every attribute of every element, `src` trusted only; a changed
    /// widget.toml makes it stale.
    #[test]
    fn the_committed_plugin_is_up_to_date() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        assert_eq!(run(&root, true).map(|_| ()), Ok(()));
        let text = std::fs::read_to_string(root.join(FILE)).unwrap_or_default();
        for line in [
            "\t\t'glossary-term'     => array(\n\t\t\t'block'      => false,\n\t\t\t'attributes' => array( 'term', 'definition', 'reading', 'source', 'lang', 'theme' ),\n\t\t\t'fetches'    => array(),",
            "\t\t'glossary-scope'    => array(\n\t\t\t'block'      => true,\n\t\t\t'attributes' => array( 'src', 'lang', 'theme' ),\n\t\t\t'fetches'    => array( 'src' ),",
            "'attributes' => array( 'hotspot', 'selected', 'layers', 'lang', 'theme' ),",
        ] {
            assert!(text.contains(line), "{FILE} lacks:\n{line}");
        }
        let mut problems = crate::error::Problems::default();
        let mut elements = crate::elements::load(&root.join("widgets"), &mut problems);
        if let Some(e) = elements.first_mut() {
            e.inline = !e.inline;
        }
        assert_ne!(splice(&text, &php(&elements)).ok(), Some(text));
    }
}
