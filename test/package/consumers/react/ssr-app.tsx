// The app React renders on the server (ssr.tsx) and hydrates in the browser (hydrate.tsx).
import type {} from 'pole-widgets/types/react';
import type { PoleNewsletterModal } from 'pole-widgets/newsletter-modal.js';
import { useEffect, useRef } from 'react';

declare global {
  interface Window {
    poleSubscribed?: Record<string, string | boolean>;
    poleOpened?: string;
  }
}

export function App() {
  // React 19 does not attach `onpole-*` props to elements it hydrates (facebook/react#35446):
  // a listener added through a ref works whether the element is defined yet or not.
  const modal = useRef<PoleNewsletterModal>(null);
  useEffect(() => {
    const onSubscribe = (e: CustomEvent<Record<string, string | boolean>>) => {
      // Nothing is posted: the app takes the signup itself.
      e.preventDefault();
      window.poleSubscribed = e.detail;
    };
    const el = modal.current!;
    el.addEventListener('pole-subscribe', onSubscribe as EventListener);
    return () => el.removeEventListener('pole-subscribe', onSubscribe as EventListener);
  }, []);

  return (
    <main>
      <pole-explainer-card pole-name="Pôle Exemple" collapsible />
      {/* The property's camelCase name: React writes an attribute the element does not read, and the types refuse it. */}
      <pole-explainer-card
        id="camel"
        // @ts-expect-error: not an attribute of the element.
        poleName="Pôle Camel"
      />
      <pole-newsletter-modal
        ref={modal}
        action="/signup"
        trigger-label="Newsletter"
        heading="La lettre du pôle"
        ask-name
        onpole-open={(e) => {
          window.poleOpened = e.detail.reason;
        }}
      />
    </main>
  );
}
