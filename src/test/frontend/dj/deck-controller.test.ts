import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BeatGrid } from '../../../../frontend/dj/audio/beat-grid';
import type { DeckPlayer } from '../../../../frontend/dj/audio/deck-player';
import type { LoopSpan } from '../../../../frontend/dj/audio/deck-processor';
import { DeckController } from '../../../../frontend/dj/deck-controller';

/** Stands in for the AudioWorklet player: remembers what the controller told it. */
class FakePlayer {
  playing = false;
  pos = 0;
  rate = 1;
  keyLock = false;
  loop: LoopSpan | null = null;
  stemGains = [1, 1, 1, 1];

  position(): number {
    return this.pos;
  }
  transport(change: { playing?: boolean; pos?: number }): number {
    if (change.pos !== undefined) this.pos = change.pos;
    if (change.playing !== undefined) this.playing = change.playing;
    return 0;
  }
  setRate(rate: number): number {
    this.rate = rate;
    return 0;
  }
  setKeyLock(on: boolean): number {
    this.keyLock = on;
    return 0;
  }
  setLoop(loop: LoopSpan | null): number {
    this.loop = loop;
    return 0;
  }
  roll(on: boolean, loop: LoopSpan | null): number {
    this.loop = on ? loop : null;
    return 0;
  }
  shift(seconds: number): number {
    this.pos += seconds;
    return 0;
  }
  setStemGain(index: number, gain: number): void {
    this.stemGains[index] = gain;
  }
}

function deck(position = 0): { c: DeckController; player: FakePlayer } {
  const c = new DeckController(1);
  const player = new FakePlayer();
  player.pos = position;
  c.player = player as unknown as DeckPlayer;
  c.duration = 60;
  c.bpm = 120;
  c.grid = BeatGrid.of([], 120, 60);
  return { c, player };
}

test('play toggles the player and reports the deck, the state and the position', () => {
  const { c, player } = deck(3);
  assert.deepEqual(c.togglePlay(), { name: 'sfa-deck-play', detail: { deck: 1, playing: true, position: 3 } });
  assert.ok(player.playing);
  assert.equal(c.togglePlay()?.detail.playing, false);
});

test('cue on a paused deck sets the cue point on the nearest beat (quantize is on by default)', () => {
  const { c, player } = deck(10.2);
  const ev = c.cueDown();
  assert.equal(ev?.name, 'sfa-deck-cue');
  assert.deepEqual(ev?.detail, { deck: 1, action: 'set', cuePoint: 10, position: 10, playing: false });
  assert.equal(player.pos, 10);
});

test('a hot cue is set, then triggered, then deleted', () => {
  const { c, player } = deck(4);
  assert.equal(c.hotCue(2, false)?.detail.action, 'set');
  player.pos = 20;
  const triggered = c.hotCue(2, false);
  assert.deepEqual(triggered?.detail, {
    deck: 1,
    action: 'trigger',
    slot: 2,
    time: 4,
    color: '#22c55e',
    position: 4,
    playing: true,
  });
  assert.equal(c.hotCue(2, true)?.detail.action, 'delete');
  assert.deepEqual(c.s.hotCues, []);
  assert.equal(c.hotCue(5, true), null);
});

test('a beat loop starts on the beat and spans the beats at the grid tempo', () => {
  const { c, player } = deck(10.3);
  const ev = c.beatLoop(4);
  assert.deepEqual(ev?.detail, {
    deck: 1,
    action: 'beat',
    loop: { start: 10, end: 12, beats: 4, active: true },
    position: 10.3,
  });
  assert.deepEqual(player.loop, { start: 10, end: 12 });
  assert.deepEqual(c.resizeLoop(0.5)?.detail.loop, { start: 10, end: 11, beats: 2, active: true });
  assert.equal(c.exitLoop()?.detail.loop?.active, false);
  assert.equal(player.loop, null);
});

test('tempo is clamped to its range and a nudge bends the rate until released', () => {
  const { c, player } = deck(5);
  const tempo = c.setTempo({ tempoPercent: 12 });
  const { effectiveBpm, ...rest } = tempo.detail;
  assert.deepEqual(rest, { deck: 1, tempoPercent: 8, tempoRange: 8, keyLock: false });
  assert.ok(Math.abs(effectiveBpm - 129.6) < 1e-9);
  assert.deepEqual(c.nudge(-1), { name: 'sfa-deck-nudge', detail: { deck: 1, direction: -1, position: 5 } });
  assert.ok(Math.abs(player.rate - 1.08 * 0.96) < 1e-12);
  c.nudge(0);
  assert.equal(player.rate, 1.08);
});

test('stems: solo silences the others, mute silences one', () => {
  const { c, player } = deck();
  assert.deepEqual(c.setStem('drums', { solo: true }).detail, {
    deck: 1,
    stem: 'drums',
    muted: false,
    solo: true,
    volume: 1,
  });
  assert.deepEqual(player.stemGains, [0, 1, 0, 0]);
  c.setStem('drums', { muted: true });
  assert.deepEqual(player.stemGains, [0, 0, 0, 0]);
});

test('restore applies the state from Java without events, resuming a playing deck where it is now', () => {
  const { c, player } = deck();
  c.restore({ playing: true, position: 30, positionAt: Date.now() - 2000, tempoPercent: 0 });
  assert.ok(player.playing);
  assert.ok(Math.abs(player.pos - 32) < 0.1, `resumed at ${player.pos}`);
});

test('without a player (spectator) the position is extrapolated from the last state', () => {
  const c = new DeckController(0);
  c.duration = 60;
  c.restore({ playing: true, position: 10, positionAt: Date.now() - 1000, tempoPercent: 8 });
  assert.ok(Math.abs(c.position() - 11.08) < 0.05, `at ${c.position()}`);
  assert.equal(c.togglePlay(), null);
});

test('a synced deck matches its peer again when its own tempo is edited (×3/2 of a 90 BPM analysis)', () => {
  const { c, player } = deck(10);
  c.s.tempoRange = 50;
  c.bpm = 90;
  c.grid = BeatGrid.of([], 90, 60);
  c.syncSource = { bpm: 120, tempoPercent: 0, beats: [], position: 0, positionAt: Date.now(), playing: false };
  c.sync(true);
  assert.ok(Math.abs(player.rate - 120 / 90) < 1e-9);

  c.bpm = 135;
  c.grid = BeatGrid.of([], 135, 60);
  c.gridChanged();

  assert.ok(Math.abs(player.rate - 120 / 135) < 1e-9);
  assert.ok(Math.abs(c.effectiveBpm - 120) < 1e-9);
});
