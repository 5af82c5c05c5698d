// Type declarations for east-asia-explainers: the custom elements that
// `explainers.js` defines, their properties and the details of their events.
//
// The public contract these describe (tags, attributes, properties, events) is the one
// in the README's "Embedding" section; tests/e2e/contract.test.mjs checks that the
// README, the built bundle and this file agree.
//
// Use: `import type {} from "east-asia-explainers";` for the DOM declarations (or import
// the types you need, e.g. `import type { HotspotId } from "east-asia-explainers"`), and
// `import type {} from "east-asia-explainers/types/react"` (or preact, solid, astro) once
// for a framework's JSX.

export type ExplainerLang = "ja" | "en" | (string & {});
export type ExplainerTheme = "auto" | "light" | "dark";
export type HotspotId = "taiwan" | "korean-peninsula" | "south-china-sea" | "east-china-sea";
export type DeterrenceZone =
  | "deterrence-only"
  | "mostly-deterrence"
  | "balanced"
  | "mostly-reassurance"
  | "reassurance-only";

/**
 * `deterrence-change`: the slider's value (0..100), its zone's id and the model's overall
 * crisis risk (0..100) at the reader's assumptions; fired when the value or either
 * assumption changes.
 */
export interface DeterrenceChangeDetail {
  value: number;
  zone: DeterrenceZone;
  risk: number;
}

/** `hotspot-select`: the selected hotspot's id, or `null` when the selection was cleared. */
export interface HotspotSelectDetail {
  id: HotspotId | null;
}

/** `glossary-open`: the id of the glossary entry shown. */
export interface GlossaryOpenDetail {
  term: string;
}

/** Attributes every element takes. */
export interface ExplainerAttributes {
  /** `ja` or `en` (regional forms such as `en-GB` accepted); default: the nearest ancestor's `lang`, else `ja`. */
  lang?: ExplainerLang;
  /** default `auto` (follows `prefers-color-scheme`). */
  theme?: ExplainerTheme;
}

export interface GlossaryTermAttributes extends ExplainerAttributes {
  /** A glossary id (built in, or your own); the element's text is the word shown. */
  term?: string;
  /** Your own term's one-line definition (plain text). */
  definition?: string;
  /** Your own term's reading (plain text, shown as ruby). */
  reading?: string;
  /** Your own term's source: an `http://` or `https://` URL (anything else is left out, with a warning). */
  source?: string;
}
export interface GlossaryScopeAttributes extends ExplainerAttributes {
  /** The URL of your own glossary file (JSON; see schema/glossary.schema.json), resolved against the page's URL. */
  src?: string;
}
export interface DeterrenceSliderAttributes extends ExplainerAttributes {
  /** 0..100 (0 = all deterrence, 100 = all reassurance); default 50. */
  value?: number | string;
}
export interface HotspotMapAttributes extends ExplainerAttributes {
  /** A hotspot id; absent: nothing selected. */
  hotspot?: HotspotId;
  /** @deprecated The older name of `hotspot` (HTML minifiers empty it): use `hotspot`. */
  selected?: HotspotId;
}

/** The events the elements fire (bubbling, composed), by name. */
export interface ExplainerEventMap {
  /** Every element, once mounted (it also gets a `data-ready` attribute). */
  "explainer-ready": CustomEvent<null>;
  "glossary-open": CustomEvent<GlossaryOpenDetail>;
  "deterrence-change": CustomEvent<DeterrenceChangeDetail>;
  "hotspot-select": CustomEvent<HotspotSelectDetail>;
}

/**
 * Each element by tag: its attributes (what a JSX declaration accepts) and the event it
 * fires besides `explainer-ready`. The framework declarations (react, preact, solid,
 * astro) map over this; `HTMLElementTagNameMap` gives each tag's element type.
 */
export interface ExplainerElements {
  "glossary-term": { attributes: GlossaryTermAttributes; events: "glossary-open" };
  "glossary-scope": { attributes: GlossaryScopeAttributes; events: "glossary-open" };
  "deterrence-slider": { attributes: DeterrenceSliderAttributes; events: "deterrence-change" };
  "hotspot-map": { attributes: HotspotMapAttributes; events: "hotspot-select" };
}

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

/** `<glossary-term term="…">word</glossary-term>` */
export interface GlossaryTermElement extends ExplainerElementBase {}
/** `<glossary-scope>…article HTML…</glossary-scope>` */
export interface GlossaryScopeElement extends ExplainerElementBase {}
/** `<deterrence-slider value="40">` */
export interface DeterrenceSliderElement extends ExplainerElementBase {
  /** The current value, 0..100; setting it sets the `value` attribute. */
  value: number;
  /** The model's overall crisis risk (0..100) at the reader's position and assumptions; `null` until mounted. */
  readonly risk: number | null;
}
/** `<hotspot-map hotspot="taiwan">` */
export interface HotspotMapElement extends ExplainerElementBase {
  /** The selected hotspot's id, or `null`; setting it sets (or, with `null`, removes) `hotspot`. */
  selected: HotspotId | null;
}

declare global {
  interface HTMLElementTagNameMap {
    "glossary-term": GlossaryTermElement;
    "glossary-scope": GlossaryScopeElement;
    "deterrence-slider": DeterrenceSliderElement;
    "hotspot-map": HotspotMapElement;
  }
  // The events bubble and are composed, so a listener on `document`, `window` or any
  // ancestor sees them too.
  interface HTMLElementEventMap extends ExplainerEventMap {}
  interface DocumentEventMap extends ExplainerEventMap {}
  interface WindowEventMap extends ExplainerEventMap {}
}

/** The loader's exports (`import { ready, liveCount } from ".../explainers.js"`). */
export interface ExplainersModule {
  /** Resolves once every connected widget has mounted and every scope has marked its terms. */
  ready(): Promise<void>;
  /** How many widget instances are mounted now. */
  liveCount(): Promise<number>;
}
