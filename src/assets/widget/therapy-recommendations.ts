import { h } from "../shared/dom";
import { graphqlRequest } from "../shared/graphql-request";
import { RECOMMEND_QUERY, WidgetData } from "./widget-query";
import { WIDGET_CSS } from "./widget-style";

/**
 * <therapy-recommendations ailments="muscle-spasm stress" conditions="pregnancy" endpoint="/graphql" first="5">
 * Ids are separated by commas or spaces. The endpoint defaults to /graphql on the server the
 * script came from. The element sets data-state (loading | ready | empty | error) on itself.
 */
const scriptSrc = (document.currentScript as HTMLScriptElement | null)?.src;
const DEFAULT_ENDPOINT = new URL("/graphql", scriptSrc || location.href).href;

const ids = (value: string | null) => (value ?? "").split(/[\s,]+/).filter(Boolean);

type Result = WidgetData["recommendTherapies"];

export class TherapyRecommendations extends HTMLElement {
  static observedAttributes = ["ailments", "conditions", "endpoint", "first"];
  private readonly root = this.attachShadow({ mode: "open" });
  private controller?: AbortController;
  private pending = false;
  /** What the shown (or loading) result was asked with; a failed request leaves it unset so it can be retried. */
  private askedWith?: string;

  connectedCallback(): void {
    this.schedule();
  }

  attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
    // Host pages (the demo among them) may set an attribute to the value it already has; that must not
    // re-fetch and re-render a result that is already on screen.
    if (oldValue !== newValue && this.isConnected) this.schedule();
  }

  disconnectedCallback(): void {
    this.controller?.abort();
    this.askedWith = undefined; // an aborted request answered nothing: ask again when put back on a page
  }

  /** Several attribute changes in one task cause one request. */
  private schedule(): void {
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      void this.load();
    });
  }

  private async load(): Promise<void> {
    const ailments = ids(this.getAttribute("ailments"));
    const endpoint = this.getAttribute("endpoint") || DEFAULT_ENDPOINT;
    const conditions = ids(this.getAttribute("conditions"));
    const variables = { ailments, conditions, first: Number(this.getAttribute("first")) || undefined };
    // Attributes that changed only in spelling ("a b" vs "a,b") ask the same question: keep the answer.
    const askedWith = JSON.stringify([endpoint, variables]);
    if (askedWith === this.askedWith) return;
    this.askedWith = askedWith;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    if (ailments.length === 0) return this.show("empty", h("p", { class: "muted" }, "Choose at least one ailment."));
    this.show("loading", h("p", { class: "muted", "aria-busy": "true" }, "Loading recommendations..."));
    try {
      const data = await graphqlRequest<WidgetData>(endpoint, RECOMMEND_QUERY, variables, controller.signal);
      if (controller.signal.aborted) return;
      const result = data.recommendTherapies;
      this.show(result.items.length + result.excluded.length === 0 ? "empty" : "ready", this.render(result));
    } catch (error) {
      if (controller.signal.aborted) return;
      this.askedWith = undefined;
      const message = error instanceof Error ? error.message : String(error);
      this.show("error", h("p", { class: "error", role: "alert", part: "error" }, `Could not load recommendations: ${message}`));
    }
  }

  private show(state: string, ...content: Node[]): void {
    this.dataset.state = state;
    const style = h("style");
    style.textContent = WIDGET_CSS;
    this.root.replaceChildren(style, h("div", { class: "box", part: "box" }, h("h2", {}, "Massage therapies to consider"), ...content));
  }

  private render(result: Result): Node {
    const applied = result.appliedConditions.map((c) => c.name).join(", ");
    const items = result.items.map((item) =>
      h(
        "li",
        { part: "item", "data-therapy": item.therapy.id },
        h("span", { class: "name" }, item.therapy.name),
        h("span", { class: "score", title: "Ranking score" }, `score ${item.score.toFixed(2)}`),
        h("div", { class: "for" }, `for ${item.addresses.map((a) => a.name).join(", ")}`),
        item.precautionNotes.length > 0 && h("ul", { class: "precautions" }, ...item.precautionNotes.map((note) => h("li", { class: "precaution" }, `Caution: ${note}`))),
        h("details", {}, h("summary", {}, "Why"), h("ul", {}, ...item.why.map((p) => h("li", {}, p.explanation)))),
      ),
    );
    const excluded = result.excluded.map((e) =>
      h(
        "li",
        { part: "excluded-item", "data-therapy": e.therapy.id },
        h("span", { class: "name" }, e.therapy.name),
        ` - not suitable because of ${e.because.map((c) => c.name).join(", ")}`,
        ...e.reasons.map((reason) => h("span", { class: "reason" }, reason)),
      ),
    );
    return h(
      "div",
      { class: "result" },
      applied ? h("p", { class: "applied" }, `Taking into account: ${applied}`) : null,
      items.length > 0 ? h("ol", { class: "items" }, ...items) : h("p", { class: "muted" }, "No therapy can be suggested for this combination."),
      excluded.length > 0 && h("div", { class: "excluded" }, h("h3", {}, "Not suitable with your conditions"), h("ul", {}, ...excluded)),
      h("p", { class: "disclaimer", part: "disclaimer" }, result.disclaimer),
    );
  }
}

if (!customElements.get("therapy-recommendations")) customElements.define("therapy-recommendations", TherapyRecommendations);
