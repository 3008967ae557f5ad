import type Dexie from 'dexie';

/** Version 5: entities (people, organisations, places) with their aliases; events gain actors and a place. */
export function migration005(db: Dexie): void {
  db.version(5)
    .stores({ entities: 'id, name, kind' })
    .upgrade((tx) =>
      tx
        .table('events')
        .toCollection()
        .modify((event: { actorIds?: string[]; placeId?: string }) => {
          event.actorIds ??= [];
          event.placeId ??= '';
        }),
    );
}
