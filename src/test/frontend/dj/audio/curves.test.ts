import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  channelCrossfaderGain,
  crossfaderGains,
  effectiveBpm,
  eqBandGain,
  faderGain,
  filterSetting,
  masterGain,
  playbackRate,
} from '../../../../../frontend/dj/audio/curves';

// The same values as CrossfaderCurvesTest on the Java side: both must compute the same gains.
const close = (actual: number, expected: number, tolerance = 1e-12) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not ${expected}`);

test('crossfader curves give the gains the Java side expects', () => {
  const cases: [Parameters<typeof crossfaderGains>[1], number, number, number][] = [
    ['linear', -1, 1, 0],
    ['linear', -0.5, 0.75, 0.25],
    ['linear', 0.3, 0.35, 0.65],
    ['power', -0.97, 0.9997224302180006, 0.02355976483361017],
    ['power', 0, 0.7071067811865476, 0.7071067811865475],
    ['power', 0.96, 0.031410759078128396, 0.9995065603657316],
    ['cut', -0.97, 1, 0.30000000000000027],
    ['cut', 0, 1, 1],
    ['cut', 0.96, 0.40000000000000036, 1],
  ];
  for (const [curve, position, a, b] of cases) {
    const gains = crossfaderGains(position, curve);
    close(gains.a, a);
    close(gains.b, b);
    assert.equal(channelCrossfaderGain(2, position, curve), gains.a);
    assert.equal(channelCrossfaderGain(3, position, curve), gains.b);
  }
});

test('fader, master and EQ gains match the Java side', () => {
  assert.equal(faderGain(0.5), 0.25);
  assert.equal(faderGain(1), 1);
  assert.equal(masterGain(Number.NaN), 0);
  assert.equal(eqBandGain(0, false), 1);
  close(eqBandGain(-26, false), 0.05011872336272723, 1e-15);
  close(eqBandGain(-40, false), 0.05011872336272723, 1e-15);
  close(eqBandGain(6, false), 1.9952623149688795, 1e-15);
  assert.equal(eqBandGain(3, true), 0);
});

test('the filter knob has a dead zone and sweeps 20 Hz to 20 kHz', () => {
  const cases: [number, string, number][] = [
    [-1, 'lowpass', 20],
    [-0.5, 'lowpass', 678.644354379066],
    [-0.01, 'bypass', 0],
    [0.02, 'bypass', 0],
    [0.5, 'highpass', 589.410340510362],
    [1, 'highpass', 20000],
  ];
  for (const [value, type, frequency] of cases) {
    const setting = filterSetting(value);
    assert.equal(setting.type, type);
    close(setting.frequency, frequency, 1e-9);
  }
});

test('tempo scales the playback rate and the BPM', () => {
  assert.equal(playbackRate(-8), 0.92);
  close(effectiveBpm(120, 8), 129.6, 1e-9);
  assert.equal(effectiveBpm(0, 8), 0);
});
