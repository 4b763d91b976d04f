import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FollowLeader, type FollowTransport } from '../../../../../frontend/daw/live/follow-leader';
import type { CursorMessage, ViewSpan } from '../../../../../frontend/daw/live/live-types';

/** Loads until `ready()`, then starts wherever the follower says at that moment. */
class FakeTransport implements FollowTransport {
  playing = false;
  loading = false;
  position = 0;
  calls: string[] = [];
  private where: (() => number) | null = null;
  playAlong(where: () => number) {
    this.playing = true;
    this.loading = true;
    this.where = where;
    this.calls.push('play');
  }
  ready() {
    this.loading = false;
    this.position = this.where?.() ?? this.position;
    this.calls.push(`start ${this.position.toFixed(3)}`);
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

test("the follower starts where the leader is when its audio is ready, from the server's timestamps, whatever its clock says", () => {
  const skew = 3_600_000; // this clock is an hour ahead of the server's
  let clock = 0;
  const t = new FakeTransport();
  const views: ViewSpan[] = [];
  const f = new FollowLeader(
    t,
    (v) => views.push(v),
    () => clock + skew,
  );
  f.follow('nora');
  // a quick message (20 ms on the way) then one that took 220 ms: the leader is 200 ms further than it says
  f.onCursor(at(1, false, 1000, { start: 0, end: 30 }), 1020 + skew, 0);
  f.onCursor(at(10, true, 2000, { start: 0, end: 30 }), 2220 + skew, 100);
  clock = 2220;
  t.ready();
  assert.deepEqual(t.calls, ['seek 1.000', 'play', 'start 10.200']);
  assert.deepEqual(views, [{ start: 0, end: 30 }], 'a view already shown is not shown again');
});

test('however long its engine loads, it starts in step; a drift beyond 50 ms starts it again; it stops and seeks with the leader', () => {
  let clock = 20;
  const t = new FakeTransport();
  const f = new FollowLeader(
    t,
    () => {},
    () => clock,
  );
  f.follow('nora');
  f.onCursor(at(10, true, 0), 20, 0);
  clock = 520;
  f.onCursor(at(10.5, true, 500), 520, 500);
  assert.deepEqual(t.calls, ['play'], 'no correction while the engine loads');
  clock = 1420;
  t.ready();
  assert.deepEqual(t.calls.at(-1), 'start 11.400', 'it loaded for 1.4 s: it starts where the leader is by then');

  t.position = 11.52;
  clock = 1520;
  f.onCursor(at(11.5, true, 1500), 1520, 1500);
  assert.equal(t.calls.length, 2, 'within 50 ms: left alone');

  t.position = 12.3;
  clock = 2020;
  f.onCursor(at(12, true, 2000), 2020, 2000);
  assert.deepEqual(t.calls.at(-1), 'play', 'ahead by 0.3 s: it starts again');
  clock = 2070;
  t.ready();
  assert.deepEqual(t.calls.at(-1), 'start 12.050');

  f.onCursor(at(12.2, false, 2500), 2520, 2500);
  assert.deepEqual(t.calls.slice(-2), ['stop', 'seek 12.200']);
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
