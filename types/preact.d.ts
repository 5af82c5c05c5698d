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
  DeterrenceChangeDetail,
  DeterrenceSliderAttributes,
  DeterrenceSliderElement,
  GlossaryOpenDetail,
  GlossaryScopeAttributes,
  GlossaryScopeElement,
  GlossaryTermAttributes,
  GlossaryTermElement,
  HotspotMapAttributes,
  HotspotMapElement,
  HotspotSelectDetail,
} from "./index.js";

type Props<E extends EventTarget, A> = Omit<PreactJSX.HTMLAttributes<E>, keyof A> &
  A & { "onexplainer-ready"?: (event: CustomEvent<null>) => void };

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements {
      "glossary-term": Props<GlossaryTermElement, GlossaryTermAttributes> & {
        "onglossary-open"?: (event: CustomEvent<GlossaryOpenDetail>) => void;
      };
      "glossary-scope": Props<GlossaryScopeElement, GlossaryScopeAttributes> & {
        "onglossary-open"?: (event: CustomEvent<GlossaryOpenDetail>) => void;
      };
      "deterrence-slider": Props<DeterrenceSliderElement, DeterrenceSliderAttributes> & {
        "ondeterrence-change"?: (event: CustomEvent<DeterrenceChangeDetail>) => void;
      };
      "hotspot-map": Props<HotspotMapElement, HotspotMapAttributes> & {
        "onhotspot-select"?: (event: CustomEvent<HotspotSelectDetail>) => void;
      };
    }
  }
}
