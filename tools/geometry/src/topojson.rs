//! Just enough TopoJSON (https://github.com/topojson/topojson-specification) to read the
//! Natural Earth files of the npm package `world-atlas`: quantized, delta-encoded arcs,
//! and Polygon / MultiPolygon geometries that refer to them by index.

use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// The quantization transform: `position = quantized * scale + translate`.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq)]
pub struct Transform {
    /// Multipliers for x (longitude) and y (latitude).
    pub scale: [f64; 2],
    /// Offsets for x (longitude) and y (latitude).
    pub translate: [f64; 2],
}

/// A whole topology as stored in the file.
#[derive(Debug, Deserialize)]
pub struct Topology {
    /// Raw arcs: each a list of positions; delta-encoded integers when `transform` is set.
    pub arcs: Vec<Vec<Vec<f64>>>,
    /// Present on quantized topologies.
    #[serde(default)]
    pub transform: Option<Transform>,
    /// Named objects (`countries`, `land`).
    pub objects: BTreeMap<String, Geometry>,
}

/// One geometry object. Only the members this tool needs are read.
#[derive(Debug, Deserialize)]
pub struct Geometry {
    /// `Polygon`, `MultiPolygon`, `GeometryCollection`, … (others are ignored).
    #[serde(rename = "type")]
    pub kind: String,
    /// Arc indices; nesting depends on `kind`.
    #[serde(default)]
    pub arcs: Value,
    /// Identifier (world-atlas: the ISO 3166-1 numeric code as a string, or absent).
    #[serde(default)]
    pub id: Option<Value>,
    /// Properties (world-atlas: `name`).
    #[serde(default)]
    pub properties: BTreeMap<String, Value>,
    /// Members of a `GeometryCollection`.
    #[serde(default)]
    pub geometries: Vec<Geometry>,
}

impl Geometry {
    /// The id as a string (numbers are written without a fraction), if any.
    pub fn id_string(&self) -> Option<String> {
        match &self.id {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        }
    }

    /// The `name` property, or the empty string.
    pub fn name(&self) -> String {
        match self.properties.get("name") {
            Some(Value::String(s)) => s.clone(),
            _ => String::new(),
        }
    }

    /// The polygons of a `Polygon` or `MultiPolygon`: each polygon a list of rings, each
    /// ring a list of arc references. Other kinds give no polygons.
    pub fn polygons(&self) -> Result<Vec<Vec<Vec<i64>>>, String> {
        match self.kind.as_str() {
            "Polygon" => Ok(vec![rings_of(&self.arcs)?]),
            "MultiPolygon" => match &self.arcs {
                Value::Array(polys) => polys.iter().map(rings_of).collect(),
                _ => Err("MultiPolygon without an arcs array".into()),
            },
            _ => Ok(Vec::new()),
        }
    }
}

fn rings_of(v: &Value) -> Result<Vec<Vec<i64>>, String> {
    let Value::Array(rings) = v else {
        return Err("polygon arcs are not an array".into());
    };
    rings
        .iter()
        .map(|ring| match ring {
            Value::Array(refs) => refs
                .iter()
                .map(|r| r.as_i64().ok_or_else(|| format!("bad arc reference {r}")))
                .collect(),
            _ => Err("ring arcs are not an array".into()),
        })
        .collect()
}

/// Decodes raw arcs into absolute `[lon, lat]` positions. With a transform, positions
/// are delta-encoded quantized integers: each is the running sum of the deltas so far,
/// then scaled and translated. Without one they are already absolute.
pub fn decode_arcs(raw: &[Vec<Vec<f64>>], transform: Option<&Transform>) -> Vec<Vec<[f64; 2]>> {
    raw.iter()
        .map(|arc| {
            let (mut x, mut y) = (0.0, 0.0);
            arc.iter()
                .filter(|p| p.len() >= 2)
                .map(|p| match transform {
                    Some(t) => {
                        x += p[0];
                        y += p[1];
                        [
                            x * t.scale[0] + t.translate[0],
                            y * t.scale[1] + t.translate[1],
                        ]
                    }
                    None => [p[0], p[1]],
                })
                .collect()
        })
        .collect()
}

