import { css } from 'lit';

/*
 * The logo has no background of its own: it sits on the host's, so it draws in the host's text
 * colour (currentColor) and, unlike the widgets with a surface, does not take dark colours from the
 * visitor's system setting unless theme="auto". Forced colours do not override SVG fill and
 * stroke set from custom properties: the accent follows the system text colour there.
 */
export default css`
  :host { display: inline-block; height: 3em; vertical-align: middle; }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme])) { --_accent: var(--pole-accent, #000091); }
  }
  @media (forced-colors: active) {
    svg { --_accent: CanvasText; }
  }
  svg { display: block; height: 100%; width: auto; fill: none; stroke: currentColor; stroke-linecap: round; stroke-linejoin: round; }
  .r { stroke: var(--_accent); }
  .d { fill: var(--_accent); stroke: none; }
`;
