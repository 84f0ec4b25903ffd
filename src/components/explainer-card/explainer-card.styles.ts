import { css } from 'lit';

export default css`
  :host {
    display: block;
  }

  /* The card is the query container: the layout follows the room the host page gives it, not the
     viewport. Long words break rather than overflow a 280 px sidebar at 200 % text. No hyphens: auto:
     Firefox and Safari hyphenate French where Chromium on Linux and Windows does not, and the card's
     height then differs by engine from the space the README's lines reserve for it. */
  .pole-root {
    container-type: inline-size;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-top: 0.25em solid var(--_accent);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }

  .grid {
    display: grid;
    gap: 0 2em;
    padding: 1em 0.75em;
  }

  @container (min-width: 34em) {
    .grid {
      grid-template-columns: 1fr 1fr;
      padding: 1.5em;
    }
  }

  [part='heading'] {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
    color: var(--_accent-text);
  }

  p,
  ul {
    margin: 0 0 1em;
    padding: 0;
  }

  ul {
    display: grid;
    gap: 0.5em;
    list-style: none;
  }

  li {
    display: flex;
    gap: 0.5em;
  }

  svg {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    color: var(--_accent);
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  button {
    all: unset;
    display: flex;
    justify-content: space-between;
    width: 100%;
    cursor: pointer;
  }

  [aria-expanded='true'] svg {
    rotate: 180deg;
  }

  .more {
    grid-column: 1 / -1;
    margin: 0;
  }

  a {
    color: var(--_accent-text);
  }

  @media (forced-colors: active) {
    svg {
      color: CanvasText;
    }
  }
`;
