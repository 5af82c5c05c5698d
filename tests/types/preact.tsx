// Preact 10 (types/preact.d.ts): custom elements in JSX.
import type {} from "east-asia-explainers/types/preact";

export function Article() {
  return (
    <article lang="en">
      <glossary-term term="reassurance" onglossary-open={(e) => console.log(e.detail.term)}>reassurance</glossary-term>
      <glossary-scope lang="ja">
        <p>米中は安心供与を重視する。</p>
      </glossary-scope>
      <deterrence-slider value={40} ondeterrence-change={(e) => console.log(e.detail.value, e.detail.zone)} />
      <hotspot-map lang="en" hotspot="east-china-sea" onhotspot-select={(e) => console.log(e.detail.id)} />
      {/* @ts-expect-error: not a hotspot id */}
      <hotspot-map hotspot="atlantis" />
    </article>
  );
}
