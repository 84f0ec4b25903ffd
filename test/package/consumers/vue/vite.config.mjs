import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // pole-* tags are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('pole-') } } })],
  base: './',
  build: { outDir: process.env.OUT_DIR, emptyOutDir: true },
});
