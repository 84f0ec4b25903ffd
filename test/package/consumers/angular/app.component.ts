import { Component, CUSTOM_ELEMENTS_SCHEMA, ElementRef, viewChild } from '@angular/core';
import 'pole-widgets';
import type { PoleNewsletterModal } from 'pole-widgets/newsletter-modal.js';

declare global {
  interface Window {
    poleSubscribed?: Record<string, string | boolean>;
  }
}

@Component({
  selector: 'app-root',
  // pole-* tags are custom elements, not Angular components.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <pole-anniversary-banner variant="compact" href="/20-ans" dismissible campaign="angular-app"></pole-anniversary-banner>
    <pole-explainer-card pole-name="Pôle Exemple" collapsible></pole-explainer-card>
    <pole-newsletter-modal #modal action="/signup" trigger-label="Newsletter" ask-name [timeout]="5" (pole-subscribe)="onSubscribe($event)"></pole-newsletter-modal>
    <button type="button" (click)="modal.show()">{{ modal.triggerLabel }}</button>
  `,
})
export class AppComponent {
  readonly modal = viewChild.required<ElementRef<PoleNewsletterModal>>('modal');

  onSubscribe(e: Event) {
    // Angular types a custom event as Event: the detail's type is the element's documented one.
    const signup = e as CustomEvent<Record<string, string | boolean>>;
    // Nothing is posted: the app takes the signup itself.
    signup.preventDefault();
    window.poleSubscribed = signup.detail;
    this.modal().nativeElement.heading = 'Merci';
  }
}
