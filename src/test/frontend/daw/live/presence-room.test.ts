import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PresenceMeta } from '../../../../../frontend/daw/live/live-types';
import { PresenceRoom } from '../../../../../frontend/daw/live/presence-room';
import { random } from '../model/fixtures';

const meta = (name: string, screen: string, ref: string, extra: Partial<PresenceMeta> = {}): PresenceMeta => ({
  name,
  color: '#123456',
  kind: 'page',
  screen,
  selection: [],
  editing: '',
  following: '',
  phx_ref: ref,
  ...extra,
});
const one = (m: PresenceMeta) => ({ [m.name]: { metas: [m] } });

test('joins, an update (leave old meta, join new) and leaves end with the server list, per person and screen', () => {
  const room = new PresenceRoom();
  room.sync(one(meta('nora', 's1', 'r1')));
  room.diff({ joins: one(meta('sam', 's2', 'r2')), leaves: {} });
  room.diff({ joins: one(meta('nora', 's3', 'r3')), leaves: {} });
  room.diff({
    joins: one(meta('sam', 's2', 'r4', { selection: ['c1'], phx_ref_prev: 'r2' })),
    leaves: one(meta('sam', 's2', 'r2')),
  });
  assert.deepEqual(
    room.people().map((p) => [p.name, p.screens.length]),
    [
      ['nora', 2],
      ['sam', 1],
    ],
  );
  assert.deepEqual(room.screens().get('s2')?.selection, ['c1']);
  room.diff({ joins: {}, leaves: one(meta('nora', 's1', 'r1')) });
  room.diff({ joins: {}, leaves: one(meta('sam', 's2', 'r4')) });
  assert.deepEqual([...room.screens().keys()], ['s3']);
});

test('a diff that crosses the state (already in it, or of a screen it no longer has) changes nothing twice', () => {
  const room = new PresenceRoom();
  room.sync(one(meta('nora', 's1', 'r1')));
  room.diff({ joins: one(meta('nora', 's1', 'r1')), leaves: {} });
  room.diff({ joins: {}, leaves: one(meta('sam', 's9', 'r9')) });
  assert.equal(room.people()[0].screens.length, 1);
  assert.equal(room.people().length, 1);
});

test('random joins, updates and leaves, applied as diffs, always match the list they describe', () => {
  const rnd = random(7);
  const server = new Map<string, PresenceMeta>();
  const room = new PresenceRoom();
  room.sync({});
  for (let i = 0; i < 2000; i++) {
    const screens = [...server.values()];
    const r = rnd();
    if (r < 0.4 || screens.length === 0) {
      const m = meta(`u${Math.floor(rnd() * 5)}`, `s${i}`, `r${i}`);
      server.set(m.phx_ref, m);
      room.diff({ joins: one(m), leaves: {} });
    } else if (r < 0.7) {
      const old = screens[Math.floor(rnd() * screens.length)];
      const next = { ...old, phx_ref: `r${i}`, phx_ref_prev: old.phx_ref, selection: [`c${i}`] };
      server.delete(old.phx_ref);
      server.set(next.phx_ref, next);
      room.diff({ joins: one(next), leaves: one(old) });
    } else {
      const gone = screens[Math.floor(rnd() * screens.length)];
      server.delete(gone.phx_ref);
      room.diff({ joins: {}, leaves: one(gone) });
    }
    const expected = [...server.values()].map((m) => m.phx_ref).sort();
    const actual = [...room.screens().values()].map((m) => m.phx_ref).sort();
    assert.deepEqual(actual, expected, `after step ${i}`);
  }
});
