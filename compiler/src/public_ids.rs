//! The ids pages use that the content defines: the slider's zones (the `zone` of
//! `deterrence-change`, `DeterrenceZone`), the map's hotspots (the `hotspot` attribute,
//! `el.selected`, `hotspot-select`, `HotspotId`) and its layers (the `layers` attribute,
//! `LayerId`). The content files are their one owner: the widgets, the page and
//! `types/index.d.ts` are generated from them. Because a page may hold any of them, the
//! set is also recorded in a committed lock, [`LOCK_FILE`], written by the
//! `contract-lock` command; a test (and `make lint`) fails while the content's ids
//! differ from it, so renaming, removing or reordering one is a deliberate change of
//! the public API, made by rewriting the lock and saying so in the CHANGELOG.

use std::path::Path;

use serde::Deserialize;

use crate::error::Problems;
use crate::sources::read_toml;

/// The lock, relative to the repository.
pub const LOCK_FILE: &str = "widgets/contract.lock.json";

/// The content's public ids, each list in the content's order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PublicIds {
    /// `[[zone]]` ids of `deterrence-slider/content.toml`.
    pub zones: Vec<String>,
    /// `[[hotspot]]` ids of `hotspot-map/hotspots.toml`.
    pub hotspots: Vec<String>,
    /// `[[layer]]` ids of `hotspot-map/layers.toml`.
    pub layers: Vec<String>,
}

#[derive(Deserialize)]
struct Id {
    id: String,
}

#[derive(Deserialize)]
struct Zones {
    #[serde(default)]
    zone: Vec<Id>,
}

#[derive(Deserialize)]
struct Hotspots {
    #[serde(default)]
    hotspot: Vec<Id>,
}

/// The ids in `file` under `widgets_dir` (none when the widget is absent, as in the test
/// fixtures), with `pick` choosing the list.
fn ids<T: serde::de::DeserializeOwned>(
    widgets_dir: &Path,
    file: &str,
    problems: &mut Problems,
    pick: fn(T) -> Vec<Id>,
) -> Vec<String> {
    let path = widgets_dir.join(file);
    if !path.exists() {
        return Vec::new();
    }
    read_toml::<T>(&path, problems)
        .map(pick)
        .unwrap_or_default()
        .into_iter()
        .map(|i| i.id)
        .collect()
}

/// Reads the public ids under `widgets_dir` (only the ids: the full checks run when
/// the content is compiled).
pub fn read(widgets_dir: &Path, problems: &mut Problems) -> PublicIds {
    PublicIds {
        zones: ids::<Zones>(
            widgets_dir,
            "deterrence-slider/content.toml",
            problems,
            |f| f.zone,
        ),
        hotspots: ids::<Hotspots>(widgets_dir, "hotspot-map/hotspots.toml", problems, |f| {
            f.hotspot
        }),
        layers: crate::hotspot_map::layers::ids(widgets_dir, problems),
    }
}

impl PublicIds {
    /// Each list with the TypeScript type that names its ids.
    pub fn named(&self) -> [(&'static str, &[String]); 3] {
        [
            ("HotspotId", &self.hotspots),
            ("DeterrenceZone", &self.zones),
            ("LayerId", &self.layers),
        ]
    }

    /// The lock's text: JSON, one list per line, in the content's order.
    pub fn lock_json(&self) -> String {
        let mut out = String::from(
            "{\n  \"about\": \"The ids pages use that widgets/ defines. Changing one changes the public API: rewrite this file with `cargo run -q -p explainers-compiler --bin contract-lock` and say so in CHANGELOG.md.\",\n",
        );
        let lists: Vec<String> = self
            .named()
            .iter()
            .map(|(name, ids)| {
                let quoted: Vec<String> = ids.iter().map(|i| format!("{i:?}")).collect();
                format!("  {name:?}: [{}]", quoted.join(", "))
            })
            .collect();
        out.push_str(&lists.join(",\n"));
        out.push_str("\n}\n");
        out
    }
}

/// What differs between the lock's text `old` and the content's `new`, list by list.
fn differences(old: &str, new: &PublicIds) -> String {
    let locked: serde_json::Value = serde_json::from_str(old).unwrap_or_default();
    let mut out = Vec::new();
    for (name, ids) in new.named() {
        let was: Vec<&str> = locked[name]
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
            .unwrap_or_default();
        let now: Vec<&str> = ids.iter().map(String::as_str).collect();
        if was == now {
            continue;
        }
        let gone: Vec<&str> = was.iter().filter(|i| !now.contains(i)).copied().collect();
        let added: Vec<&str> = now.iter().filter(|i| !was.contains(i)).copied().collect();
        out.push(if gone.is_empty() && added.is_empty() {
            format!("{name}: reordered to {}", now.join(", "))
        } else {
            format!(
                "{name}: removed [{}], added [{}]",
                gone.join(", "),
                added.join(", ")
            )
        });
    }
    format!(
        "{}: a change of the public API; if it is deliberate, note it in CHANGELOG.md",
        out.join("; ")
    )
}

/// The `contract-lock` command on the repository at `root`: rewrites [`LOCK_FILE`] from
/// the content (when it changed), or with `check` leaves it alone and fails, naming
/// each changed id, when it differs. Returns the line to print on success.
pub fn run(root: &Path, check: bool) -> Result<String, String> {
    let mut problems = Problems::default();
    let ids = read(&root.join("widgets"), &mut problems);
    problems.into_result().map_err(|p| p.to_string())?;
    let path = root.join(LOCK_FILE);
    if !check && !path.exists() {
        std::fs::write(&path, "").map_err(|e| format!("{}: {e}", path.display()))?;
    }
    crate::generated_file::update(
        "contract-lock",
        &path,
        check,
        |_| Ok(ids.lock_json()),
        |old, _| differences(old, &ids),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
    }

    /// The committed lock holds the content's public ids. When this fails, an id of a
    /// zone, a hotspot or a layer changed: pages that use it break. If that is
    /// deliberate, run `cargo run -q -p explainers-compiler --bin contract-lock` and
    /// note the change in CHANGELOG.md.
    #[test]
    fn the_contract_lock_holds_the_contents_public_ids() {
        if let Err(e) = run(&root(), true) {
            panic!("{e}");
        }
        let mut p = Problems::default();
        let ids = read(&root().join("widgets"), &mut p);
        assert!(p.is_empty(), "{p}");
        assert!(ids.zones.iter().any(|z| z == "balanced"), "{ids:?}");
        assert!(ids.hotspots.iter().any(|h| h == "taiwan"), "{ids:?}");
        assert!(!ids.layers.is_empty(), "{ids:?}");
    }

    /// A renamed, removed or reordered id is named against the lock.
    #[test]
    fn a_changed_id_is_named() {
        let mut p = Problems::default();
        let ids = read(&root().join("widgets"), &mut p);
        let lock = ids.lock_json();
        let mut renamed = ids.clone();
        renamed.hotspots[0] = "formosa".into();
        let d = differences(&lock, &renamed);
        assert!(
            d.contains("HotspotId: removed [taiwan], added [formosa]"),
            "{d}"
        );
        let mut reordered = ids.clone();
        reordered.zones.reverse();
        assert!(differences(&lock, &reordered).contains("DeterrenceZone: reordered"));
        assert_ne!(renamed.lock_json(), lock);
    }
}
