import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EditorContext } from '../../../../frontend/daw/editor-context';
import { EditorCommands } from '../../../../frontend/daw/editor-commands';
import { ProjectSync } from '../../../../frontend/daw/model/project-sync';
import type { DawClip, DawOp, ProjectState } from '../../../../frontend/daw/model/project-types';
import { sortedTracks } from '../../../../frontend/daw/model/track-order';
import { project } from './model/fixtures';

/** An editor without a screen: the commands' batches go through a real ProjectSync. */
class FakeEditor implements Partial<EditorContext> {
  readonly sync = new ProjectSync(project());
  selection = new Set<string>();
  playhead = 0;
  batches: DawOp[][] = [];
  previews: (DawOp[] | null)[] = [];
  private n = 0;

  get state(): ProjectState {
    return this.sync.visible;
  }
  get tracks() {
    return sortedTracks(this.state.tracks);
  }
  commit(ops: DawOp[]) {
    if (!ops.length) return false;
    this.sync.submit({ id: `b${this.batches.length}`, ops });
    this.batches.push(ops);
    return true;
  }
  preview(ops: DawOp[] | null) {
    this.previews.push(ops);
  }
  select(ids: Iterable<string>) {
    this.selection = new Set(ids);
  }
  newId() {
    return `new${++this.n}`;
  }
}

const setup = () => {
  const editor = new FakeEditor();
  return { editor, commands: new EditorCommands(editor as unknown as EditorContext, () => 'beat') };
};
const clip = (s: ProjectState, id: string) => s.clips.find((c) => c.id === id) as DawClip;

test('copy and paste puts the copies at the playhead on their tracks, selected, in one batch', () => {
  const { editor, commands } = setup();
  editor.select(['c2', 'c3']);
  commands.copy();
  editor.playhead = 30;
  commands.paste();
  assert.equal(editor.batches.length, 1);
  const pasted = [...editor.selection].map((id) => clip(editor.state, id));
  assert.deepEqual(
    pasted.map((c) => [c.position, c.trackId]),
    [
      [38, 't1'],
      [30, 't2'],
    ],
  );
});

test('nudge moves the selection by one grid step, or a bar with Shift', () => {
  const { editor, commands } = setup();
  editor.select(['c2']);
  commands.nudge(1, false);
  assert.equal(clip(editor.state, 'c2').position, 12.5);
  commands.nudge(-1, true);
  assert.equal(clip(editor.state, 'c2').position, 10.5);
});

test('loop on without a region makes four bars from the playhead’s bar; markers land at the playhead', () => {
  const { editor, commands } = setup();
  editor.playhead = 5;
  commands.toggleLoop();
  assert.deepEqual([editor.state.loop, editor.state.loopOn], [{ start: 4, end: 12 }, true]);
  commands.toggleLoop();
  assert.deepEqual([editor.state.loop, editor.state.loopOn], [{ start: 4, end: 12 }, false]);
  commands.addMarker();
  assert.equal(editor.state.markers[1].position, 5);
});

test('split without a selection cuts every clip under the playhead; duplicate selects the copies', () => {
  const { editor, commands } = setup();
  editor.playhead = 6;
  commands.split();
  assert.equal(editor.state.clips.length, 5, 'c1 and c3 span 6 s');
  editor.select(['c2']);
  commands.duplicate();
  assert.deepEqual(
    [...editor.selection].map((id) => clip(editor.state, id).position),
    [22],
  );
  commands.remove();
  assert.equal(editor.selection.size, 0);
  assert.equal(editor.state.clips.length, 5);
});

test('the master fader previews while it moves and sends one batch when released', () => {
  const { editor, commands } = setup();
  commands.masterDb(-3, false);
  commands.masterDb(-7.5, false);
  assert.equal(editor.batches.length, 0, 'no batch while the fader moves');
  assert.deepEqual(editor.previews.at(-1), [{ op: 'set', kind: 'project', prop: 'masterDb', value: -7.5 }]);
  commands.masterDb(-8, true);
  assert.equal(editor.previews.at(-1), null, 'the release ends the preview');
  assert.deepEqual(editor.batches, [[{ op: 'set', kind: 'project', prop: 'masterDb', value: -8 }]]);
  assert.equal(editor.state.masterDb, -8);
  commands.masterDb(-8, true);
  assert.equal(editor.batches.length, 1, 'a release where it started sends nothing');
});

test('project settings of the toolbar are sent only when they change', () => {
  const { editor, commands } = setup();
  commands.setProject('sampleRate', 48000);
  assert.equal(editor.batches.length, 0);
  commands.setProject('sampleRate', 44100);
  assert.deepEqual(editor.batches, [[{ op: 'set', kind: 'project', prop: 'sampleRate', value: 44100 }]]);
  assert.equal(editor.state.sampleRate, 44100);
});
