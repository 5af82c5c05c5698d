// Solid 1.x (types/solid.d.ts): custom elements in JSX, `on:` events and `prop:`.
import type {} from "east-asia-explainers/types/solid";

export function Article() {
  return (
    <article lang="en">
      <glossary-term term="reassurance" on:glossary-open={(e) => console.log(e.detail.term)}>reassurance</glossary-term>
      <glossary-scope lang="ja">
        <p>米中は安心供与を重視する。</p>
      </glossary-scope>
      <deterrence-slider prop:value={40} on:deterrence-change={(e) => console.log(e.detail.value, e.detail.zone)} />
      <hotspot-map lang="en" hotspot="korean-peninsula" on:hotspot-select={(e) => console.log(e.detail.id)} />
      {/* @ts-expect-error: not a hotspot id */}
      <hotspot-map hotspot="atlantis" />
    </article>
  );
}
