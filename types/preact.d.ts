// JSX declarations for Preact 10: the intrinsic elements in the "preact" module's JSX
// namespace.
//
//   import type {} from "east-asia-explainers/types/preact";   // once, anywhere
//   <hotspot-map lang="en" onhotspot-select={(e) => e.detail.id} />
//
// Preact sets a prop as a property when the element has one (`value`, `selected`), and
// `on` + an event name it does not know (`onhotspot-select`) listens for that event.

import type { JSX as PreactJSX } from "preact";
import type { ExplainerElements, OnEventProps } from "./index.js";

type Props<E extends EventTarget, A> = Omit<PreactJSX.HTMLAttributes<E>, keyof A> & A;
type Explainers = {
  [K in keyof ExplainerElements]: Props<HTMLElementTagNameMap[K], ExplainerElements[K]["attributes"]> & OnEventProps<K>;
};

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements extends Explainers {}
  }
}
