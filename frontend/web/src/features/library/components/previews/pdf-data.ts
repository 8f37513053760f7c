/*
 * pdf.js's data files — character maps for Chinese/Japanese/Korean fonts that a PDF does not embed
 * (e.g. STSong-Light), and the standard fonts — bundled by Vite as separate hashed assets (never inlined,
 * fetched only when a PDF needs one). Nothing comes from a CDN. The paths are relative because globs
 * take no package names: pdfjs-dist is hoisted to frontend/node_modules by the npm workspace.
 */
const CMAPS = import.meta.glob<string>('../../../../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});
const FONTS = import.meta.glob<string>('../../../../../../node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

const byName = (files: Record<string, string>) =>
  new Map(Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));

const cmapUrls = byName(CMAPS);
const fontUrls = byName(FONTS);

async function fetchBytes(url: string | undefined, what: string): Promise<Uint8Array> {
  if (!url) throw new Error(`pdf.js data file not bundled: ${what}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** pdf.js asks `new CMapReaderFactory({baseUrl, isCompressed}).fetch({name})`; we answer from the bundle. */
export class PdfCMapFactory {
  async fetch({ name }: { name: string }) {
    return { cMapData: await fetchBytes(cmapUrls.get(`${name}.bcmap`), name), isCompressed: true };
  }
}

/** Same for the 14 standard PDF fonts (Helvetica, Times… as Foxit/Liberation files). */
export class PdfStandardFontFactory {
  async fetch({ filename }: { filename: string }) {
    return fetchBytes(fontUrls.get(filename), filename);
  }
}
