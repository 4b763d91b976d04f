import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dbAtFader, dbLabel, FADER_STEPS, faderAtDb } from '../../../../frontend/daw/fader-scale';
import { SILENCE_DB } from '../../../../frontend/daw/model/apply-op';

const step = (db: number) => Math.round(faderAtDb(db) * FADER_STEPS);
const dbAtStep = (n: number) => dbAtFader(n / FADER_STEPS);

test('the fader runs from silence to +6 dB with unity at about 79 % of its travel', () => {
  assert.equal(dbAtFader(0), SILENCE_DB);
  assert.equal(dbAtFader(0.01), SILENCE_DB, 'the bottom of the travel is silence');
  assert.equal(dbAtFader(1), 6);
  assert.equal(step(0), 794);
  assert.equal(dbAtStep(step(0)), 0, 'unity is on a step and reads back as 0, not −0');
  assert.ok(Object.is(dbAtStep(step(0)), 0));
  assert.equal(faderAtDb(SILENCE_DB), 0);
  assert.equal(faderAtDb(12), 1, 'above the range the fader stays at the top');
});

test('every step maps to a level that maps back to the same step, rising with the travel', () => {
  let previous = -Infinity;
  for (let n = 0; n <= FADER_STEPS; n++) {
    const db = dbAtStep(n);
    assert.ok(db >= previous, `step ${n}: ${db} dB after ${previous} dB`);
    assert.ok(db >= SILENCE_DB && db <= 6);
    if (db > -40) assert.ok(Math.abs(step(db) - n) <= 2, `step ${n} (${db} dB) reads back as ${step(db)}`);
    previous = db;
  }
  for (const db of [-30, -12, -6, -3, -1.5, 0, 1, 3, 6]) {
    assert.ok(Math.abs(dbAtStep(step(db)) - db) <= 0.05, `${db} dB comes back`);
  }
});

test('levels show signed in tenths, silence as minus infinity', () => {
  assert.equal(dbLabel(0), '0.0 dB');
  assert.equal(dbLabel(2.25), '+2.3 dB');
  assert.equal(dbLabel(-12), '-12.0 dB');
  assert.equal(dbLabel(SILENCE_DB), '−∞ dB');
});
