import cytoscape, { Core, ElementDefinition } from "cytoscape";
import { GraphNode, GraphPath, GraphRelation, relationId, Subgraph } from "./explorer-queries";

const KIND_COLOURS: Record<string, string> = {
  AILMENT: "#c0392b",
  CAUSE: "#d68910",
  THERAPY: "#1e8449",
  CONTRAINDICATION: "#7d3c98",
  RED_FLAG: "#7b0000",
};

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(name)",
      "background-color": (n: cytoscape.NodeSingular) => KIND_COLOURS[n.data("kind") as string] ?? "#566573",
      color: "#1d2733",
      "font-size": 11,
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": "110px",
      "min-zoomed-font-size": 7,
      width: 22,
      height: 22,
    },
  },
  { selector: 'node[kind = "RED_FLAG"]', style: { shape: "diamond", width: 26, height: 26 } },
  { selector: "node:selected", style: { "border-width": 3, "border-color": "#2471a3" } },
  { selector: "node.focus", style: { width: 30, height: 30 } },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#aab7c4",
      "target-arrow-color": "#aab7c4",
      "target-arrow-shape": "triangle",
      "curve-style": "bezier",
      "arrow-scale": 0.8,
    },
  },
  // Relationship types are named only where they matter (selected, on the path), to keep the drawing readable.
  {
    selector: "edge:selected, edge.path",
    style: {
      label: "data(type)",
      "font-size": 9,
      color: "#34495e",
      "text-rotation": "autorotate",
      "text-background-color": "#fff",
      "text-background-opacity": 0.8,
    },
  },
  { selector: "edge:selected", style: { "line-color": "#2471a3", "target-arrow-color": "#2471a3", width: 3 } },
  { selector: "edge.path", style: { "line-color": "#e67e22", "target-arrow-color": "#e67e22", width: 4 } },
  { selector: "node.path", style: { "border-width": 4, "border-color": "#e67e22" } },
  { selector: ".path-end", style: { "border-width": 4, "border-color": "#e67e22" } },
];

/** The cytoscape canvas: merges subgraphs in, keeps the graph data for the side panel, marks a path. */
export class GraphView {
  readonly cy: Core;

  constructor(container: HTMLElement) {
    this.cy = cytoscape({ container, style: STYLE, minZoom: 0.2, maxZoom: 3 });
  }

  /**
   * Adds the nodes and relationships not drawn yet; returns how many elements were new. New
   * nodes start on a circle around `near` (coincident nodes would stall the force layout).
   */
  merge(nodes: GraphNode[], relationships: GraphRelation[], near?: string): number {
    const added: ElementDefinition[] = [];
    const fresh = nodes.filter((node) => {
      const existing = this.cy.getElementById(node.id);
      if (existing.nonempty()) existing.data({ ...existing.data(), ...node });
      return existing.empty();
    });
    const centre =
      near && this.cy.getElementById(near).nonempty() ? this.cy.getElementById(near).position() : { x: 0, y: 0 };
    fresh.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / fresh.length;
      const radius = 80 + 4 * fresh.length;
      added.push({
        group: "nodes",
        data: { ...node },
        position: { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) },
      });
    });
    for (const r of relationships) {
      const id = relationId(r);
      if (this.cy.getElementById(id).empty())
        added.push({ group: "edges", data: { id, source: r.from, target: r.to, ...r } });
    }
    this.cy.add(added);
    return added.length;
  }

  replace(subgraph: Subgraph, focusId: string): void {
    this.cy.elements().remove();
    this.merge(subgraph.nodes, subgraph.relationships, focusId);
    this.layout(focusId, true);
  }

  /** Force-directed layout; `fresh` starts from scratch, otherwise nodes move on from where they are. */
  layout(focusId?: string, fresh = false): void {
    this.cy.nodes().removeClass("focus");
    if (focusId) this.cy.getElementById(focusId).addClass("focus");
    const options = {
      name: "cose",
      animate: false,
      randomize: fresh,
      nodeRepulsion: () => 400_000,
      idealEdgeLength: () => 110,
      nodeOverlap: 20,
      gravity: 60,
      numIter: 1500,
      padding: 30,
    };
    this.cy.layout(options).run();
    this.fit();
  }

  /** Fits everything in view, without zooming in so far that labels turn huge. */
  fit(): void {
    this.cy.fit(undefined, 30);
    if (this.cy.zoom() > 1.3) {
      this.cy.zoom(1.3);
      this.cy.center();
    }
  }

  showPath(path: GraphPath): void {
    this.clearPath();
    if (this.merge(path.nodes, path.relationships, path.nodes[0].id) > 0) this.layout();
    const ids = [...path.nodes.map((n) => n.id), ...path.relationships.map(relationId)];
    for (const id of ids) this.cy.getElementById(id).addClass("path");
    this.cy.getElementById(path.nodes[0].id).addClass("path-end");
    this.cy.getElementById(path.nodes[path.nodes.length - 1].id).addClass("path-end");
    this.fit();
  }

  clearPath(): void {
    this.cy.elements().removeClass("path path-end");
  }

  node(id: string): GraphNode | undefined {
    const element = this.cy.getElementById(id);
    return element.nonempty() && element.isNode() ? (element.data() as GraphNode) : undefined;
  }
}
