import { css } from 'lit';

/** Styles of the signup form, added to the modal's `static styles`. */
export default css``;
