// JSX declarations for React 19 (and Next.js, MDX with React). React 19 has no global
// `JSX` namespace: the intrinsic elements live in the "react" module's JSX namespace.
//
//   import type {} from "east-asia-explainers/types/react";   // once, anywhere
//   <deterrence-slider lang="en" value={40} ondeterrence-change={(e) => e.detail.zone} />
//
// React 19 sets a custom element's props as properties when the element has one
// (`value`, `selected`) and attributes otherwise, and attaches a listener for a prop
// that starts with `on` (the rest is the event name, case kept).

import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { ExplainerElements, OnEventProps } from "./index.js";

type Props<E, A> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof A> & A;
type Explainers = {
  [K in keyof ExplainerElements]: Props<HTMLElementTagNameMap[K], ExplainerElements[K]["attributes"]> & OnEventProps<K>;
};

declare module "react" {
  namespace JSX {
    interface IntrinsicElements extends Explainers {}
  }
}
