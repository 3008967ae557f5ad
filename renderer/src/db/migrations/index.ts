import type Dexie from 'dexie';
import { migration001 } from './001';
import { migration002 } from './002';
import { migration003 } from './003';
import { migration004 } from './004';
import { migration005 } from './005';
import { migration006 } from './006';
import { migration007 } from './007';
import { migration008 } from './008';

/** Every schema version in order; a new version is a new file appended here, never an edit. */
export const MIGRATIONS: ReadonlyArray<(db: Dexie) => void> = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008];

/** `upTo` counts migrations, not versions (versions may have gaps). */
export function applyMigrations(db: Dexie, upTo = MIGRATIONS.length): void {
  for (const migrate of MIGRATIONS.slice(0, upTo)) migrate(db);
}
