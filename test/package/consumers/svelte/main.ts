import { mount } from 'svelte';
import App from './App.svelte';

declare global {
  interface Window {
    poleSubscribed?: Record<string, string | boolean>;
  }
}

mount(App, { target: document.getElementById('app')! });
