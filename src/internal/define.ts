/**
 * Registers a custom element once. A page may load the script twice (a theme and a tag manager,
 * or two versions): the second registration is skipped instead of throwing "already defined".
 * (In Node, Lit's own server build provides the `customElements` registry it needs.)
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
