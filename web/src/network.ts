import cytoscape from "cytoscape";

export interface NetworkData {
  centerId: string;
  nodes: { id: string; kind: string; name: string }[];
  edges: { id: string; type: string; from: { id: string }; to: { id: string } }[];
}

const COLOURS: Record<string, string> = {
  Organization: "#0b5394",
  Person: "#b45309",
  Commodity: "#047857",
  Programme: "#6d28d9",
  Agreement: "#be123c",
  Event: "#4b5563",
};

/** Draws the neighbourhood into `container`; a click (or Enter on the list beside it) opens a node. */
export function drawNetwork(
  container: HTMLElement,
  data: NetworkData,
  open: (id: string) => void,
): cytoscape.Core {
  const graph = cytoscape({
    container,
    elements: [
      ...data.nodes.map((n) => ({
        data: { id: n.id, label: n.name, kind: n.kind, center: n.id === data.centerId ? 1 : 0 },
      })),
      ...data.edges.map((e) => ({ data: { id: e.id, source: e.from.id, target: e.to.id, label: e.type } })),
    ],
    style: [
      {
        selector: "node",
        style: {
          label: "data(label)",
          "font-size": 10,
          "text-wrap": "ellipsis",
          "text-max-width": "120px",
          "background-color": (n: cytoscape.NodeSingular) => COLOURS[n.data("kind") as string] ?? "#6b7280",
          width: (n: cytoscape.NodeSingular) => (n.data("center") ? 28 : 18),
          height: (n: cytoscape.NodeSingular) => (n.data("center") ? 28 : 18),
        },
      },
      {
        selector: "edge",
        style: {
          width: 1,
          "line-color": "#9ca3af",
          "target-arrow-shape": "triangle",
          "target-arrow-color": "#9ca3af",
          "curve-style": "bezier",
        },
      },
    ],
    layout: { name: "cose", animate: false },
  });
  graph.on("tap", "node", (event) => {
    open((event.target as cytoscape.NodeSingular).id());
  });
  container.dataset.nodes = String(graph.nodes().length);
  // For the browser tests: where each node is drawn, to click it as a person would.
  (window as unknown as { explorerNetwork?: cytoscape.Core }).explorerNetwork = graph;
  return graph;
}
