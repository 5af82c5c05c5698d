// Route (b) with its step missed: the loader bundled but never told where its files
// are. The widgets keep their own content and the loader warns once, naming the fix.
import "east-asia-explainers";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
