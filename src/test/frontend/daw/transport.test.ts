import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BusLevel, PlaybackEngine, ScheduledSource } from '../../../../frontend/daw/audio/playback-engine';
import type { ProjectState } from '../../../../frontend/daw/model/project-types';
import { Transport } from '../../../../frontend/daw/transport';
import { project } from './model/fixtures';

/** An engine that plays nothing and remembers what it was asked. */
class FakeEngine implements PlaybackEngine {
  loading = false;
  playing = false;
  position = 0;
  metronome = false;
  disposed = false;
  projects: ProjectState[] = [];

  constructor(readonly sampleRate: number) {}

  setProject(state: ProjectState) {
    this.projects.push(state);
  }
  async play(from: number) {
    this.position = from;
    this.playing = true;
  }
  stop() {
    this.playing = false;
  }
  seek(to: number) {
    this.position = to;
  }
  levels() {
    return new Map<string, BusLevel>();
  }
  scheduled(): ScheduledSource[] {
    return [];
  }
  dispose() {
    this.disposed = true;
  }
}

const setup = () => {
  const made: FakeEngine[] = [];
  const messages: string[] = [];
  const transport = new Transport(
    (_id, rate) => {
      made.push(new FakeEngine(rate));
      return made[made.length - 1];
    },
    (m) => messages.push(m),
  );
  return { transport, made, messages };
};

test('without an engine the transport keeps the playhead and says playback is not available', () => {
  const { transport, made, messages } = setup();
  transport.seek(-3);
  assert.equal(transport.position, 0, 'the playhead stays at or after the start');
  transport.seek(7);
  transport.togglePlay();
  assert.deepEqual(messages, ['Playback is not available here']);
  transport.attach('', project());
  assert.equal(made.length, 0, 'no engine without a project id');
  assert.equal(transport.position, 7);
});

test('the engine is made once, at the project rate, and given each new state once', () => {
  const { transport, made } = setup();
  const state = project();
  transport.attach('p1', state);
  transport.attach('p1', state);
  assert.equal(made.length, 1);
  assert.equal(made[0].sampleRate, 48000);
  transport.follow(state);
  transport.follow(state);
  const next = { ...state, bpm: 100 };
  transport.follow(next);
  assert.deepEqual(made[0].projects, [state, next]);
});

test('play and stop toggle, and the playhead stays where playback stopped', async () => {
  const { transport, made } = setup();
  transport.attach('p1', project());
  transport.seek(4);
  transport.togglePlay();
  await Promise.resolve();
  assert.equal(transport.playing, true);
  made[0].position = 9.5;
  transport.togglePlay();
  assert.equal(transport.playing, false);
  assert.equal(transport.position, 9.5);
  transport.toggleMetronome();
  assert.equal(made[0].metronome, true);
  transport.dispose();
  assert.equal(made[0].disposed, true);
  assert.equal(transport.engine, null);
  assert.equal(transport.position, 9.5, 'the playhead survives the engine');
});

test('a new sample rate makes a new engine at that rate: playback stops, the playhead and metronome stay', async () => {
  const { transport, made, messages } = setup();
  const state = project();
  transport.attach('p1', state);
  transport.follow(state);
  transport.toggleMetronome();
  transport.togglePlay();
  await Promise.resolve();
  made[0].position = 3.25;

  const at44 = { ...state, sampleRate: 44100 as const };
  transport.follow(at44);
  assert.equal(made.length, 2);
  assert.deepEqual([made[0].playing, made[0].disposed], [false, true], 'the old engine is stopped and disposed');
  assert.equal(transport.engine, made[1]);
  assert.equal(made[1].sampleRate, 44100);
  assert.deepEqual(made[1].projects, [at44], 'the new engine gets the project');
  assert.deepEqual([made[1].playing, made[1].position, made[1].metronome], [false, 3.25, true]);
  assert.deepEqual(messages, ['Playback stopped: the sample rate changed']);

  transport.follow({ ...at44, bpm: 90 });
  assert.equal(made.length, 2, 'an edit at the same rate keeps the engine');
  transport.follow(state);
  assert.equal(made.length, 3, 'back to 48 kHz (an undo, another tab): made again');
  assert.equal(made[2].sampleRate, 48000);
  assert.equal(messages.length, 1, 'stopped engines stop silently');
});
