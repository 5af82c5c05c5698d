// The DOM declarations (types/index.d.ts): tags, properties and event details.
import type { DeterrenceZone, HotspotId } from "east-asia-explainers";

const slider = document.createElement("deterrence-slider");
const value: number = slider.value;
slider.value = value + 10;
const risk: number | null = slider.risk;
// @ts-expect-error: el.risk is read-only
slider.risk = 3;
const map = document.querySelector("hotspot-map");
if (map) {
  const selected: HotspotId | null = map.selected;
  map.selected = selected ?? "taiwan";
  map.selected = null;
  // @ts-expect-error: not a hotspot id
  map.selected = "atlantis";
  map.addEventListener("hotspot-select", (e) => {
    const id: HotspotId | null = e.detail.id;
    console.log(id);
  });
}
slider.addEventListener("deterrence-change", (e) => {
  const v: number = e.detail.value;
  const z: DeterrenceZone = e.detail.zone;
  const r: number = e.detail.risk;
  console.log(v, z, r, risk);
});
document.addEventListener("glossary-open", (e) => {
  const term: string = e.detail.term;
  console.log(term);
});
document.createElement("glossary-term").addEventListener("explainer-ready", (e) => {
  const ready: CustomEvent = e;
  console.log(ready.target);
});
const scope: HTMLElement = document.createElement("glossary-scope");
console.log(scope);
// @ts-expect-error: a slider has no `selected`
console.log(slider.selected);
