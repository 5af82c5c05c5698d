// east-asia-explainers loader: the one stable URL a page includes.
//
//   <script type="module" src="https://HOST/PATH/explainers.js"></script>
//
// It defines the custom elements at once and fetches the WebAssembly only when the
// first element connects. Loading it twice (even from two URLs) is harmless. Until
// the wasm has loaded, and if it cannot load, each element shows its own light-DOM
// content. Nothing here throws into the host page.

const TAGS = {
  "glossary-term": ["term"],
  "glossary-scope": [],
  "deterrence-slider": ["value"],
  "hotspot-map": ["selected"],
};
const SHARED = ["lang", "theme"];
const REGISTRY_KEY = Symbol.for("east-asia-explainers");

const state = (globalThis[REGISTRY_KEY] ??= {
  base: new URL(".", import.meta.url),
  wasm: null, // Promise of the initialised module
  sheet: null,
  module: null,
  instances: new Set(),
  failed: false,
});

function warn(message) {
  console.warn(`east-asia-explainers: ${message}`);
}

function loadWasm() {
  state.wasm ??= (async () => {
    const mod = await import(new URL("explainers-core.js", state.base).href);
    await mod.default({ module_or_path: new URL("explainers-core_bg.wasm", state.base) });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(mod.styles());
    state.sheet = sheet;
    state.module = mod;
    watchLanguages(mod);
    return mod;
  })();
  return state.wasm;
}

// The nearest ancestor's lang, looking through shadow roots.
function inheritedLang(el) {
  let node = el.parentNode;
  while (node) {
    if (node.nodeType === Node.ELEMENT_NODE && node.hasAttribute("lang")) {
      return node.getAttribute("lang");
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

// Widgets without their own lang follow their ancestors' lang when it changes.
function watchLanguages(mod) {
  const observer = new MutationObserver(() => {
    for (const el of state.instances) {
      if (!el.hasAttribute("lang")) el._explainerUpdate(mod, "inherited-lang", inheritedLang(el));
    }
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"], subtree: true });
}

class ExplainerElement extends HTMLElement {
  _explainerId = 0;

  connectedCallback() {
    if (this._explainerId) return;
    loadWasm().then(
      (mod) => this._explainerMount(mod),
      (err) => {
        if (!state.failed) {
          state.failed = true;
          warn(`could not load the widgets (${err && err.message ? err.message : err}); showing the page's own content instead.`);
        }
      },
    );
  }

  _explainerMount(mod) {
    if (!this.isConnected || this._explainerId) return;
    try {
      const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
      root.adoptedStyleSheets = [state.sheet];
      const mount = document.createElement("div");
      mount.className = "ex-mount";
      root.replaceChildren(mount);
      this._explainerId = mod.mount(this.localName, this, mount, inheritedLang(this));
      if (!this._explainerId) return;
      state.instances.add(this);
      this.setAttribute("data-ready", "");
      this.dispatchEvent(new CustomEvent("explainer-ready", { bubbles: true, composed: true }));
    } catch (err) {
      warn(`<${this.localName}> could not start: ${err && err.message ? err.message : err}`);
    }
  }

  _explainerUpdate(mod, name, value) {
    try {
      mod.update(this._explainerId, name, value);
    } catch (err) {
      warn(`<${this.localName}> could not apply ${name}: ${err && err.message ? err.message : err}`);
    }
  }

  disconnectedCallback() {
    // Deferred: an element moved within the page is disconnected and reconnected in
    // the same task and keeps its widget.
    queueMicrotask(() => {
      if (this.isConnected || !this._explainerId || !state.wasm) return;
      const id = this._explainerId;
      this._explainerId = 0;
      state.instances.delete(this);
      this.removeAttribute("data-ready");
      state.wasm.then((mod) => {
        try {
          mod.unmount(id);
        } catch (err) {
          warn(`<${this.localName}> could not unmount cleanly: ${err && err.message ? err.message : err}`);
        }
        if (!this._explainerId) this.shadowRoot?.replaceChildren();
      });
    });
  }

  attributeChangedCallback(name, oldValue, value) {
    if (!this._explainerId || oldValue === value || !state.wasm) return;
    state.wasm.then((mod) => {
      if (this._explainerId) this._explainerUpdate(mod, name, value);
    });
  }
}

// The element's public state as a property: `el.value` of a slider, `el.selected` of a
// map (null when nothing is selected). Reading asks the widget (or, before it has
// mounted, the attribute); writing sets the attribute (null removes it).
function stateProperty(attribute) {
  return {
    get() {
      if (this._explainerId && state.module) {
        const v = state.module.state(this._explainerId);
        if (v !== undefined && v !== null) return attribute === "value" ? Number(v) : v || null;
      }
      const raw = this.getAttribute(attribute);
      return attribute === "value" ? (raw === null ? 50 : Number(raw)) : raw;
    },
    set(v) {
      if (v === null || v === undefined) this.removeAttribute(attribute);
      else this.setAttribute(attribute, String(v));
    },
  };
}

for (const [tag, own] of Object.entries(TAGS)) {
  if (customElements.get(tag)) continue;
  const cls = class extends ExplainerElement {
    static observedAttributes = [...SHARED, ...own];
  };
  if (own.includes("value")) Object.defineProperty(cls.prototype, "value", stateProperty("value"));
  if (own.includes("selected")) Object.defineProperty(cls.prototype, "selected", stateProperty("selected"));
  customElements.define(tag, cls);
}

/** For page authors' tests: resolves once the wasm is loaded (starts loading it). */
export function ready() {
  return loadWasm().then(() => undefined);
}

/** For page authors' tests: how many widget instances are mounted now. */
export async function liveCount() {
  const mod = await loadWasm();
  return mod.liveCount();
}
