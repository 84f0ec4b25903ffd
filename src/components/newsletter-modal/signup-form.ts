import { html, type ReactiveController, type TemplateResult } from 'lit';
import type { LangController } from '../../internal/i18n.js';

/** What the form needs from the element that hosts it (the modal's public properties). */
export interface SignupFormHost extends HTMLElement {
  action: string;
  encoding: string;
  emailField: string;
  nameField: string;
  askName: boolean;
  organisation: string;
  privacyHref: string;
  consentVersion: string;
  extraFields: string;
  timeout: number;
  requestUpdate(): void;
  addController(controller: ReactiveController): void;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The signup form inside the newsletter modal: fields, validation, submission, answers.
 * (Stub: issue 6 builds it.) The modal renders `form.render()` inside its dialog and asks
 * `form.focusTarget()` where focus goes on open.
 */
export class SignupForm implements ReactiveController {
  /** True once the visitor has subscribed in this page view (the success message shows). */
  succeeded = false;

  constructor(
    private readonly host: SignupFormHost,
    private readonly i18n: LangController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {}

  /** The element that receives focus when the dialog opens. */
  focusTarget(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('input[type=email]');
  }

  render(): TemplateResult {
    return html`<form part="form" novalidate>
      <label for="email">E-mail</label>
      <button type="submit">${this.i18n.t.form.submit}</button>
      <input id="email" type="email" name="email" autocomplete="email" inputmode="email" required />
    </form>`;
  }
}
