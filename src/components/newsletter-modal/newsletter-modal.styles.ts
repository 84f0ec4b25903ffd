import { css } from 'lit';

export default css`
  :host {
    display: contents;
  }

  .trigger {
    min-height: 2.75em;
    padding: 0.5em 1.25em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-fg);
    font-weight: 700;
    cursor: pointer;
  }

  /* Two-tone ring on the host page's background, whatever it is: surface-coloured gap, then the focus colour. */
  .trigger:focus-visible {
    box-shadow: 0 0 0 2px var(--_surface);
  }

  dialog {
    width: min(30em, 100% - 1em);
    max-width: none;
    max-height: calc(100% - 1em);
    padding: 0;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 1em 3em rgb(0 0 0 / 0.35);
  }

  dialog[open] {
    display: flex;
    flex-direction: column;
  }

  dialog::backdrop {
    background: var(--pole-backdrop, rgb(0 0 0 / 0.6));
  }

  .header {
    display: flex;
    flex: none;
    align-items: flex-start;
    gap: 0.5em;
    padding: 0.5em 0.5em 0 1.5em;
  }

  h2 {
    flex: 1;
    margin: 0;
    padding-top: 0.4em;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  h2:focus {
    outline: none;
  }

  .close {
    display: grid;
    flex: none;
    place-items: center;
    width: 2.75em;
    height: 2.75em;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .close:hover {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }

  svg {
    width: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
  }

  .body {
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
    overscroll-behavior: contain;
    padding: 0.5em 1.5em 1.5em;
  }

  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: pole-in 0.2s ease-out;
    }
    dialog[open]::backdrop {
      animation: pole-fade 0.2s ease-out;
    }
  }

  @keyframes pole-in {
    from {
      opacity: 0;
      transform: translateY(1em);
    }
  }

  @keyframes pole-fade {
    from {
      opacity: 0;
    }
  }

  @media (forced-colors: active) {
    .trigger {
      border-color: ButtonText;
    }
  }
`;
