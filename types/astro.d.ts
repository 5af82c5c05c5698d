// JSX declarations for Astro templates (.astro files): the intrinsic elements in
// Astro's global `astroHTML.JSX` namespace.
//
//   import type {} from "east-asia-explainers/types/astro";   // e.g. in src/explainers.d.ts
//   <hotspot-map lang="en" hotspot="taiwan"></hotspot-map>
//   <script src="https://cdn.jsdelivr.net/npm/east-asia-explainers@VERSION/dist/explainers.js" type="module" is:inline></script>
//
// Astro renders these tags as HTML (attributes only; listen for events from a
// <script>). The tests check this file against a minimal stub of `astroHTML.JSX`
// (tests/types/astro-stub.d.ts), not against the astro package, which is too heavy
// to install for a type check.

import type { ExplainerElements } from "./index.js";

type Explainers = {
  [K in keyof ExplainerElements]: Omit<astroHTML.JSX.HTMLAttributes, keyof ExplainerElements[K]["attributes"]> &
    ExplainerElements[K]["attributes"];
};

declare global {
  namespace astroHTML.JSX {
    interface IntrinsicElements extends Explainers {}
  }
}
