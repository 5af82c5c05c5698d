//! The projection of the `<hotspot-map>`: longitude/latitude in degrees to the map's SVG
//! user units. Defined once in the `hotspot-map-projection` crate
//! (`crates/hotspot-map-projection`), shared with the geometry tool (`tools/geometry`)
//! and the content step (`content/`), which project everything ahead of time.

pub use hotspot_map_projection::*;
