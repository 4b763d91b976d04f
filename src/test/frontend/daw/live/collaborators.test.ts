import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Collaborators } from '../../../../../frontend/daw/live/collaborators';
import type { CursorMessage, PresenceMeta } from '../../../../../frontend/daw/live/live-types';
import { project } from '../model/fixtures';

const meta = (name: string, screen: string, extra: Partial<PresenceMeta> = {}): PresenceMeta => ({
  name,
  color: '#e6194b',
  kind: 'page',
  screen,
  selection: [],
  editing: '',
  following: '',
  phx_ref: `ref-${screen}`,
  ...extra,
});
const cursor = (user: string, screen: string, at: number): CursorMessage => ({
  user,
  screen,
  track: 't1',
  time: 3,
  playhead: 1,
  playing: false,
  view: null,
  at,
});

test('the others are every screen but this one, with their selection, the clip they edit and their pointer', () => {
  let changes = 0;
  const c = new Collaborators(() => changes++);
  c.start(
    { screen: 'me', name: 'ana', color: '#fff' },
    {
      ana: { metas: [meta('ana', 'me'), meta('ana', 'tab2')] },
      nora: { metas: [meta('nora', 'n1', { selection: ['c1'], editing: 'c1' })] },
    },
  );
  c.cursor(cursor('nora', 'n1', 10), 5);
  c.cursor(cursor('ana', 'me', 11), 6);
  const others = c.others();
  assert.deepEqual(
    others.map((o) => [o.screen, o.editing, o.selection.join()]),
    [
      ['tab2', null, ''],
      ['n1', 'c1', 'c1'],
    ],
  );
  assert.equal(others[1].cursor?.message.time, 3);
  assert.equal(others[0].cursor, null, "this screen's own echo is ignored");
  assert.ok(changes > 0);
});

test("another screen's drag is drawn over the project until it ends or its screen leaves; one that no longer applies hides only itself", () => {
  const c = new Collaborators(() => {});
  c.start(
    { screen: 'me', name: 'ana', color: '#fff' },
    { nora: { metas: [meta('nora', 'n1')] }, sam: { metas: [meta('sam', 's1')] } },
  );
  const base = project();
  c.preview({ user: 'nora', screen: 'n1', ops: [{ op: 'set', kind: 'clip', id: 'c1', prop: 'position', value: 7 }] });
  c.preview({ user: 'sam', screen: 's1', ops: [{ op: 'set', kind: 'clip', id: 'gone', prop: 'position', value: 1 }] });
  const shown = c.over(base);
  assert.equal(shown.clips.find((x) => x.id === 'c1')?.position, 7);
  assert.equal(c.over(base), shown, 'drawn once per state');
  c.presenceDiff({ joins: {}, leaves: { nora: { metas: [meta('nora', 'n1')] } } });
  assert.equal(c.over(base).clips.find((x) => x.id === 'c1')?.position, 0);
  c.preview({ user: 'sam', screen: 's1', ops: [] });
  assert.equal(c.over(base), base);
});

test("a person's latest pointer is their most recent screen's", () => {
  const c = new Collaborators(() => {});
  c.start({ screen: 'me', name: 'ana', color: '#fff' }, { nora: { metas: [meta('nora', 'n1'), meta('nora', 'n2')] } });
  c.cursor(cursor('nora', 'n1', 100), 1);
  c.cursor(cursor('nora', 'n2', 90), 2);
  assert.equal(c.latestCursorOf('nora')?.message.screen, 'n1');
  assert.equal(c.latestCursorOf('sam'), null);
});
