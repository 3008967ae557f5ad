import { describe, expect, it } from 'vitest';
import { collectFromEntries, type DropEntry } from '../../../renderer/src/app/collectDroppedFiles';

/** A fake file-system entry tree, as Chromium hands one to a drop (readEntries in batches of two here). */
function fileEntry(fullPath: string): DropEntry {
  const name = fullPath.split('/').pop()!;
  return { isFile: true, isDirectory: false, name, fullPath, file: (ok) => ok(new File([fullPath], name)) };
}
function folderEntry(fullPath: string, children: DropEntry[]): DropEntry {
  const name = fullPath.split('/').pop()!;
  return {
    isFile: false,
    isDirectory: true,
    name,
    fullPath,
    createReader: () => {
      let next = 0;
      return {
        readEntries: (ok) => {
          ok(children.slice(next, next + 2));
          next += 2;
        },
      };
    },
  };
}

describe('collectFromEntries', () => {
  it('walks a dropped folder in name order, keeps the formats we import and skips hidden and other files', async () => {
    const tree = folderEntry('/corpus', [
      fileEntry('/corpus/b.pdf'),
      fileEntry('/corpus/.DS_Store'),
      fileEntry('/corpus/a.txt'),
      fileEntry('/corpus/photo.jpg'),
      folderEntry('/corpus/web', [fileEntry('/corpus/web/page.html'), fileEntry('/corpus/web/style.css')]),
      folderEntry('/corpus/.git', [fileEntry('/corpus/.git/config')]),
      fileEntry('/corpus/c.DOCX'),
      fileEntry('/corpus/d.md'),
    ]);
    const { files, skipped } = await collectFromEntries([tree]);
    expect(files.map((f) => f.relativePath)).toEqual(['corpus/a.txt', 'corpus/b.pdf', 'corpus/c.DOCX', 'corpus/d.md', 'corpus/web/page.html']);
    expect(files.map((f) => f.file.name)).toEqual(['a.txt', 'b.pdf', 'c.DOCX', 'd.md', 'page.html']);
    // .DS_Store, photo.jpg, style.css and the .git folder.
    expect(skipped).toBe(4);
  });

  it('takes every file dropped by itself, whatever its name says (an unknown one is then refused with a reason)', async () => {
    const loose = new File(['x'], 'sans-entree.bin');
    const { files, skipped } = await collectFromEntries([fileEntry('/notes.jpg'), fileEntry('/.hidden.txt')], [loose]);
    expect(files.map((f) => f.relativePath)).toEqual(['sans-entree.bin', 'notes.jpg', '.hidden.txt']);
    expect(skipped).toBe(0);
  });
});
