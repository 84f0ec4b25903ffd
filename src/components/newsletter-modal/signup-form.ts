import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { SignupFields } from './signup-fields.js';
import type { LangController } from '../../internal/i18n.js';
import type { strings } from './newsletter-modal.strings.js';
import { error } from '../../internal/log.js';
import { safeUrl } from '../../internal/url.js';
import { SignupConfig } from './signup-config.js';
import { buildPayload, post, type Answer, type FailKind } from './signup.js';

/** The element that hosts the form: its configuration, plus the dialog it sits in. */
export type SignupFormHost = SignupFields & { open: boolean; close(): void };

/**
 * Spam guard: the fill time, `minFillMs`, counts from the first interaction with the form (or the
 * dialog's opening if none was seen). A submission sooner than that is dropped like one that fills
 * the honeypot, unless a person shows (a trusted key, click or input event, which includes the
 * browser's autofill): then it is sent once the time has passed, the button busy meanwhile.
 * Exported so tests (and sites that import the module) can change it.
 */
export const spamGuard = { minFillMs: 1500 };

/**
 * The signup form inside the newsletter modal: fields, validation, submission, answers. The modal
 * renders `form.render()` inside its dialog and asks `form.focusTarget()` where focus goes on open.
 * It fires `pole-subscribe` (cancelable), `pole-subscribed` and `pole-subscribe-error` on the modal.
 */
export class SignupForm implements ReactiveController {
  /** True once the visitor has subscribed in this page view (the success message shows). */
  succeeded = false;

  private pending = false;
  /** The success of a blind preset: sent, but what the service made of it is unknown. */
  private blind = false;
  /** After a failure worth retrying, the submit button says so. */
  private retry = false;
  private kind?: FailKind;
  private errors: { email?: string; consent?: string } = {};
  private alert = '';
  private retryAt = 0;
  private seq = 0;
  private abort?: AbortController;
  private openedAt = Date.now();
  private touchedAt = 0;
  private human = false;
  private wasOpen = false;

  private readonly cfg: SignupConfig;

