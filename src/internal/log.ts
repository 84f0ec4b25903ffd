/**
 * Messages for the web manager, in the console. Every message names the element and, when it is
 * about configuration, the attribute, so that "nothing happens" can be answered from DevTools.
 */
const PREFIX = '[pole-widgets]';

export function warn(el: Element | string, message: string): void {
  console.warn(`${PREFIX} <${tagOf(el)}> ${message}`);
}

export function error(el: Element | string, message: string): void {
  console.error(`${PREFIX} <${tagOf(el)}> ${message}`);
}

function tagOf(el: Element | string): string {
  return typeof el === 'string' ? el : el.localName;
}
