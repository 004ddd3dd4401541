import { resolve } from "node:path";
import { defineConfig } from "vite";

/** The explorer (web/index.html) and the GraphQL IDE (web/graphiql.html), built into web/dist/. */
export default defineConfig({
  root: "web",
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      // GraphiQL's React packages carry "use client" directives, which mean nothing in a static build.
      onLog(level, log, handler) {
        if (log.code !== "MODULE_LEVEL_DIRECTIVE") handler(level, log);
      },
      input: {
        explorer: resolve(import.meta.dirname, "web/index.html"),
        graphiql: resolve(import.meta.dirname, "web/graphiql.html"),
      },
    },
  },
  server: { proxy: { "/graphql": "http://127.0.0.1:4000" } },
});
