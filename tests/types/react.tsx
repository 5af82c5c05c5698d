// React 19 (types/react.d.ts): custom elements in JSX, checked with @types/react 19.
import type {} from "east-asia-explainers/types/react";

export function Article() {
  return (
    <article lang="en">
      <p>
        Washington stresses <glossary-term term="reassurance" onglossary-open={(e) => console.log(e.detail.term)}>reassurance</glossary-term>.
      </p>
      <glossary-scope lang="ja" theme="dark">
        <p>米中は安心供与を重視する。</p>
      </glossary-scope>
      <deterrence-slider lang="en" value={40} ondeterrence-change={(e) => console.log(e.detail.value, e.detail.zone)} />
      <hotspot-map lang="en" hotspot="taiwan" onhotspot-select={(e) => console.log(e.detail.id)} onexplainer-ready={() => {}} />
      {/* @ts-expect-error: not a hotspot id */}
      <hotspot-map hotspot="atlantis" />
      {/* @ts-expect-error: not a theme */}
      <deterrence-slider theme="sepia" />
    </article>
  );
}
