/** Lives in the shadow root, so it neither leaks into nor inherits rules from the host page (except inherited font and colour). */
export const WIDGET_CSS = `
:host { display: block; font: 14px/1.45 system-ui, sans-serif; color: #1d2733; }
:host([hidden]) { display: none; }
.box { border: 1px solid #cfd8e3; border-radius: 8px; padding: 12px 14px; background: #fff; }
h2 { font-size: 16px; margin: 0 0 8px; }
h3 { font-size: 14px; margin: 14px 0 6px; }
ol, ul { margin: 0; padding-left: 20px; }
li { margin: 6px 0; }
.name { font-weight: 600; }
.score { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 9px; background: #e6f0fa; color: #234; font-size: 12px; }
.for, .applied, .muted { color: #5b6775; font-size: 12px; }
details { margin: 2px 0 0; }
summary { cursor: pointer; color: #2a5d8f; font-size: 12px; }
.precaution { color: #7a4b00; font-size: 12px; }
.excluded li { color: #8a1c1c; }
.reason { display: block; color: #5b3333; font-size: 12px; }
.disclaimer { margin: 12px 0 0; padding-top: 8px; border-top: 1px solid #e3e8ee; color: #5b6775; font-size: 12px; }
.error { color: #8a1c1c; }
`;