/// Resolves an arc reference: a non-negative `i` is arc `i` forwards; a negative one is
/// arc `!i` (that is `-i - 1`) backwards.
pub fn arc_ref(r: i64) -> (usize, bool) {
    if r >= 0 {
        (r as usize, false)
    } else {
        ((!r) as usize, true)
    }
}

/// Stitches a ring from arcs: each arc after the first starts where the previous one
/// ended, so its first position is dropped. `arcs` may already be projected or
/// simplified (any point type).
pub fn stitch<P: Copy + PartialEq>(arcs: &[Vec<P>], refs: &[i64]) -> Result<Vec<P>, String> {
    let mut ring: Vec<P> = Vec::new();
    for &r in refs {
        let (i, reversed) = arc_ref(r);
        let arc = arcs
            .get(i)
            .ok_or_else(|| format!("arc {i} does not exist"))?;
        let mut points: Vec<P> = arc.clone();
        if reversed {
            points.reverse();
        }
        let skip = usize::from(!ring.is_empty() && !points.is_empty());
        ring.extend(points.into_iter().skip(skip));
    }
    Ok(ring)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delta_decoding_with_transform() {
        let t = Transform {
            scale: [0.5, 2.0],
            translate: [100.0, -10.0],
        };
        let raw = vec![vec![vec![2.0, 3.0], vec![1.0, -1.0], vec![-3.0, 0.0]]];
        let arcs = decode_arcs(&raw, Some(&t));
        assert_eq!(
            arcs,
            vec![vec![[101.0, -4.0], [101.5, -6.0], [100.0, -6.0]]]
        );
    }

    #[test]
    fn untransformed_arcs_are_absolute() {
        let raw = vec![vec![vec![120.0, 30.0], vec![121.0, 31.0]]];
        assert_eq!(
            decode_arcs(&raw, None),
            vec![vec![[120.0, 30.0], [121.0, 31.0]]]
        );
    }

    #[test]
    fn negative_references_are_reversed_arcs() {
        assert_eq!(arc_ref(0), (0, false));
        assert_eq!(arc_ref(5), (5, false));
        assert_eq!(arc_ref(-1), (0, true));
        assert_eq!(arc_ref(-3), (2, true));
    }

    #[test]
    fn stitching_shares_endpoints_and_closes() {
        // Two arcs forming a square: 0 goes a→b→c, 1 goes a→d→c (used reversed).
        let arcs = vec![vec![(0, 0), (1, 0), (1, 1)], vec![(0, 0), (0, 1), (1, 1)]];
        let ring = stitch(&arcs, &[0, -2]);
        assert_eq!(ring, Ok(vec![(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)]));
        assert!(stitch(&arcs, &[7]).is_err());
    }

    #[test]
    fn reads_a_small_topology() {
        let json = r#"{"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},
            "arcs":[[[0,0],[2,0],[0,2],[-2,0],[0,-2]]],
            "objects":{"countries":{"type":"GeometryCollection","geometries":[
              {"type":"Polygon","id":"392","properties":{"name":"Japan"},"arcs":[[0]]},
              {"type":"MultiPolygon","properties":{"name":"X"},"arcs":[[[-1]]]}]}}}"#;
        let parsed: Result<Topology, _> = serde_json::from_str(json);
        assert!(parsed.is_ok(), "{parsed:?}");
        let Ok(topo) = parsed else { return };
        let countries = &topo.objects["countries"].geometries;
        assert_eq!(countries[0].id_string().as_deref(), Some("392"));
        assert_eq!(countries[0].name(), "Japan");
        assert_eq!(countries[1].id_string(), None);
        assert_eq!(countries[1].polygons(), Ok(vec![vec![vec![-1]]]));
        let arcs = decode_arcs(&topo.arcs, topo.transform.as_ref());
        let ring = stitch(&arcs, &[0]);
        assert_eq!(
            ring,
            Ok(vec![
                [0.0, 0.0],
                [2.0, 0.0],
                [2.0, 2.0],
                [0.0, 2.0],
                [0.0, 0.0]
            ])
        );
    }
}
