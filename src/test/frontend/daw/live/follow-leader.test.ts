import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FollowLeader, type FollowTransport } from '../../../../../frontend/daw/live/follow-leader';
import type { CursorMessage, ViewSpan } from '../../../../../frontend/daw/live/live-types';

class FakeTransport implements FollowTransport {
  playing = false;
  loading = false;
  position = 0;
  calls: string[] = [];
  playFrom(t: number) {
    this.playing = true;
    this.position = t;
    this.calls.push(`play ${t.toFixed(3)}`);
  }
  stop() {
    this.playing = false;
    this.calls.push('stop');
  }
  seek(t: number) {
    this.position = t;
    this.calls.push(`seek ${t.toFixed(3)}`);
  }
}

const at = (playhead: number, playing: boolean, stamp: number, view: ViewSpan | null = null): CursorMessage => ({
  user: 'nora',
  screen: 'n1',
  track: null,
  time: 0,
  playhead,
  playing,
  view,
  at: stamp,
});

test("the follower starts where the leader is now, from the server's timestamps, whatever its clock says", () => {
  const t = new FakeTransport();
  const views: ViewSpan[] = [];
  const f = new FollowLeader(t, (v) => views.push(v));
  f.follow('nora');
  const skew = 3_600_000; // this clock is an hour ahead of the server's
  // a quick message (20 ms on the way) then one that took 220 ms: the leader is 200 ms further than it says
  f.onCursor(at(1, false, 1000, { start: 0, end: 30 }), 1020 + skew, 0);
  f.onCursor(at(10, true, 2000, { start: 0, end: 30 }), 2220 + skew, 100);
  assert.deepEqual(t.calls, ['seek 1.000', 'play 10.200']);
  assert.deepEqual(views, [{ start: 0, end: 30 }], 'a view already shown is not shown again');
});

test('it corrects a drift beyond 50 ms once its engine has loaded, learning how far ahead to start; it stops and seeks with the leader', () => {
  const t = new FakeTransport();
  const f = new FollowLeader(t, () => {});
  f.follow('nora');
  f.onCursor(at(10, true, 0), 20, 0);
  t.loading = true;
  f.onCursor(at(10.5, true, 500), 520, 500);
  assert.deepEqual(t.calls, ['play 10.000'], 'no correction while the engine loads');
  t.loading = false;
  t.position = 10.6;
  f.onCursor(at(11, true, 1000), 1020, 1000);
  assert.deepEqual(t.calls.at(-1), 'seek 11.400', 'behind by 0.4 s: it seeks 0.4 s ahead of the leader');
  t.position = 11.52;
  f.onCursor(at(11.5, true, 1500), 1520, 1500);
  assert.equal(t.calls.length, 2, 'within 50 ms: left alone');
  t.position = 12.3;
  f.onCursor(at(12, true, 2000), 2020, 2000);
  assert.deepEqual(t.calls.at(-1), 'seek 12.100', 'ahead by 0.3 s: the head start shrinks to 0.1 s');
  f.onCursor(at(12.2, false, 2500), 2520, 2500);
  assert.deepEqual(t.calls.slice(-2), ['stop', 'seek 12.200']);
  f.onCursor(at(12.2, true, 3000), 3020, 3000);
  assert.deepEqual(t.calls.at(-1), 'play 12.300', 'it starts again with the head start it learnt');
});

test("only the leader's messages move the follower, and none once it stops following", () => {
  const t = new FakeTransport();
  const f = new FollowLeader(t, () => {});
  f.follow('sam');
  f.onCursor(at(5, true, 0), 0, 0);
  f.follow(null);
  f.onCursor(at(5, true, 0), 0, 0);
  assert.deepEqual(t.calls, []);
});
