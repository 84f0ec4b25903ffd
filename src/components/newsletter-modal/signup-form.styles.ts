import { css } from 'lit';

/**
 * Styles of the signup form, added to the modal's `static styles`. Empty live regions keep their
 * place in the page (so their first message is announced) but take no room.
 */
export default css`
  .pf > *,
  .pf-status,
  .pf-off {
    margin: 0 0 1em;
  }

  .pf-alert:empty,
  .pf-status:empty {
    margin: 0;
  }

  .pf-field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    font-weight: 600;
  }

  .pf-req {
    font-weight: 400;
  }

  .pf-field input {
    font: inherit;
    font-weight: 400;
    color: inherit;
    background: var(--_surface);
    border: 0.125em solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }

  .pf-check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25em 0.625em;
  }

  .pf-check input {
    width: 1.375em;
    height: 1.375em;
    margin: 0.125em 0 0;
    accent-color: var(--_accent);
  }

  /* Firefox and WebKitGTK draw the unticked box's edge in a light grey (anti-aliased below 3:1 over
     most of it in Firefox, 1.6:1 in WebKitGTK): a ring in the fields' border colour keeps the whole
     edge at 3:1 in every engine. An outline, as WebKit paints no box-shadow on a native checkbox;
     the focus ring replaces it. */
  .pf-check input:not(:focus-visible) {
    outline: 1px solid var(--_border);
  }

  .pf a {
    color: inherit;
  }

  .pf {
    --_err: light-dark(#b60000, #ff9b8f);
  }

  .pf-err,
  .pf-alert {
    grid-column: 2;
    color: var(--_err);
    font-weight: 600;
  }

  .pf [aria-invalid='true'] {
    border-color: var(--_err);
    box-shadow: 0 0 0 0.125em var(--_err);
  }

  .pf-trap {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }

  .pf button,
  .pf-close {
    font: inherit;
    font-weight: 600;
    color: var(--_accent-fg);
    background: var(--_accent);
    /* The accent made readable on the surface: the same colour as the fill for usual accents, a
       3:1 outline when a site's accent is too pale (or too dark in dark mode) to stand out. */
    border: 0.125em solid var(--_accent-text);
    border-radius: var(--_radius);
    padding: 0.625em 1.25em;
    cursor: pointer;
  }
`;
