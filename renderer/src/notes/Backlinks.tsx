import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import { notesCiting } from '../db/notes';
import { useWorkspace } from '../app/workspace';

/** Every live note citing any of the given passages, each one click away. */
export function Backlinks({ passageIds, label }: { passageIds: readonly string[]; label: string }) {
  const { openNote } = useWorkspace();
  const key = passageIds.join(',');
  const notes = useLiveQuery(() => notesCiting(db, passageIds), [key]);
  if (!notes || notes.length === 0) return null;
  return (
    <nav className="backlinks" aria-label={label}>
      <span className="backlinks-label">{label}:</span>
      <ul>
        {notes.map((n) => (
          <li key={n.id}>
            <button type="button" className="link-button" onClick={() => openNote(n.id)}>
              {n.title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
