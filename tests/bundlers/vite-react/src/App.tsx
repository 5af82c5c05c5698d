// The three widgets in a React 19 component, driven by its state: the slider's `value`
// and the map's `hotspot` come from state (buttons change them), and the elements'
// events write back into it; the slider can be unmounted and mounted again.
import type {} from "east-asia-explainers/types/react";
import type { DeterrenceZone, HotspotId } from "east-asia-explainers";
import { useState } from "react";

export function App() {
  const [value, setValue] = useState(40);
  const [zone, setZone] = useState<DeterrenceZone | "">("");
  const [hotspot, setHotspot] = useState<HotspotId>("taiwan");
  const [selected, setSelected] = useState<HotspotId | null>(null);
  const [sliderShown, setSliderShown] = useState(true);
  return (
    <main>
      <h1>East Asia, explained</h1>
      <p>
        <button id="before" type="button">
          Start
        </button>
      </p>
      <p>
        Washington stresses{" "}
        <glossary-term id="term" term="reassurance">
          reassurance
        </glossary-term>{" "}
        as well as deterrence.
      </p>
      <p>
        <button id="more" type="button" onClick={() => setValue(80)}>
          Mostly reassurance
        </button>{" "}
        <button id="toggle" type="button" onClick={() => setSliderShown((shown) => !shown)}>
          {sliderShown ? "Hide the slider" : "Show the slider"}
        </button>{" "}
        Zone: <output id="zone">{zone}</output>
      </p>
      {sliderShown && (
        <deterrence-slider
          id="slider"
          lang="en"
          value={value}
          ondeterrence-change={(e) => {
            setValue(e.detail.value);
            setZone(e.detail.zone);
          }}
        >
          <p className="fallback">The deterrence slider needs JavaScript.</p>
        </deterrence-slider>
      )}
      <p>
        <button id="korea" type="button" onClick={() => setHotspot("korean-peninsula")}>
          The Korean Peninsula
        </button>{" "}
        Selected: <output id="selected">{selected ?? ""}</output>
      </p>
      <hotspot-map id="map" lang="en" hotspot={hotspot} onhotspot-select={(e) => setSelected(e.detail.id)}>
        <p className="fallback">The map of East Asia's hotspots needs JavaScript.</p>
      </hotspot-map>
    </main>
  );
}
