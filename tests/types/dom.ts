// The DOM declarations (types/index.d.ts): tags, properties and event details; and the
// loader's exports, as an app that bundles it imports them.
import type { DeterrenceZone, ExplainersModule, HotspotId } from "east-asia-explainers";
import { configure, ready } from "east-asia-explainers";

configure({ base: "/explainers/" });
configure({ base: new URL("https://cdn.example.org/explainers/"), authorOrigins: ["https://terms.example.org"] });
// @ts-expect-error: base is a URL or its text
configure({ base: 5 });
// @ts-expect-error: no such setting
configure({ bse: "/explainers/" });
const settled: Promise<void> = ready();
const byUrl = (await import("east-asia-explainers")) satisfies ExplainersModule;
console.log(settled, byUrl.liveCount);

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
