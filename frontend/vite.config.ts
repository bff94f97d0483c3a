/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Where the dev server and `vite preview` send /api (and the health routes): the API's address,
// e.g. SLUICE_API_URL=http://127.0.0.1:8080 npm run dev. The built app itself calls its own origin.
const api = process.env.SLUICE_API_URL ?? "http://127.0.0.1:8080";
const proxy = Object.fromEntries(
  ["/api", "/healthz", "/readyz", "/docs", "/metrics"].map((path) => [path, { target: api, changeOrigin: false }]),
);

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: "dist",
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test-setup.ts"],
  },
});
