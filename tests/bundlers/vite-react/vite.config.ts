// Vite's React template's config, with the three pages as inputs and the build in
// out/vite/ (public/, with the copied explainers/, goes beside them).
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "out/vite",
    emptyOutDir: true,
    rolldownOptions: { input: ["index.html", "configured.html", "unconfigured.html"] },
  },
});
