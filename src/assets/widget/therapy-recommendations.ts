import { h } from "../shared/dom";
import { graphqlRequest } from "../shared/graphql-request";
import { Answer, renderResult } from "./widget-render";
import type { Question, Result } from "./widget-query";
import { RECOMMEND_QUERY } from "./widget-query";
import { fill, mergeStrings, Strings } from "./widget-strings";
import { applyStyles } from "./widget-style";

/**
 * <therapy-recommendations ailments="muscle-spasm stress" conditions="pregnancy" endpoint="/graphql" first="5">
 * Ids (or names) are separated by commas or spaces. The endpoint defaults to /graphql on the
 * server the script came from. The element sets data-state (loading | ready | empty | error) on
 * itself, keeps showing the previous answer while it reloads (aria-busy), and announces each new
 * answer in a polite live region. Questions are answered in place and re-asked at once.
 */
const scriptSrc = (document.currentScript as HTMLScriptElement | null)?.src;
const DEFAULT_ENDPOINT = new URL("/graphql", scriptSrc || location.href).href;

const ids = (value: string | null) => (value ?? "").split(/[\s,]+/).filter(Boolean);

export class TherapyRecommendations extends HTMLElement {
  static observedAttributes = [
    "ailments",
    "conditions",
    "endpoint",
    "first",
    "strings",
    "confirmed-states",
    "ruled-out-states",
  ];
  private readonly root = this.attachShadow({ mode: "open" });
  private readonly box = h("div", { class: "box", part: "box" });
  private readonly status = h("p", { class: "status sr", role: "status", "aria-live": "polite", part: "status" });
  private readonly content = h("div", { class: "content" });
  private readonly notice = h("p", { class: "notice", part: "notice" });
  private readonly answers = new Map<string, Answer>();
  /** When each question was first shown, so an answer never moves it. */
  private readonly seen = new Map<string, number>();
  private controller?: AbortController;
  private pending = false;
  private custom: unknown = null;

  constructor() {
    super();
    applyStyles(this.root);
    // The notice stands under the heading in every state; the API's disclaimer also closes each answer.
    this.box.append(h("h2", { part: "heading" }), this.notice, this.status, this.content);
    this.root.append(this.box);
  }

  /** Translations or other wording for the fixed texts (see widget-strings.ts); wins over the attribute. */
  set strings(value: unknown) {
    this.custom = value;
    this.schedule();
  }

  get strings(): Strings {
    let fromAttribute: unknown;
    try {
      fromAttribute = JSON.parse(this.getAttribute("strings") || "null");
    } catch {
      fromAttribute = null;
    }
    return mergeStrings({ ...(fromAttribute as object), ...(this.custom as object) });
  }

  connectedCallback(): void {
    this.schedule();
  }

  /** Setting an attribute to the value it already has changes nothing (no second request). */
  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old === value) return;
    if (name === "ailments" || name === "conditions") {
      this.answers.clear();
      this.seen.clear();
    }
    if (this.isConnected) this.schedule();
  }

  disconnectedCallback(): void {
    this.controller?.abort();
  }

  /** Several changes in one task cause one request. */
  private schedule(): void {
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      void this.load();
    });
  }

  private variables() {
    const answered = [...this.answers.values()];
    const sites = answered
      .filter((a) => a.question.kind === "SITE")
      .map((a) => ({ of: a.question.about[0]?.id ?? a.question.state!.id, regions: a.value.split(" ") }));
    const states = (value: string) =>
      answered.filter((a) => a.question.state && a.value === value).map((a) => a.question.state!.id);
    return {
      ailments: ids(this.getAttribute("ailments")),
      conditions: ids(this.getAttribute("conditions")),
      first: Number(this.getAttribute("first")) || undefined,
      confirmedStates: [...ids(this.getAttribute("confirmed-states")), ...states("yes")],
      ruledOutStates: [...ids(this.getAttribute("ruled-out-states")), ...states("no")],
      stages: answered
        .filter((a) => a.question.kind === "STAGE")
        .map((a) => ({ ailment: a.question.about[0].id, stage: a.value })),
      sites,
    };
  }

  private async load(): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    const s = this.strings;
    this.box.firstElementChild!.textContent = s.heading;
    this.notice.textContent = s.notice;
    const variables = this.variables();
    if (variables.ailments.length === 0)
      return this.show("empty", h("p", { class: "muted" }, s.chooseAilment), s.chooseAilment);
    this.dataset.state = "loading";
    this.box.setAttribute("aria-busy", "true");
    if (!this.content.firstChild) this.content.append(h("p", { class: "muted" }, s.loading));
    try {
      const data = await graphqlRequest<{ recommendTherapies: Result }>(
        this.getAttribute("endpoint") || DEFAULT_ENDPOINT,
        RECOMMEND_QUERY,
        variables,
        controller.signal,
      );
      if (controller.signal.aborted) return;
      const r = data.recommendTherapies;
      for (const q of r.questions) if (!this.seen.has(q.id)) this.seen.set(q.id, this.seen.size);
      const shown = r.items.length + r.conditional.length + r.excluded.length;
      const announce = fill(s.updated, {
        items: r.items.length,
        questions: r.questions.length,
        flags: r.redFlags.length,
      });
      this.show(
        shown === 0 && r.redFlags.length === 0 ? "empty" : "ready",
        renderResult(s, r, this.answers, (q, value) => this.answer(q, value), this.seen),
        announce,
      );
    } catch (error) {
      if (controller.signal.aborted) return;
      const message = fill(s.error, { message: error instanceof Error ? error.message : String(error) });
      this.show("error", h("p", { class: "error", role: "alert", part: "error" }, message), "");
    }
  }

  private answer(question: Question, value: string | null): void {
    if (value === null) this.answers.delete(question.id);
    else this.answers.set(question.id, { question, value });
    this.schedule();
  }

  /** Replaces the content, keeping keyboard focus on the same control when it is drawn again. */
  private show(state: string, content: Node, announce: string): void {
    const focused = (this.root.activeElement as HTMLElement | null)?.dataset.key;
    this.dataset.state = state;
    this.box.removeAttribute("aria-busy");
    this.content.replaceChildren(content);
    this.status.textContent = announce;
    if (focused) this.content.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus();
  }
}

if (!customElements.get("therapy-recommendations"))
  customElements.define("therapy-recommendations", TherapyRecommendations);
