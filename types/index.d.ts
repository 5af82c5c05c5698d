// Type declarations for east-asia-explainers: the custom elements that
// `explainers.js` defines, their properties and the details of their events.
//
// The public contract these describe (tags, attributes, properties, events) is the one
// docs/api.md documents; tests/e2e/contract.test.mjs checks that the built bundle, the
// Custom Elements Manifest and this file agree. The elements' part (between the
// `@generated elements` markers) is generated from widgets/*/widget.toml: edit those
// and run `cargo run -q -p explainers-compiler --bin elements-types` (`make lint` fails
// when it is stale); the rest is written here.
//
// Use: `import type {} from "east-asia-explainers";` for the DOM declarations (or import
// the types you need, e.g. `import type { HotspotId } from "east-asia-explainers"`), and
// `import type {} from "east-asia-explainers/types/react"` (or preact, solid, astro) once
// for a framework's JSX. An app that bundles the loader imports it by the same name:
// `import { configure } from "east-asia-explainers"` (declared at the end).

export type ExplainerTheme = "auto" | "light" | "dark";

// @generated elements:start
// From widgets/*/widget.toml and the content's ids, by the content compiler
// (`cargo run -p explainers-compiler --bin elements-types`). Do not edit this block.

/** A language the widgets are written in (`LANGS` in `compiler/src/data.rs`); any other falls back. */
export type ExplainerLang = "ja" | "en" | (string & {});

/** Attributes every element takes. */
export interface ExplainerAttributes {
  /** The widget's language, `ja` or `en` (regional forms such as `en-GB` accepted); default: the nearest ancestor's `lang` (followed live), else `ja`. */
  lang?: ExplainerLang;
  /** `auto` (follows `prefers-color-scheme`), `light` or `dark`; default `auto`. */
  theme?: ExplainerTheme;
}

/** A hotspot of the map (`widgets/hotspot-map/hotspots.toml`). */
export type HotspotId = "taiwan" | "korean-peninsula" | "south-china-sea" | "east-china-sea";
/** A zone of the slider's axis (`widgets/deterrence-slider/content.toml`). */
export type DeterrenceZone = "deterrence-only" | "mostly-deterrence" | "balanced" | "mostly-reassurance" | "reassurance-only";
/** A layer of the map (`widgets/hotspot-map/layers.toml`). */
export type LayerId = "adiz" | "east-china-sea-lines" | "taiwan-strait-median-line" | "disputed-islands" | "nine-dash-line";
/** Layer ids separated by spaces (the `layers` attribute); empty: none. */
export type LayerList = "" | LayerId | `${LayerId} ${string}`;

/** `deterrence-change`: The position (from the reader or the attribute) or either model assumption changed, after mount: `value` is the position, `zone` its zone, `risk` the model's overall crisis risk (0–100) at the reader's assumptions. */
export interface DeterrenceChangeDetail {
  value: number;
  zone: DeterrenceZone;
  risk: number;
}
/** `glossary-open`: The popover opened; `term` is the id of the entry shown. */
export interface GlossaryOpenDetail {
  term: string;
}
/** `hotspot-select`: The selection changed after mount, by the reader or the page (not for the initial `hotspot`): `id` is the new id, or null when the selection was cleared. */
export interface HotspotSelectDetail {
  id: HotspotId | null;
}
/** `layers-change`: The layers drawn changed: a reader turned one on or off (the checkboxes or a card's button), or the page changed `layers`; `layers` is the layers now drawn, ids separated by spaces ("" for none). */
export interface LayersChangeDetail {
  layers: LayerList;
}

/** `<deterrence-slider>`'s attributes. */
export interface DeterrenceSliderAttributes extends ExplainerAttributes {
  /** The mix, 0 (deterrence only) to 100 (reassurance only); 50 when absent or not a number; decimals are rounded, values out of range clamped. */
  value?: number | string;
}

/** `<glossary-term>`'s attributes. */
export interface GlossaryTermAttributes extends ExplainerAttributes {
  /** The glossary entry's id (a built-in one, one from the scope's author glossary, or the author's own with `definition`). */
  term?: string;
  /** An author's own term: its one-line definition (plain text, never markup); absent: a built-in term. */
  definition?: string;
  /** An author's own term: the reading of its Japanese form (plain text, shown as ruby). */
  reading?: string;
  /** An author's own term: its source, an http(s) URL (anything else is dropped with one warning). */
  source?: string;
}

/** `<glossary-scope>`'s attributes. */
export interface GlossaryScopeAttributes extends ExplainerAttributes {
  /** An author's glossary file (JSON, resolved against the page's URL, read when the scope mounts) whose terms are marked too; absent: the built-in terms only. */
  src?: string;
}

/** `<hotspot-map>`'s attributes. */
export interface HotspotMapAttributes extends ExplainerAttributes {
  /** The selected hotspot's id (case and surrounding spaces ignored); none selected when absent. */
  hotspot?: HotspotId;
  /** @deprecated Older name of `hotspot` (a minifier may empty it). Use `hotspot`. */
  selected?: HotspotId;
  /** The layers drawn over the map, ids separated by spaces (`widgets/hotspot-map/layers.toml`); none when absent. A reader's checkboxes change it. */
  layers?: LayerList;
}

