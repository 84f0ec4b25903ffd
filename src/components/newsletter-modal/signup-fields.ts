import type { PropertyDeclarations } from 'lit';
import { PoleElement } from '../../internal/pole-element.js';

/**
 * The signup form's configuration, declared once as attributes of the element that hosts the form
 * (`<pole-newsletter-modal>`). The form controller (`SignupForm`) reads these and nothing else.
 */
export class SignupFields extends PoleElement {
  // Plain `static properties` rather than decorators: the decorator helpers cost ~0.5 kB brotli
  // in the single file. Each property keeps its JSDoc on its field below.
  static override properties: PropertyDeclarations = {
    action: {},
    provider: {},
    encoding: {},
    emailField: { attribute: 'email-field' },
    nameField: { attribute: 'name-field' },
    askName: { type: Boolean, attribute: 'ask-name' },
    organisation: {},
    privacyHref: { attribute: 'privacy-href' },
    consentVersion: { attribute: 'consent-version' },
    extraFields: { attribute: 'extra-fields' },
    timeout: { type: Number },
  };

  /** The signup endpoint: an https: URL (http: on localhost) or a relative URL. */
  action = '';

  /**
   * Sends the signup straight to a mailing service in its own format instead of the widget's endpoint
   * contract: `hubspot`, `listmonk`, `mautic`, or blind `brevo-form` / `mailerlite-form` (their answer
   * cannot be read). `action` is then the service's submit URL. See docs/providers.md.
   */
  // Spelled out rather than the `Provider` alias: the manifest, and the framework types generated
  // from it, carry the type's text as it is written here.
  provider: 'hubspot' | 'listmonk' | 'mautic' | 'brevo-form' | 'mailerlite-form' | '' = '';

  /** Request body encoding: `json` (default) or `form` (application/x-www-form-urlencoded). */
  encoding: 'json' | 'form' = 'json';

  /** The body field name for the email address. */
  emailField = 'email';

  /** The body field name for the first name. */
  nameField = 'name';

  /** Asks for an optional first name. */
  askName = false;

  /** Who processes the data, named in the consent text. */
  organisation = '';

  /** The privacy policy linked from the consent text. */
  privacyHref = '';

  /** Version of the consent text, sent with each signup as proof of what was agreed. */
  consentVersion = '1';

  /** Extra body fields as a JSON object of strings, e.g. `{"list":"42"}`. */
  extraFields = '';

  /** Seconds before a hung request is abandoned (0.1 to 120; default 10). */
  timeout = 10;
}
