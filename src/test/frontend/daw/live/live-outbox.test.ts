import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  LiveOutbox,
  PLAYING_MS,
  type CursorDetail,
  type PresenceDetail,
  type PreviewDetail,
} from '../../../../../frontend/daw/live/live-outbox';
import type { DawOp } from '../../../../../frontend/daw/model/project-types';

function outbox() {
  const sent: { cursor: CursorDetail[]; presence: PresenceDetail[]; preview: PreviewDetail[] } = {
    cursor: [],
    presence: [],
    preview: [],
  };
  const box = new LiveOutbox({
    cursor: (d) => sent.cursor.push(d),
    presence: (d) => sent.presence.push(d),
    preview: (d) => sent.preview.push(d),
  });
  return { box, sent };
}
const stopped = { playing: false, position: 2 };
const move = (value: number): DawOp[] => [{ op: 'set', kind: 'clip', id: 'c1', prop: 'position', value }];

test('pointer moves between frames coalesce into one message a frame, at most one per 33 ms, none when still', () => {
  const { box, sent } = outbox();
  box.setPointer('t1', 1);
  box.setPointer('t1', 1.5);
  box.flush(0, stopped, null);
  box.setPointer('t1', 2);
  box.flush(16, stopped, null);
  box.flush(40, stopped, null);
  box.flush(80, stopped, null);
  assert.deepEqual(
    sent.cursor.map((c) => c.time),
    [1.5, 2],
  );
});

test('while playing the playhead goes out every half second and at once on start, stop or a view change', () => {
  const { box, sent } = outbox();
  box.flush(0, stopped, { start: 0, end: 10 });
  for (let t = 16; t <= 1000; t += 16) box.flush(t, { playing: true, position: 2 + t / 1000 }, { start: 0, end: 10 });
  assert.equal(sent.cursor.length, 1 + 1 + Math.floor((1000 - 16) / PLAYING_MS));
  box.flush(1100, { playing: true, position: 3.1 }, { start: 1, end: 11 });
  box.flush(1150, { playing: false, position: 3.15 }, { start: 1, end: 11 });
  assert.deepEqual(
    sent.cursor.slice(-2).map((c) => [c.playing, c.view?.start]),
    [
      [true, 1],
      [false, 1],
    ],
  );
});

test("a drag's preview goes once a frame with the clip it edits in presence, and its end goes after the drop", () => {
  const { box, sent } = outbox();
  box.setSelection(['c1']);
  box.setPreview(move(1));
  box.setPreview(move(2));
  box.flush(0, stopped, null);
  box.setPreview(move(3));
  box.flush(10, stopped, null);
  box.flush(20, stopped, null);
  assert.deepEqual(
    sent.preview.map((p) => p.ops[0]),
    [move(2)[0], move(3)[0]],
  );
  assert.deepEqual(sent.presence, [{ selection: ['c1'], editing: 'c1', following: null }]);
  box.setPreview(null);
  box.flush(200, stopped, null);
  assert.deepEqual(sent.preview.at(-1), { ops: [] });
  assert.equal(sent.presence.at(-1)?.editing, null);
});

test('a transport still loading its audio is sent as stopped at its start, then as playing once it moves', () => {
  const { box, sent } = outbox();
  box.flush(0, { playing: true, loading: true, position: 4 }, null);
  box.flush(100, { playing: true, loading: false, position: 4.01 }, null);
  assert.deepEqual(
    sent.cursor.map((c) => [c.playing, c.playhead]),
    [
      [false, 4],
      [true, 4.01],
    ],
  );
});

test('presence changes at most ten times a second and only when it changed', () => {
  const { box, sent } = outbox();
  for (let t = 0; t < 1000; t += 16) {
    box.setSelection([`c${t}`]);
    box.flush(t, stopped, null);
  }
  assert.ok(sent.presence.length <= 10 && sent.presence.length >= 9, `${sent.presence.length} presence messages`);
  const count = sent.presence.length;
  box.setFollowing(null);
  box.flush(5000, stopped, null);
  assert.equal(sent.presence.length, count + 1, 'the last selection is sent once it is due');
  box.flush(6000, stopped, null);
  assert.equal(sent.presence.length, count + 1);
});
