import { css } from 'lit';

export default css`
  .pole-root { display: inline-block; padding: 0.25em 0.5em; border-radius: var(--_radius); background: var(--_surface); color: var(--_accent-text); font-weight: 700; }
`;
