import { defineConfig } from 'astro/config';

// Served by the test at /astro/; OUT_DIR is where the test serves it from.
export default defineConfig({ base: '/astro', outDir: process.env.OUT_DIR ?? 'dist' });
