// JSX declarations for Preact 10: the intrinsic elements in the "preact" module's JSX
// namespace.
//
//   import type {} from "east-asia-explainers/types/preact";   // once, anywhere
//   <hotspot-map lang="en" onhotspot-select={(e) => e.detail.id} />
//
// Preact sets a prop as a property when the element has one (`value`, `selected`), and
// `on` + an event name it does not know (`onhotspot-select`) listens for that event.

import type { JSX as PreactJSX } from "preact";
import type {
  DeterrenceSliderAttributes,
  DeterrenceSliderElement,
  GlossaryScopeAttributes,
  GlossaryScopeElement,
  GlossaryTermAttributes,
  GlossaryTermElement,
  HotspotMapAttributes,
  HotspotMapElement,
  OnEventProps,
} from "./index.js";

type Props<E extends EventTarget, A> = Omit<PreactJSX.HTMLAttributes<E>, keyof A> & A;

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements {
      "glossary-term": Props<GlossaryTermElement, GlossaryTermAttributes> & OnEventProps<"glossary-term">;
      "glossary-scope": Props<GlossaryScopeElement, GlossaryScopeAttributes> & OnEventProps<"glossary-scope">;
      "deterrence-slider": Props<DeterrenceSliderElement, DeterrenceSliderAttributes> & OnEventProps<"deterrence-slider">;
      "hotspot-map": Props<HotspotMapElement, HotspotMapAttributes> & OnEventProps<"hotspot-map">;
    }
  }
}
