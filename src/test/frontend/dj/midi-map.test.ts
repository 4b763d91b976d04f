import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MidiLearn, type MidiMapping, parseMidi, routeMidi, withMapping } from '../../../../frontend/dj/midi-map';

const NOTE_ON = 0x90;
const NOTE_OFF = 0x80;
const CC = 0xb0;

test('note on, note off, velocity zero and control changes are parsed per channel', () => {
  assert.deepEqual(parseMidi([NOTE_ON, 60, 100]), {
    control: { type: 'note', channel: 0, number: 60 },
    data: 100,
    on: true,
  });
  assert.equal(parseMidi([NOTE_OFF | 2, 60, 40])?.on, false);
  assert.equal(parseMidi([NOTE_ON, 60, 0])?.on, false);
  assert.deepEqual(parseMidi([CC | 1, 7, 64]), { control: { type: 'cc', channel: 1, number: 7 }, data: 64, on: true });
  assert.equal(parseMidi([0xe0, 0, 64]), null);
  assert.equal(parseMidi([NOTE_ON, 60]), null);
});

test('buttons press and release; ranges scale 0..127 to min..max', () => {
  const mappings: MidiMapping[] = [
    { type: 'note', channel: 0, number: 36, target: 'deck0.play', kind: 'button', min: 0, max: 1 },
    { type: 'cc', channel: 0, number: 8, target: 'mixer.crossfader', kind: 'range', min: -1, max: 1 },
  ];
  assert.deepEqual(routeMidi(mappings, [NOTE_ON, 36, 127]), [{ target: 'deck0.play', pressed: true, value: 0 }]);
  assert.deepEqual(routeMidi(mappings, [NOTE_OFF, 36, 0]), [{ target: 'deck0.play', pressed: false, value: 0 }]);
  assert.deepEqual(routeMidi(mappings, [CC, 8, 127]), [{ target: 'mixer.crossfader', pressed: true, value: 1 }]);
  assert.deepEqual(routeMidi(mappings, [CC, 8, 0]), [{ target: 'mixer.crossfader', pressed: true, value: -1 }]);
  assert.deepEqual(routeMidi(mappings, [CC | 1, 8, 0]), []);
});

test('learning captures the next control, then the clicked target, and replaces an older mapping', () => {
  const learn = new MidiLearn();
  assert.equal(learn.onMidi([NOTE_ON, 36, 100]), false);
  learn.start();
  assert.ok(learn.onMidi([NOTE_OFF, 40, 0]));
  assert.equal(learn.phase, 'control');
  learn.onMidi([NOTE_ON, 36, 100]);
  assert.equal(learn.phase, 'target');

  const old: MidiMapping = {
    type: 'note',
    channel: 0,
    number: 36,
    target: 'deck1.cue',
    kind: 'button',
    min: 0,
    max: 1,
  };
  const mapped = learn.chooseTarget([old], 'deck0.play', 'button');
  assert.deepEqual(mapped, [
    { type: 'note', channel: 0, number: 36, target: 'deck0.play', kind: 'button', min: 0, max: 1 },
  ]);
  assert.equal(learn.phase, 'control');
  assert.equal(withMapping(mapped!, old).length, 1);
});