/** The events the elements fire (bubbling, composed), by name. */
export interface ExplainerEventMap {
  /** The element is interactive: a `glossary-term` as soon as it is a trigger (before any wasm), the others once mounted and complete (their whole view built). The element also gets a `data-ready` attribute. A term in a slider's or a map's own text announces itself inside that widget only (not composed). */
  "explainer-ready": CustomEvent<null>;
  "deterrence-change": CustomEvent<DeterrenceChangeDetail>;
  "glossary-open": CustomEvent<GlossaryOpenDetail>;
  "hotspot-select": CustomEvent<HotspotSelectDetail>;
  "layers-change": CustomEvent<LayersChangeDetail>;
}

/**
 * Each element by tag: its attributes (what a JSX declaration accepts) and the events
 * fired on it besides `explainer-ready` (its widget's: a scope's terms fire theirs
 * inside it, and they bubble). The framework declarations (react, preact, solid, astro)
 * map over this; `HTMLElementTagNameMap` gives each tag's element type.
 */
export interface ExplainerElements {
  "deterrence-slider": { attributes: DeterrenceSliderAttributes; events: "deterrence-change" };
  "glossary-term": { attributes: GlossaryTermAttributes; events: "glossary-open" };
  "glossary-scope": { attributes: GlossaryScopeAttributes; events: "glossary-open" };
  "hotspot-map": { attributes: HotspotMapAttributes; events: "hotspot-select" | "layers-change" };
}

/** `<deterrence-slider>`: The deterrence–reassurance slider and its escalation model. */
export interface DeterrenceSliderElement extends ExplainerElementBase {
  /** The slider's position now; setting it sets the attribute. */
  value: number;
  /** The model's overall crisis risk (0–100) at the reader's current position and assumptions; null until mounted. Read-only. */
  readonly risk: number | null;
}

/** `<glossary-term>`: One term in running text: a button that opens its glossary popover. */
export interface GlossaryTermElement extends ExplainerElementBase {}

/** `<glossary-scope>`: Marks the glossary's terms in the text inside it. */
export interface GlossaryScopeElement extends ExplainerElementBase {}

/** `<hotspot-map>`: The map of the four hotspots, with a card for the selected one. */
export interface HotspotMapElement extends ExplainerElementBase {
  /** The selected hotspot's id, or null; setting it sets `hotspot`. */
  selected: HotspotId | null;
  /** The layers drawn, ids in the map's order separated by spaces ("" for none); setting it sets `layers`. */
  layers: LayerList;
}

declare global {
  interface HTMLElementTagNameMap {
    "deterrence-slider": DeterrenceSliderElement;
    "glossary-term": GlossaryTermElement;
    "glossary-scope": GlossaryScopeElement;
    "hotspot-map": HotspotMapElement;
  }
}
// @generated elements:end

/** The event each element fires besides `explainer-ready`, by tag. */
export type ExplainerElementEvents = { [K in keyof ExplainerElements]: ExplainerElements[K]["events"] };

/**
 * Listener props in the `on<event-name>` form (React 19, Preact) for the events element
 * `T` fires: its own and `explainer-ready`.
 */
export type OnEventProps<T extends keyof ExplainerElementEvents> = {
  [K in ExplainerElementEvents[T] | "explainer-ready" as `on${K}`]?: (event: ExplainerEventMap[K]) => void;
};

interface ExplainerElementBase extends HTMLElement {
  addEventListener<K extends keyof ExplainerEventMap>(
    type: K,
    listener: (this: this, ev: ExplainerEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: this, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof ExplainerEventMap>(
    type: K,
    listener: (this: this, ev: ExplainerEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: this, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  // The events bubble and are composed, so a listener on `document`, `window` or any
  // ancestor sees them too.
  interface HTMLElementEventMap extends ExplainerEventMap {}
  interface DocumentEventMap extends ExplainerEventMap {}
  interface WindowEventMap extends ExplainerEventMap {}
}

/** What `configure` takes: settings a page or an app gives from its own script, never from markup. */
export interface ExplainersOptions {
  /**
   * Where the release's files are (the folder `npx east-asia-explainers copy FOLDER`
   * filled), as the site serves it: e.g. `"/explainers/"`, resolved against the page's
   * URL. Needed when a bundler (Vite, webpack, esbuild) took the loader into the app's
   * own script; without it the loader warns once, naming this fix.
   */
  base?: string | URL;
  /** Origins besides the page's own that a `<glossary-scope src>` file may come from, e.g. `["https://cdn.example.org"]`. */
  authorOrigins?: Iterable<string>;
}

/**
 * Sets where the release's files are and which origins an author's file may come from
 * (`import { configure } from "east-asia-explainers"`); call it right after importing,
 * before the widgets mount. A bad value is ignored with one warning.
 */
export declare function configure(options: ExplainersOptions): void;
/** Resolves once every connected widget has mounted and is complete (`data-ready`), and every scope has marked its terms. */
export declare function ready(): Promise<void>;
/**
 * One element's completion, like lit's `updateComplete`: mounts `element` now if it waits
 * for the viewport and resolves `true` once it is complete (`data-ready`), whatever the
 * rest of the page is doing, or `false` if it leaves the page first or is not one of the
 * explainers' elements.
 */
export declare function ready(element: Element): Promise<boolean>;
/** How many widget instances are mounted now. */
export declare function liveCount(): Promise<number>;

/** The loader's exports, for a page that imports it by URL (`await import(".../explainers.js") as ExplainersModule`). */
export interface ExplainersModule {
  configure: typeof configure;
  ready: typeof ready;
  liveCount: typeof liveCount;
}
