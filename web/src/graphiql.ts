import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import "graphiql/graphiql.css";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import queriesMarkdown from "../../docs/queries.md?raw";
import { parseDocQueries } from "../../src/doc-queries.js";

/** GraphiQL from npm (no CDN), with the research queries of docs/queries.md as its tabs. */
const examples = parseDocQueries(queriesMarkdown);
const fetcher = createGraphiQLFetcher({ url: `${location.origin}/graphql` });
const container = document.getElementById("graphiql");
if (!container) throw new Error("no #graphiql element");
createRoot(container).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: examples.map((e) => ({ query: `# ${e.title}\n${e.query}` })),
    defaultEditorToolsVisibility: false,
  }),
);
