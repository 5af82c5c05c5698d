// Astro (types/astro.d.ts), checked against tests/types/astro-stub.d.ts: the props an
// .astro template may give each element, as Astro's checker sees them.
import type {} from "east-asia-explainers/types/astro";

type Props<T extends string> = astroHTML.JSX.IntrinsicElements[T];

export const term: Props<"glossary-term"> = { term: "reassurance", lang: "en", class: "x" };
export const scope: Props<"glossary-scope"> = { lang: "ja", "data-glossary-skip": "" };
export const slider: Props<"deterrence-slider"> = { value: 40, theme: "dark" };
export const map: Props<"hotspot-map"> = { selected: "taiwan", lang: "en" };
// @ts-expect-error: not a hotspot id
export const bad: Props<"hotspot-map"> = { selected: "atlantis" };
// @ts-expect-error: not a theme
export const badTheme: Props<"deterrence-slider"> = { theme: "sepia" };
