/** A docs page's reservation lines, read at build time (src/build/vite-plugins.ts, docReservations). */
declare module '*.md?reservation' {
  const lines: string[];
  export default lines;
}
