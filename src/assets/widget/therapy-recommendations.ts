import { h } from "../shared/dom";
import { graphqlRequest } from "../shared/graphql-request";
import { Adaptation, RECOMMEND_QUERY, WidgetData } from "./widget-query";
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

/** One line saying how to adapt: "light pressure; Side-lying.; avoid the legs; at most 30 min; physician's approval first". */
const adaptationText = (a: Adaptation) =>
  [a.pressure && `${a.pressure.toLowerCase()} pressure`, a.position, a.avoid.length > 0 && `avoid ${a.avoid.join(", ")}`,
    a.maxMinutes && `at most ${a.maxMinutes} min`, a.clearance && "physician's approval first", a.notes].filter(Boolean).join("; ");

export class TherapyRecommendations extends HTMLElement {
  static observedAttributes = ["ailments", "conditions", "endpoint", "first"];
  private readonly root = this.attachShadow({ mode: "open" });
  private controller?: AbortController;
  private pending = false;

  connectedCallback(): void {
    this.schedule();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.schedule();
  }

  disconnectedCallback(): void {
    this.controller?.abort();
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
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    const ailments = ids(this.getAttribute("ailments"));
    if (ailments.length === 0) return this.show("empty", h("p", { class: "muted" }, "Choose at least one ailment."));
    this.show("loading", h("p", { class: "muted", "aria-busy": "true" }, "Loading recommendations..."));
    const first = Number(this.getAttribute("first")) || undefined;
    try {
      const data = await graphqlRequest<WidgetData>(
        this.getAttribute("endpoint") || DEFAULT_ENDPOINT,
        RECOMMEND_QUERY,
        { ailments, conditions: ids(this.getAttribute("conditions")), first },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      const result = data.recommendTherapies;
      this.show(result.items.length + result.excluded.length === 0 ? "empty" : "ready", this.render(result));
    } catch (error) {
      if (controller.signal.aborted) return;
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
        item.precautionNotes.length > 0 && h("ul", { class: "precautions" }, ...item.precautionNotes.map((note) => h("li", { class: "precaution" }, `Caution: ${note}`)),
          ...item.precautions.filter((p) => p.adaptation).map((p) => h("li", { class: "adaptation" }, `How to adapt for ${p.name}: ${adaptationText(p.adaptation!)}`))),
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
