// Route (b): the loader bundled into the app by its package name, told where
// `npx east-asia-explainers copy public/explainers` put its files.
import { configure } from "east-asia-explainers";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";

configure({ base: "/explainers/" });

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
