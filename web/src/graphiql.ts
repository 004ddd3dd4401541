import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import "graphiql/graphiql.css";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import queriesMarkdown from "../../docs/queries.md?raw";
import { parseDocQueries } from "../../src/doc-queries.js";

/** GraphiQL from npm (no CDN), with the research queries of docs/queries.md as its tabs. */
const examples = parseDocQueries(queriesMarkdown);

/** GraphiQL titles a tab by its operation's name: "1. The units of Kemenperin…" becomes Q1_The_units_of. */
function named(title: string, query: string): string {
  if (!query.trimStart().startsWith("{")) return query;
  const name = `Q${title
    .replace(/[^A-Za-z0-9]+/g, "_")
    .split("_")
    .filter(Boolean)
    .slice(0, 5)
    .join("_")}`;
  return `query ${name} ${query.trimStart()}`;
}
const fetcher = createGraphiQLFetcher({ url: `${location.origin}/graphql` });
const container = document.getElementById("graphiql");
if (!container) throw new Error("no #graphiql element");
createRoot(container).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: examples.map((e) => ({ query: `# ${e.title}\n${named(e.title, e.query)}` })),
    defaultEditorToolsVisibility: false,
  }),
);
