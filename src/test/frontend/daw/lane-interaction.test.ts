import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EditorContext } from '../../../../frontend/daw/editor-context';
import { layoutOf } from '../../../../frontend/daw/editor-layout';
import { LaneInteraction } from '../../../../frontend/daw/lane-interaction';
import { gridStep, snapTime } from '../../../../frontend/daw/model/grid';
import { ProjectSync } from '../../../../frontend/daw/model/project-sync';
import type { DawOp } from '../../../../frontend/daw/model/project-types';
import { ROW_HEIGHT } from '../../../../frontend/daw/timeline-view';
import { project } from './model/fixtures';

/** An editor at 10 px per second, not scrolled; batches go through a real ProjectSync. */
class FakeEditor implements Partial<EditorContext> {
  readonly sync = new ProjectSync(project());
  selection = new Set<string>();
  playhead = 0;
  batches: DawOp[][] = [];
  previews = 0;
  viewport = { pxPerSecond: 10, scrollLeft: 0, scrollTop: 0, width: 1000, height: 400 };
  get state() {
    return this.sync.visible;
  }
  get tracks() {
    return layoutOf(this.state).tracks;
  }
  get clipsByTrack() {
    return layoutOf(this.state).clipsByTrack;
  }
  snap(t: number, bypass: boolean) {
    return snapTime(t, bypass ? 0 : gridStep('beat', this.state.bpm, this.state.meter));
  }
  commit(ops: DawOp[]) {
    this.sync.submit({ id: `b${this.batches.length}`, ops });
    this.batches.push(ops);
    return true;
  }
  preview(ops: DawOp[] | null) {
    if (ops) this.previews++;
  }
  select(ids: Iterable<string>) {
    this.selection = new Set(ids);
  }
  seek(t: number) {
    this.playhead = t;
  }
  setCursor() {}
  requestDraw() {}
  newId() {
    return `new${this.batches.length}`;
  }
}

const pointer = (mods: Partial<PointerEvent> = {}) => ({ button: 0, ...mods }) as PointerEvent;
const clip = (e: FakeEditor, id: string) => e.state.clips.find((c) => c.id === id)!;
const midRow = (row: number) => row * ROW_HEIGHT + ROW_HEIGHT - 12;

function drag(e: FakeEditor, from: [number, number], to: [number, number], mods: Partial<PointerEvent> = {}) {
  const lanes = new LaneInteraction(e as unknown as EditorContext);
  lanes.down(pointer(mods), ...from);
  lanes.move(pointer(mods), (from[0] + to[0]) / 2, (from[1] + to[1]) / 2);
  lanes.move(pointer(mods), ...to);
  lanes.up(to[0]);
  return lanes;
}

test('dragging a clip moves it on the grid and across tracks as one batch at the drop', () => {
  const e = new FakeEditor();
  drag(e, [50, midRow(0)], [73, midRow(1)]);
  assert.equal(e.batches.length, 1);
  assert.ok(e.previews >= 2, 'the drag is previewed while it moves');
  assert.deepEqual([clip(e, 'c1').position, clip(e, 'c1').trackId], [2.5, 't2']);
  assert.deepEqual([...e.selection], ['c1']);
});

test('Alt moves off the grid; dragging an edge trims; Alt-click splits', () => {
  const e = new FakeEditor();
  drag(e, [50, midRow(0)], [73, midRow(0)], { altKey: true });
  assert.equal(clip(e, 'c1').position, 2.3);
  drag(e, [219, midRow(0)], [200, midRow(0)]);
  assert.deepEqual([clip(e, 'c2').position, clip(e, 'c2').length], [12, 8]);
  drag(e, [121, midRow(0)], [150, midRow(0)]);
  assert.deepEqual([clip(e, 'c2').position, clip(e, 'c2').offset, clip(e, 'c2').length], [15, 3, 5]);
  const lanes = new LaneInteraction(e as unknown as EditorContext);
  lanes.down(pointer({ altKey: true }), 170, midRow(0));
  lanes.up(170);
  assert.equal(e.state.clips.filter((c) => c.trackId === 't1').length, 3);
});

test('a rubber band selects the clips it touches; a click on an empty lane moves the playhead', () => {
  const e = new FakeEditor();
  drag(e, [105, 10], [125, midRow(1)]);
  assert.deepEqual([...e.selection].sort(), ['c2', 'c3']);
  assert.equal(e.batches.length, 0);
  const lanes = new LaneInteraction(e as unknown as EditorContext);
  lanes.down(pointer(), 301, midRow(1));
  lanes.up(301);
  assert.equal(e.playhead, 30);
  assert.equal(e.selection.size, 0);
});

test('a clip deleted by someone else while it is dragged ends the drag with a note; the drop commits nothing', () => {
  const e = new FakeEditor();
  const lanes = new LaneInteraction(e as unknown as EditorContext);
  lanes.down(pointer(), 50, midRow(0));
  lanes.move(pointer(), 73, midRow(0));
  const applied = {
    batch: 'b-nora',
    actor: { id: 'u2', name: 'nora' },
    origin: 'elsewhere',
    from: 1,
    seq: 1,
    ops: [{ op: 'delete', kind: 'clip', id: 'c1' }] as DawOp[],
  };
  assert.equal(lanes.endIfDeleted(applied), null, 'nothing to end before the delete is applied');
  e.sync.receive(applied);
  assert.equal(lanes.endIfDeleted(applied), "nora deleted 'c1' while you were editing it: your change was dropped");
  lanes.move(pointer(), 90, midRow(0));
  lanes.up(90);
  assert.equal(e.batches.length, 0);
  assert.equal(lanes.endIfDeleted(applied), null);
});
