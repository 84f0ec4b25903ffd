// Must fail ngc: the element's type reaches Angular's templates, it is not `any`.
// (Angular does not type-check property bindings on DOM elements: `[timeout]="'soon'"` would pass.)
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'pole-widgets';

@Component({
  selector: 'app-wrong',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <pole-newsletter-modal #modal></pole-newsletter-modal>
    <button type="button" (click)="modal.noSuchMethod()">{{ modal.triggerLabel.noSuchField }}</button>
  `,
})
export class WrongComponent {}
