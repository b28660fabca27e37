/**
 * Lives in the shadow root, so it neither leaks into nor inherits rules from the host page (except
 * inherited font and colour). Applied as a constructed stylesheet (see applyStyles), never as an
 * inline <style> or style attribute, so a host page's strict Content-Security-Policy
 * (`style-src 'self'`, no 'unsafe-inline') does not strip it. Hosts theme it with the --tr-* custom properties (they pierce the
 * shadow root) and the ::part() names documented in the README. Default colours meet WCAG AA contrast.
 */
const WIDGET_CSS = `
:host { display: block; font: var(--tr-font, 14px/1.45 system-ui, sans-serif); color: var(--tr-text, #1d2733); }
:host([hidden]) { display: none; }
.box { border: 1px solid var(--tr-border, #cfd8e3); border-radius: var(--tr-radius, 8px); padding: 12px 14px; background: var(--tr-bg, #fff); }
.box[aria-busy="true"] .content { opacity: .6; }
h2 { font-size: 1.15em; margin: 0 0 8px; }
h3 { font-size: 1em; margin: 14px 0 6px; }
ol, ul { margin: 0; padding-left: 20px; }
li { margin: 6px 0; }
.name { font-weight: 600; }
.score { margin-left: 6px; padding: 0 6px; border-radius: 9px; background: var(--tr-accent-bg, #e6f0fa); font-size: .85em; }
.muted, .for, .effect, .reason, .status { color: var(--tr-muted, #4f5b69); font-size: .85em; }
.reason { display: block; }
summary { cursor: pointer; color: var(--tr-accent, #1f4f7a); font-size: .85em; }
.precaution { color: var(--tr-caution, #6b4200); font-size: .85em; }
.flags { border: 2px solid var(--tr-warning-border, #a4161a); background: var(--tr-warning-bg, #fdeeee); color: var(--tr-warning-text, #5c0a0d);
  border-radius: var(--tr-radius, 8px); padding: 8px 12px; margin-bottom: 10px; }
.flags h3 { margin-top: 0; }
.urgency { font-weight: 700; text-transform: uppercase; font-size: .8em; margin-right: 6px; }
fieldset { border: 1px solid var(--tr-border, #cfd8e3); border-radius: 6px; margin: 6px 0; padding: 6px 10px; }
legend { font-weight: 600; padding: 0 4px; }
button, select { font: inherit; font-size: .9em; margin: 4px 6px 0 0; padding: 2px 10px; border-radius: 4px; border: 1px solid var(--tr-accent, #1f4f7a);
  background: var(--tr-bg, #fff); color: var(--tr-accent, #1f4f7a); cursor: pointer; }
button[aria-pressed="true"] { background: var(--tr-accent, #1f4f7a); color: var(--tr-bg, #fff); }
:focus-visible { outline: 3px solid var(--tr-focus, #1f4f7a); outline-offset: 2px; }
.excluded li { color: var(--tr-danger, #8a1c1c); }
.notice { margin: 0 0 8px; color: var(--tr-muted, #4f5b69); font-size: .85em; }
.grade, .theory { margin-left: 6px; font-size: .85em; color: var(--tr-muted, #4f5b69); }
.theory { padding: 0 6px; border: 1px solid var(--tr-caution, #6b4200); border-radius: 9px; color: var(--tr-caution, #6b4200); }
.disclaimer { margin: 12px 0 0; padding-top: 8px; border-top: 1px solid var(--tr-border, #e3e8ee); color: var(--tr-muted, #4f5b69); font-size: .85em; }
.error { color: var(--tr-danger, #8a1c1c); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

let shared: CSSStyleSheet | undefined;

/**
 * Adopts the stylesheet into a shadow root. A constructed stylesheet is not an inline style, so CSP
 * does not govern it; one sheet is shared by every widget on the page. Browsers without
 * constructable stylesheets (before Safari 16.4) get a <style> element, which works unless the host
 * forbids inline styles.
 */
export function applyStyles(root: ShadowRoot): void {
  if ("adoptedStyleSheets" in root && "replaceSync" in CSSStyleSheet.prototype) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(WIDGET_CSS);
    }
    root.adoptedStyleSheets = [shared];
    return;
  }
  const style = document.createElement("style");
  style.textContent = WIDGET_CSS;
  root.append(style);
}
