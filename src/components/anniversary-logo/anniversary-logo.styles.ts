import { css } from 'lit';

/*
 * The logo has no background of its own: it sits on the site's, so unlike the widgets with a
 * surface it does not take dark colours (text and accent) from the visitor's system setting unless
 * theme="auto": a light site seen on a dark system keeps a dark "20 ans". Forced colours do not override SVG fill and
 * stroke set from custom properties: the accent follows the system text colour there.
 */
export default css`
  :host { display: inline-block; height: 3em; vertical-align: middle; }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme])) { --_accent: var(--pole-accent, #000091); --_text: var(--pole-text, #161616); color-scheme: light; }
  }
  @media (forced-colors: active) {
    svg { --_accent: CanvasText; }
  }
  svg { display: block; height: 100%; width: auto; fill: none; stroke: currentColor; stroke-linecap: round; stroke-linejoin: round; }
  .r { stroke: var(--_accent); }
  .d { fill: var(--_accent); stroke: none; }
`;
