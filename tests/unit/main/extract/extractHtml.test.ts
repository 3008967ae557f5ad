import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractHtml } from '../../../../main/services/extract/extractHtml';
import { REPO_ROOT } from '../../../support/paths';

const fixture = (name: string) => readFileSync(join(REPO_ROOT, 'tests/fixtures/formats', name), 'utf8');

// Written by hand from news-page.html: the article only (no menu, ads, "most read" box or footer).
const NEWS_TEXT = [
  'Le procès Steinheil s’ouvre à Paris',
  'Par Marie Lefort et Paul Besnard, le 3 novembre 1909',
  'La cour d’assises de la Seine a ouvert ce matin le procès de Mme Marguerite Steinheil, accusée du double meurtre de l’impasse Ronsin, où son mari, le peintre Adolphe Steinheil, et sa mère, Mme Japy, furent trouvés morts le 31 mai 1908.',
  'Une foule considérable se pressait dès l’aube aux abords du Palais de justice, et il a fallu, pour contenir les curieux, un service d’ordre exceptionnel.',
  'L’interrogatoire de l’accusée',
  'Le président de Valles a interrogé l’accusée pendant plus de trois heures. Mme Steinheil a répondu d’une voix ferme, maintenant sa version des faits : des inconnus vêtus de longues robes noires seraient entrés dans la maison pendant la nuit.',
  'Les points que la défense entend établir sont les suivants :',
  '- l’absence de tout mobile sérieux ;\n- les contradictions des premiers témoins ;\n- la disparition de pièces du dossier.',
  'Les témoins de demain',
  'L’audience reprendra demain à midi avec l’audition des premiers témoins, dont le valet de chambre Rémy Couillard.',
  'Lire aussi : les dessous de l’affaire',
].join('\n\n');

// Loading pdf.js, mammoth or Readability the first time takes seconds on a loaded machine.
describe('extractHtml on a saved news page', { timeout: 60_000 }, () => {
  it('keeps the article text: title, headings, paragraphs and the list, nothing of the menu, ads or footer', () => {
    expect(extractHtml(fixture('news-page.html')).text).toBe(NEWS_TEXT);
  });

  it('reads title, authors, site, publication date, canonical URL and language from the metadata', () => {
    expect(extractHtml(fixture('news-page.html')).metadata).toEqual({
      title: 'Le procès Steinheil s’ouvre à Paris',
      authors: ['Marie Lefort', 'Paul Besnard'],
      outlet: 'La Gazette du Soir',
      date: { iso: '1909-11-03', precision: 'day' },
      url: 'https://gazette.example/2024/11/proces-steinheil',
      language: 'fr',
    });
  });
});

// Loading pdf.js, mammoth or Readability the first time takes seconds on a loaded machine.
describe('extractHtml on a hostile page', { timeout: 60_000 }, () => {
  const fetchSpy = vi.fn();
  afterEach(() => {
    vi.unstubAllGlobals();
    delete (globalThis as { pwned?: boolean }).pwned;
  });

  const HOSTILE = `<!doctype html><html><head><title>Piège</title>
    <link rel="canonical" href="javascript:alert(1)">
    <script>globalThis.pwned = true;</script>
    <script src="http://127.0.0.1:9/evil.js"></script>
    <link rel="stylesheet" href="http://127.0.0.1:9/evil.css">
    </head><body onload="globalThis.pwned = true">
    <p>Un texte <a href="javascript:globalThis.pwned=true">cliquez ici</a> et <a href="vbscript:msgbox(1)">là</a>.</p>
    <img src="http://127.0.0.1:9/pixel.gif" onerror="globalThis.pwned = true">
    <iframe src="javascript:globalThis.pwned=true"></iframe>
    <svg><script>globalThis.pwned = true</script></svg>
    <p>Fin<script>document.write('injected')</script>.</p>
    </body></html>`;

  it('runs no script, loads nothing, and keeps only the text: no script, no link target', async () => {
    vi.stubGlobal('fetch', fetchSpy);
    const { text, metadata } = extractHtml(HOSTILE);
    // Give any timer or load event a page might have set a chance to fire.
    await new Promise((resolve) => setImmediate(resolve));
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(text).toBe('Piège\n\nUn texte cliquez ici et là.\n\nFin.');
    expect(metadata.url).toBeUndefined();
  });
});
