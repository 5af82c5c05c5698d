// Route (a), the documented one: index.html loads /explainers/explainers.js with a
// script tag (the package's dist/, copied to public/explainers/); the app imports the
// package's types only, which the compiler erases.
import type {} from "east-asia-explainers";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
