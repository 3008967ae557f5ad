import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { SourceFormat } from '@common/source/sourceFormat';

/** Paragraphs to build documents from: the Steinheil OCR texts when ../shared is there, else the seeds. */
export function paragraphPool(repo: string): string[] {
  const steinheil = join(repo, '../shared/corpora/steinheil-1908');
  const dir = existsSync(steinheil) ? steinheil : join(repo, 'seeds');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .flatMap((n) => readFileSync(join(dir, n), 'utf8').split(/\n\s*\n/))
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 40);
}

/** About `chars` characters of distinct text for document `n`: a heading, then paragraphs from the pool. */
function documentText(pool: readonly string[], n: number, chars: number): { title: string; paragraphs: string[] } {
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const p = `${pool[(n * 7 + i) % pool.length]!} (${n}.${i})`;
    paragraphs.push(p);
    length += p.length;
  }
  return { title: `Document ${n}`, paragraphs };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function html(title: string, paragraphs: readonly string[]): string {
  const nav = '<nav><ul>' + ['Politique', 'Société', 'Sports', 'Culture'].map((s) => `<li><a href="/${s}">${s}</a></li>`).join('') + '</ul></nav>';
  const body = paragraphs.map((p, i) => (i % 6 === 5 ? `<h2>${escapeHtml(p.slice(0, 40))}</h2>` : `<p>${escapeHtml(p)}</p>`)).join('\n');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title><meta property="og:site_name" content="Bench"><script>var x = 1;</script><style>p{}</style></head><body>${nav}<div class="ad">Publicité</div><article><h1>${title}</h1>${body}</article><footer>© Bench</footer></body></html>`;
}

/** Lines of at most `width` points in `font` at `size`, keeping only characters the font can draw. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const drawable = Array.from(text)
    .map((ch) => {
      try {
        font.encodeText(ch);
        return ch;
      } catch {
        return '?';
      }
    })
    .join('');
  const lines: string[] = [];
  let line = '';
  for (const word of drawable.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

async function pdf(title: string, paragraphs: readonly string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  let page = doc.addPage([595, 842]);
  let y = 800;
  const line = (text: string, size: number) => {
    if (y < 50) {
      page = doc.addPage([595, 842]);
      y = 800;
    }
    page.drawText(text, { x: 50, y, size, font });
    y -= size * 1.3;
  };
  line(title, 16);
  for (const p of paragraphs) {
    y -= 8;
    for (const l of wrap(p, font, 10, 495)) line(l, 10);
  }
  return doc.save();
}

async function docx(title: string, paragraphs: readonly string[]): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ children: [new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }), ...paragraphs.map((p, i) => (i % 6 === 5 ? new Paragraph({ text: p.slice(0, 40), heading: HeadingLevel.HEADING_2 }) : new Paragraph({ text: p })))] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export const BENCH_FORMATS: readonly SourceFormat[] = ['text', 'markdown', 'html', 'pdf', 'docx'];
const EXTENSION: Record<SourceFormat, string> = { text: 'txt', markdown: 'md', html: 'html', pdf: 'pdf', docx: 'docx' };

export interface BenchFile {
  readonly path: string;
  readonly format: SourceFormat;
  readonly bytes: number;
}

/**
 * Writes `perFormat` documents of each format into `dir` (about 30,000 characters of text each,
 * distinct from one another from `offset` on), and lists them.
 */
export async function writeMixedFolder(dir: string, pool: readonly string[], perFormat: number, offset = 0): Promise<BenchFile[]> {
  mkdirSync(dir, { recursive: true });
  const files: BenchFile[] = [];
  for (let i = 0; i < perFormat; i++) {
    for (const [f, format] of BENCH_FORMATS.entries()) {
      const n = offset + i * BENCH_FORMATS.length + f;
      const { title, paragraphs } = documentText(pool, n, 30_000);
      const name = `doc-${String(n).padStart(4, '0')}.${EXTENSION[format]}`;
      const content =
        format === 'text' ? `${title}\n\n${paragraphs.join('\n\n')}\n`
        : format === 'markdown' ? `# ${title}\n\n${paragraphs.map((p, k) => (k % 6 === 5 ? `## ${p.slice(0, 40)}` : p)).join('\n\n')}\n`
        : format === 'html' ? html(title, paragraphs)
        : format === 'pdf' ? await pdf(title, paragraphs)
        : await docx(title, paragraphs);
      const path = join(dir, name);
      writeFileSync(path, content);
      files.push({ path, format, bytes: typeof content === 'string' ? Buffer.byteLength(content) : content.length });
    }
  }
  return files;
}