  constructor(
    private readonly host: SignupFormHost,
    private readonly i18n: LangController<(typeof strings)['fr']>,
  ) {
    host.addController(this);
    this.cfg = new SignupConfig(host);
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    // An answer to a removed element is dropped; a request in flight is abandoned. Not when the
    // element is only moved (put back in the same task): its answer still concerns the visitor.
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      this.abort?.abort();
      this.seq++;
      this.pending = false;
    });
  }

  hostUpdate(): void {
    const h = this.host;
    if (h.open && !this.wasOpen) this.openedAt = Date.now();
    this.wasOpen = h.open;
    this.cfg.check();
  }

  /** The element that receives focus when the dialog opens. */
  focusTarget(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(this.succeeded ? '.pf-status' : this.cfg.broken ? '.pf-off' : '#pf-email');
  }

  render(): TemplateResult {
    const t = this.i18n.t.form;
    const e = this.errors;
    // Screen readers say "required" from aria-required: the visible mark is not read a second time.
    const required = html`<span class="pf-req" aria-hidden="true">${t.required}</span>`;
    if (this.cfg.broken) return html`<p class="pf-off" tabindex="-1">${t.unavailable}</p>`;
    return html`<form
        part="form"
        class="pf"
        novalidate
        ?hidden=${this.succeeded}
        @submit=${(e: Event) => {
          e.preventDefault();
          this.submit();
        }}
        @keydown=${this.stopKeys}
        @keypress=${this.stopKeys}
        @input=${this.touch}
        @click=${this.touch}
      >
        <p class="pf-trap" aria-hidden="true">
          <label for="pf-trap">${t.trap}</label>
          <input id="pf-trap" name="website" tabindex="-1" autocomplete="off" />
        </p>
        <p class="pf-field">
          <label for="pf-email">${t.email} ${required}</label>
          <input
            id="pf-email"
            type="email"
            name="email"
            maxlength="254"
            autocomplete="email"
            inputmode="email"
            aria-required="true"
            aria-invalid=${e.email ? 'true' : nothing}
            aria-describedby=${e.email ? 'pf-email-err' + (e.consent ? ' pf-both' : '') : nothing}
          />
          ${e.email ? html`<span id="pf-email-err" class="pf-err">${e.email}</span>` : nothing}
        </p>
        ${this.host.askName
          ? html`<p class="pf-field">
              <label for="pf-name">${t.name} <span class="pf-req">${t.optional}</span></label>
              <input id="pf-name" name="name" autocomplete="given-name" maxlength="100" />
            </p>`
          : nothing}
        <p class="pf-check">
          <input
            id="pf-consent"
            type="checkbox"
            aria-required="true"
            aria-invalid=${e.consent ? 'true' : nothing}
            aria-describedby=${e.consent ? 'pf-consent-err' : nothing}
          />
          <span
            ><label for="pf-consent">${t.consent(this.org())} ${required}</label>
            ${this.cfg.privacy ? html`<a href=${this.cfg.privacy} target="_blank" rel="noopener">${t.privacy}</a>` : nothing}</span
          >
          ${e.consent ? html`<span id="pf-consent-err" class="pf-err">${e.consent}</span>` : nothing}
        </p>
        ${e.email && e.consent ? html`<p id="pf-both" class="pf-alert">${t.both}</p>` : nothing}
        <p class="pf-alert" role="alert">${this.alert}</p>
        <button
          type="submit"
          @click=${(e: Event) => {
            // Handled here, not by native submission, which a sandboxed frame without allow-forms blocks
            // before any submit event (CMS previews, embed blocks).
            e.preventDefault();
            this.touch(e);
            this.submit();
          }}
          aria-busy=${this.pending ? 'true' : nothing}>
          ${this.pending ? t.sending : this.retry ? t.retry : t.submit}
        </button>
      </form>
      <p class="pf-status" role="status" tabindex=${this.succeeded ? -1 : nothing}>${this.succeeded ? (this.blind ? t.sent : t.success) : ''}</p>
      ${this.succeeded
        ? html`<button class="pf-close" type="button" @click=${() => this.host.close()}>${this.i18n.t.form.close}</button>`
        : nothing}`;
  }

  private org(): string {
    return this.host.organisation.trim() || this.i18n.t.form.org;
  }

  private field(id: string): HTMLInputElement | null {
    return this.host.renderRoot.querySelector<HTMLInputElement>(`#pf-${id}`);
  }

  /**
   * Host pages bind single-key shortcuts ("/", "s") on document: typing here must not reach them. Escape still
   * closes the dialog, and Tab reaches the dialog's own focus wrap.
   */
  private stopKeys = (e: KeyboardEvent): void => {
    this.touch(e);
    if (e.key !== 'Escape' && e.key !== 'Tab') e.stopPropagation();
    // Enter in a field submits, as implicit submission would, but without native submission
    // (a keydown whose default is prevented has no keypress).
    if (e.key == 'Enter' && !e.isComposing && (e.target as Element).localName == 'input') {
      e.preventDefault();
      this.submit();
    }
  };

  /** The first interaction starts the fill time; a trusted one (keyboard, pointer, assistive technology, autofill) shows a person. */
  private touch = (e: Event): void => {
    this.touchedAt ||= Date.now();
    this.human ||= e.isTrusted;
  };

  private submit = async (): Promise<void> => {
    if (this.pending || this.succeeded) return;
    const h = this.host;
    const t = this.i18n.t.form;
    const email = this.field('email')!;
    const consent = this.field('consent')!;
    const value = email.value.trim();
    this.alert = '';
    this.errors = {
      email: !value ? t.emailMissing : email.validity.valid && value.length < 255 && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? undefined : t.emailInvalid,
      consent: consent.checked ? undefined : t.consentMissing,
    };
    h.requestUpdate();
    if (this.errors.email || this.errors.consent) {
      await h.updateComplete;
      // The focused field says its error and, when both fail, how many fields need attention (its
      // description): a focus move is heard in every engine, where a changed alert is not (Firefox,
      // and Orca drops a live message queued just before a focus move).
      (this.errors.email ? email : consent).focus();
      return;
    }
    // A honeypot filled in, or a form filled faster than a person can by a script: a bot, shown the
    // normal success. A person that fast (autofill, then Enter) is held until the time has passed.
    const early = spamGuard.minFillMs - Date.now() + (this.touchedAt || this.openedAt);
    if (this.field('trap')?.value || (early > 0 && !this.human)) return this.succeed();
    const wait = Math.ceil((this.retryAt - Date.now()) / 1000);
    if (wait > 0) {
      this.alert = t.tooMany(wait);
      return;
    }
    const name = this.field('name')?.value.trim() || undefined;
    const extra = this.cfg.extra();
    const fields = buildPayload({
      email: value,
      name,
      emailField: this.cfg.emailName,
      nameField: this.cfg.nameName,
      consentText: t.consent(this.org()),
      consentVersion: h.consentVersion,
      locale: this.i18n.lang,
      page: location.origin + location.pathname,
      extra,
    });
    if (!h.emit('pole-subscribe', { ...fields }, true)) return;
    // Read at submission, not cached: a site may set action just before the visitor submits.
    const url = h.action.trim() && safeUrl(h.action, h, 'action');
    if (!url) {
      error(h, 'no usable action nor pole-subscribe handler: signup unavailable.');
      return this.fail('config', 0);
    }
    // Said at once, rather than after a request that cannot leave the device.
    if (navigator.onLine === false) return this.fail('offline', 0);
    this.pending = true;
    const seq = ++this.seq;
    if (early > 0) {
      await new Promise((r) => setTimeout(r, early));
      // Removed meanwhile: nothing is sent.
      if (seq !== this.seq) return;
    }
    // A setting changed just before the submission (a site script) is checked by then.
    await h.updateComplete;
    if (seq !== this.seq) return;
    this.abort = new AbortController();
    const answer = await post(url, fields, {
      encoding: h.encoding,
      timeoutMs: this.cfg.timeoutMs,
      signal: this.abort.signal,
      emailField: this.cfg.emailName,
      preset: h.provider ? { provider: h.provider, input: { fields, email: value, emailField: this.cfg.emailName, name, extra } } : undefined,
    });
    // Removed, or superseded: this answer no longer concerns anyone.
    if (seq !== this.seq) return;
    this.pending = false;
    if (answer.ok) return this.succeed(answer);
    this.fail(answer.kind!, answer.status, answer);
  };

  private async succeed(answer?: Answer): Promise<void> {
    const h = this.host;
    this.succeeded = true;
    this.blind = !!answer?.blind;
    this.alert = '';
    h.requestUpdate();
    if (answer) h.emit('pole-subscribed', { status: answer.status, body: answer.body, blind: this.blind });
    await h.updateComplete;
    // The form is gone: focus goes to its successor rather than falling to the document.
    this.focusTarget()?.focus();
  }

  private async fail(kind: FailKind, status: number, a?: Answer): Promise<void> {
    const h = this.host;
    const t = this.i18n.t.form;
    this.kind = kind;
    this.retry = kind !== 'rejected' && kind !== 'config';
    if (kind === 'rejected') {
      this.errors = { email: a?.emailError ?? (a?.invalid ? t.emailInvalid : undefined) };
      this.alert = a?.message ?? (a?.emailError ? '' : t.rejected);
    } else if (kind === 'rate-limited') {
      this.retryAt = Date.now() + a!.retryAfter! * 1000;
      this.alert = t.tooMany(a!.retryAfter!);
    } else {
      this.alert = { network: t.network, timeout: t.timeout, server: t.failed, offline: t.offline, config: t.unavailable }[kind];
    }
    if (kind === 'server') error(h, `action answered ${status || 'a redirect'}.`);
    if (kind === 'network') error(h, 'action unreachable (network or CORS).');
    h.requestUpdate();
    h.emit('pole-subscribe-error', { kind, status });
    if (this.errors.email) {
      await h.updateComplete;
      this.field('email')?.focus();
    }
  }

  private onOnline = (): void => {
    if (this.kind === 'offline' && this.alert) {
      this.alert = this.i18n.t.form.online;
      this.host.requestUpdate();
    }
  };
}
