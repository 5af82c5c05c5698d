// A minimal stand-in for Astro's `astroHTML.JSX` namespace (astro/astro-jsx.d.ts), so
// that types/astro.d.ts is checked without installing astro (a large dependency tree
// for one type check). Like the real one: global, with HTMLAttributes and an
// IntrinsicElements interface that accepts any other tag.
declare namespace astroHTML.JSX {
  interface HTMLAttributes {
    class?: string | null | undefined;
    id?: string | null | undefined;
    lang?: string | null | undefined;
    slot?: string | null | undefined;
    style?: string | Record<string, unknown> | null | undefined;
    title?: string | null | undefined;
    [key: `data-${string}`]: unknown;
  }
  interface IntrinsicElements {
    [name: string]: { [name: string]: any };
  }
}
