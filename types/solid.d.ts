// JSX declarations for Solid 1.x: the intrinsic elements in the "solid-js" module's JSX
// namespace, and the custom events for Solid's `on:` syntax.
//
//   import type {} from "east-asia-explainers/types/solid";   // once, anywhere
//   <deterrence-slider value={40} on:deterrence-change={(e) => e.detail.value} />
//
// Solid sets attributes by default; `prop:value={40}` sets the property instead.

import type { JSX as SolidJSX } from "solid-js";
import type { ExplainerElements, ExplainerEventMap, HotspotId } from "./index.js";

type Props<E, A> = Omit<SolidJSX.HTMLAttributes<E>, keyof A> & A;
type Explainers = {
  [K in keyof ExplainerElements]: Props<HTMLElementTagNameMap[K], ExplainerElements[K]["attributes"]>;
};

declare module "solid-js" {
  namespace JSX {
    interface IntrinsicElements extends Explainers {}
    // The events are ExplainerEventMap's (index.d.ts owns them).
    interface CustomEvents extends ExplainerEventMap {}
    interface ExplicitProperties {
      value: number;
      selected: HotspotId | null;
    }
  }
}
