// Harness checks for the DJ components in headless Chromium (see README.md). Prints PASS/FAIL with measured values.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDeck, openHarness } from './browser.mjs';

const results = [];
function check(name, ok, info) {
  results.push({ name, ok });
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}${info ? `  — ${info}` : ''}`);
}
const near = (a, b, tol) => Math.abs(a - b) <= tol;
const beats120 = JSON.stringify(Array.from({ length: 120 }, (_, i) => i * 0.5));
const beats126 = JSON.stringify(Array.from({ length: 126 }, (_, i) => 0.1 + (i * 60) / 126));

const { page, close } = await openHarness();
const ev = (name) => page.evaluate((n) => window.events.filter((e) => e.name === n), name);
const clearEvents = () => page.evaluate(() => (window.events = []));
const deck = (id, expr) => page.evaluate(([id, expr]) => new Function('d', `return ${expr}`)(document.getElementById(id)), [id, expr]);
const frames = (n = 3) => page.evaluate((n) => new Promise((r) => { const f = () => (--n ? requestAnimationFrame(f) : r()); requestAnimationFrame(f); }), n);
const setInput = (sel, value) => page.evaluate(([sel, value]) => {
  const [host, id] = sel.split(' ');
  const el = document.querySelector(host).shadowRoot.querySelector(id);
  el.value = String(value);
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}, [sel, value]);

try {
  await loadDeck(page, 'deck0', { trackUrl: 'audio/clicks120.wav', bpm: 120, beats: beats120, trackTitle: 'Clicks 120', camelot: '8A' });
  await loadDeck(page, 'deck1', { trackUrl: 'audio/sine440.wav', bpm: 120, beats: beats120, trackTitle: 'Sine 440' });

  // 1. Play / pause
  await clearEvents();
  await page.locator('#deck0 #play').click();
  const p0 = await deck('deck0', 'd.position');
  await page.waitForTimeout(1000);
  const p1 = await deck('deck0', 'd.position');
  const playEvents = await ev('sfa-deck-play');
  check('1a play: playing, position advances ~1 s per s, one sfa-deck-play per click',
    (await deck('deck0', 'd.playing')) && near(p1 - p0, 1, 0.1) && playEvents.length === 1 && playEvents[0].detail.playing === true,
    `advanced ${(p1 - p0).toFixed(3)} s in 1 s, ${playEvents.length} event(s), composed=${playEvents[0]?.composed}`);
  await page.locator('#deck0 #play').click();
  const q0 = await deck('deck0', 'd.position');
  await page.waitForTimeout(500);
  const q1 = await deck('deck0', 'd.position');
  const playEvents2 = await ev('sfa-deck-play');
  check('1b pause: stops, one more event', !(await deck('deck0', 'd.playing')) && Math.abs(q1 - q0) < 0.005 && playEvents2.length === 2,
    `moved ${(q1 - q0).toFixed(4)} s after pause, ${playEvents2.length} events total, reported ${(await deck('deck0', 'd.audioState.reportedPosition')).toFixed(3)} s`);

  // 2. EQ kill, filter, crossfader curves
  await clearEvents();
  await page.locator('#mixer #ch0-killLow').click();
  await page.waitForTimeout(60);
  const killed = await deck('mixer', 'd.audioState.channels[0].bandGains');
  await page.locator('#mixer #ch0-killLow').click();
  await page.waitForTimeout(60);
  const unkilled = await deck('mixer', 'd.audioState.channels[0].bandGains');
  check('2a EQ kill sets the low band GainNode to 0 and back', killed.low === 0 && killed.mid === 1 && unkilled.low === 1,
    `killed ${JSON.stringify(killed)}, restored low=${unkilled.low}, events ${(await ev('sfa-mixer-change')).length}`);
  const filters = [];
  for (const v of [-0.5, 0.5, 0.01, -1]) {
    await setInput('#mixer #ch0-filter', v);
    await page.waitForTimeout(40);
    const f = await deck('mixer', 'd.audioState.channels[0].filter');
    const want = await page.evaluate((v) => window.dj.curves.filterSetting(v), v);
    filters.push({ v, type: f.type, frequency: Math.round(f.frequency), want: want.type, wantHz: Math.round(want.frequency) });
  }
  check('2b filter knob: −0.5 low-pass 679 Hz, +0.5 high-pass 589 Hz (formula of curves.ts), 0.01 bypass (dead zone), −1 low-pass 20 Hz',
    filters.every((f) => f.type === f.want && (f.want === 'bypass' || near(f.frequency, f.wantHz, 1)))
    && near(filters[0].frequency, 20000 * 10 ** (-3 * 0.48 / 0.98), 1) && near(filters[1].frequency, 20 * 10 ** (3 * 0.48 / 0.98), 1) && near(filters[3].frequency, 20, 1), JSON.stringify(filters));
  await setInput('#mixer #ch0-filter', 0);
  const expected = { linear: [[1, 0], [0.5, 0.5], [0, 1]], power: [[1, 0], [Math.SQRT1_2, Math.SQRT1_2], [0, 1]], cut: [[1, 0], [1, 1], [0, 1]] };
  let curveOk = true;
  const curveInfo = [];
  for (const [i, curve] of ['linear', 'power', 'cut'].entries()) {
    await setInput('#mixer #curve', i);
    for (const [j, x] of [-1, 0, 1].entries()) {
      await setInput('#mixer #crossfader', x);
      await page.waitForTimeout(40);
      const a = await deck('mixer', '[d.audioState.channels[0].crossfaderGain, d.audioState.channels[1].crossfaderGain]');
      const ok = near(a[0], expected[curve][j][0], 1e-4) && near(a[1], expected[curve][j][1], 1e-4);
      curveOk &&= ok;
      curveInfo.push(`${curve}@${x}: ${a.map((g) => g.toFixed(4)).join('/')}`);
    }
  }
  check('2c crossfader curves give the documented gains at −1, 0, +1 (A/B)', curveOk, curveInfo.join(', '));
  await setInput('#mixer #curve', 1);
  await setInput('#mixer #crossfader', 0);

  // 2d. The 3-band split sums flat at 0 dB: impulse response of a ChannelStrip rendered offline, DFT at a few frequencies.
  const response = (kill) => page.evaluate(async (kill) => {
    const rate = 48000, n = 16384;
    const ctx = new OfflineAudioContext(1, n, rate);
    const strip = new window.dj.ChannelStrip(ctx, 0, ctx.destination);
    if (kill) { strip.bands.low.gain.value = 0; }
    const impulse = ctx.createBuffer(1, n, rate);
    impulse.getChannelData(0)[0] = 1;
    const src = new AudioBufferSourceNode(ctx, { buffer: impulse });
    src.connect(strip.input);
    src.start();
    const h = (await ctx.startRendering()).getChannelData(0);
    return [40, 100, 250, 700, 2500, 6000, 15000].map((f) => {
      let re = 0, im = 0;
      for (let i = 0; i < n; i++) { re += h[i] * Math.cos((2 * Math.PI * f * i) / rate); im -= h[i] * Math.sin((2 * Math.PI * f * i) / rate); }
      return [f, 20 * Math.log10(Math.hypot(re, im))];
    });
  }, kill);
  const flat = await response(false);
  const lowKilled = await response(true);
  check('2d EQ at 0 dB (LR4 crossovers 250 Hz / 2.5 kHz + all-pass) sums flat within ±0.1 dB; low kill removes 40 Hz',
    flat.every(([, db]) => Math.abs(db) < 0.1) && lowKilled[0][1] < -30 && Math.abs(lowKilled[4][1]) < 0.5,
    `${flat.map(([f, db]) => `${f} Hz ${db.toFixed(3)} dB`).join(', ')}; low killed: ${lowKilled.map(([f, db]) => `${f} Hz ${db.toFixed(1)}`).join(', ')}`);

  // 3. Coalescing
  await frames(2);
  await clearEvents();
  await page.evaluate(() => {
    const el = document.querySelector('#mixer').shadowRoot.querySelector('#crossfader');
    for (let i = 0; i < 100; i++) {
      el.value = String(-1 + (i + 1) * 0.01);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
  await frames(3);
  const xf = await ev('sfa-mixer-crossfader');
  check('3 burst of 100 crossfader inputs in one frame → exactly one sfa-mixer-crossfader with the last value',
    xf.length === 1 && near(xf[0].detail.value, 0, 1e-9), `${xf.length} event(s), value ${xf[0]?.detail.value}, curve ${xf[0]?.detail.curve}`);

  // 4. Tempo and key lock (deck 1 plays a 440 Hz sine alone)
  await page.evaluate(() => {
    const e = window.dj.DjEngine.get();
    window.fft = new AnalyserNode(e.ctx, { fftSize: 32768, smoothingTimeConstant: 0 });
    e.master.connect(window.fft);
    window.peakHz = () => {
      const a = new Float32Array(window.fft.frequencyBinCount);
      window.fft.getFloatFrequencyData(a);
      let k = 1;
      for (let i = 1; i < a.length - 1; i++) if (a[i] > a[k]) k = i;
      const [l, c, r] = [a[k - 1], a[k], a[k + 1]];
      const off = (0.5 * (l - r)) / (l - 2 * c + r);
      return ((k + off) * e.ctx.sampleRate) / window.fft.fftSize;
    };
  });
  await clearEvents();
  await setInput('#deck1 #tempo', 1);
  await frames(3);
  const tempoEv = await ev('sfa-deck-tempo');
  const rate = await deck('deck1', 'd.audioState.playbackRate');
  check('4a tempo fader +8 %: playbackRate 1.08, effective BPM 129.6 (one coalesced event)',
    near(rate, 1.08, 1e-9) && tempoEv.length === 1 && near(tempoEv[0].detail.effectiveBpm, 129.6, 1e-6),
    `rate ${rate}, events ${JSON.stringify(tempoEv.map((e) => e.detail))}`);
  await page.locator('#deck1 #play').click();
  await page.waitForTimeout(1500);
  const plain = await page.evaluate(() => window.peakHz());
  await page.locator('#deck1 #keylock').click();
  await page.waitForTimeout(1500);
  const locked = await page.evaluate(() => window.peakHz());
  const lockedPos0 = await deck('deck1', 'd.position');
  await page.waitForTimeout(1000);
  const lockedAdvance = (await deck('deck1', 'd.position')) - lockedPos0;
  const reportedAdvance = await deck('deck1', 'd.audioState.reportedPosition');
  check('4b without key lock the sine plays at ~475.2 Hz (±1 %)', near(plain, 475.2, 4.75), `${plain.toFixed(2)} Hz`);
  check('4c with key lock (WSOLA worklet) it stays 440 Hz ±1 % while playing 1.08× as fast', near(locked, 440, 4.4) && near(lockedAdvance, 1.08, 0.05),
    `${locked.toFixed(2)} Hz, position advanced ${lockedAdvance.toFixed(3)} s per s (worklet reports ${reportedAdvance.toFixed(2)} s)`);
  await page.locator('#deck1 #play').click();
  await page.locator('#deck1 #keylock').click();
  await page.locator('#deck1 #tempo-reset').click();

  // 5. Beat loop and loop roll (deck 0, 120 BPM grid)
  await clearEvents();
  await page.evaluate(() => document.getElementById('deck0').handleAction('tempo-set', true, 0));
  await setInput('#deck0 #loop-size', 1);
  await page.locator('#deck0 #play').click();
  await page.waitForTimeout(700);
  await page.locator('#deck0 #loop-beat').click();
  const loopEv = (await ev('sfa-deck-loop'))[0]?.detail.loop;
  const samples = await page.evaluate(async () => {
    const d = document.getElementById('deck0');
    const out = [];
    const t0 = performance.now();
    while (performance.now() - t0 < 3000) {
      out.push([d.position, d.audioState.reportedPosition]);
      await new Promise((r) => setTimeout(r, 20));
    }
    return out;
  });
  const inside = samples.every(([p, r]) => p >= loopEv.start - 1e-6 && p < loopEv.end && r >= loopEv.start - 1e-6 && r < loopEv.end + 0.003);
  const spread = Math.max(...samples.map((s) => s[1])) - Math.min(...samples.map((s) => s[1]));
  check('5a 1-beat loop: position (model and worklet reports) stays in [start, end) for 3 s while playing',
    inside && spread > 0.4 && near(loopEv.end - loopEv.start, 0.5, 1e-9) && near(loopEv.start % 0.5, 0, 1e-9),
    `loop ${loopEv.start.toFixed(3)}–${loopEv.end.toFixed(3)} s, ${samples.length} samples, reported spread ${spread.toFixed(3)} s`);
  await page.locator('#deck0 #loop-exit').click();
  const roll = await page.evaluate(async () => {
    const d = document.getElementById('deck0');
    const ctx = window.dj.DjEngine.get().ctx;
    const p0 = d.position, t0 = ctx.currentTime;
    d.handleAction('roll-1', true);
    let maxDuring = 0, minDuring = 1e9;
    const start = performance.now();
    while (performance.now() - start < 1500) {
      maxDuring = Math.max(maxDuring, d.position); minDuring = Math.min(minDuring, d.position);
      await new Promise((r) => setTimeout(r, 20));
    }
    const t1 = ctx.currentTime;
    d.handleAction('roll-1', false);
    const afterModel = d.position;
    await new Promise((r) => setTimeout(r, 200));
    const t2 = ctx.currentTime;
    return { p0, expected: p0 + (t1 - t0), afterModel, later: d.position, expectedLater: p0 + (t2 - t0), minDuring, maxDuring };
  });
  check('5b loop roll: held 1.5 s inside a 1-beat roll, release continues where playback would have been (±25 ms)',
    near(roll.later, roll.expectedLater, 0.025) && roll.maxDuring - roll.minDuring < 0.51,
    `started ${roll.p0.toFixed(3)} s, during roll ${roll.minDuring.toFixed(3)}–${roll.maxDuring.toFixed(3)} s, 0.2 s after release ${roll.later.toFixed(3)} s vs expected ${roll.expectedLater.toFixed(3)} s`);
  await page.locator('#deck0 #play').click();

  // Cue and hot cues (paused)
  await clearEvents();
  await page.evaluate(() => document.getElementById('deck0').handleAction('play', true));
  await page.waitForTimeout(300);
  await page.evaluate(() => document.getElementById('deck0').handleAction('play', true));
  await page.mouse.move(0, 0);
  await page.locator('#deck0 #cue').click();
  const cueSet = (await ev('sfa-deck-cue'))[0]?.detail;
  await page.locator('#deck0 #hotcue-2').click();
  const hcSet = (await ev('sfa-deck-hotcue'))[0]?.detail;
  await page.evaluate(() => document.getElementById('deck0').handleAction('cue', true));
  await page.waitForTimeout(400);
  const previewing = await deck('deck0', 'd.playing');
  await page.evaluate(() => document.getElementById('deck0').handleAction('cue', false));
  const afterCue = await deck('deck0', '[d.playing, d.position]');
  await page.locator('#deck0 #hotcue-2').click();
  const trig = (await ev('sfa-deck-hotcue'))[1]?.detail;
  await page.locator('#deck0 #hotcue-2').click({ modifiers: ['Shift'] });
  const del = (await ev('sfa-deck-hotcue'))[2]?.detail;
  await page.locator('#deck0 #play').click();
  check('cue: paused cue sets a beat-quantized cue point; holding cue at the cue previews, release returns and pauses',
    cueSet?.action === 'set' && near(cueSet.cuePoint % 0.5, 0, 1e-9) && previewing && !afterCue[0] && near(afterCue[1], cueSet.cuePoint, 0.001),
    `set ${JSON.stringify(cueSet)}, previewing=${previewing}, after release ${JSON.stringify(afterCue)}, actions ${(await ev('sfa-deck-cue')).map((e) => e.detail.action)}`);
  check('hot cue: set on empty pad, trigger jumps and plays, shift deletes',
    hcSet?.action === 'set' && trig?.action === 'trigger' && trig.playing && del?.action === 'delete',
    `${JSON.stringify(hcSet)} / ${JSON.stringify(trig)} / ${del?.action}`);

  // Sync: deck 1 gets a 126 BPM click track (first beat at 0.1 s)
  await loadDeck(page, 'deck1', { trackUrl: 'audio/clicks126.wav', bpm: 126, beats: beats126, trackTitle: 'Clicks 126' });
  await page.evaluate(() => { document.getElementById('deck1').handleAction('play', true); });
  await page.waitForTimeout(800);
  await page.evaluate(() => { document.getElementById('deck0').handleAction('play', true); });
  await page.waitForTimeout(300);
  await clearEvents();
  await page.locator('#deck0 #sync').click();
  await page.waitForTimeout(1000);
  const sync = await page.evaluate(() => {
    const a = document.getElementById('deck0'), b = document.getElementById('deck1');
    const phase = (p, first, len) => (((p - first) / len) % 1 + 1) % 1;
    const pa = a.position, pb = b.position;
    return { tempo: a.audioState.playbackRate, phaseA: phase(pa, 0, 0.5 / a.audioState.playbackRate * a.audioState.playbackRate), phaseB: phase(pb, 0.1, 60 / 126), ev: window.events.filter((e) => e.name === 'sfa-deck-sync').map((e) => e.detail) };
  });
  let dphase = Math.abs(sync.phaseA - sync.phaseB); dphase = Math.min(dphase, 1 - dphase);
  check('sync: deck A (120 BPM) matches deck B (126 BPM) tempo and beat phase locally, without Java',
    near(sync.tempo, 1.05, 1e-6) && dphase < 0.02 && sync.ev.length === 1, `rate ${sync.tempo.toFixed(4)}, phase A ${sync.phaseA.toFixed(3)} vs B ${sync.phaseB.toFixed(3)}, event ${JSON.stringify(sync.ev[0])}`);
  await page.evaluate(() => { for (const id of ['deck0', 'deck1']) { const d = document.getElementById(id); if (d.playing) d.handleAction('play', true); } });

  // Keyboard
  await clearEvents();
  await page.locator('#typing').click();
  await page.keyboard.press('z');
  const typed = (await ev('sfa-deck-play')).length;
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('z');
  const keyed = (await ev('sfa-deck-play')).length;
  const kbPlaying = await deck('deck0', 'd.playing');
  await page.keyboard.press('z');
  await page.keyboard.press('Shift+Slash');
  const help = await page.evaluate(() => !!document.querySelector('#controls').shadowRoot.querySelector('#help'));
  check('keyboard: Z toggles deck A in the same frame, ignored while typing in an input; ? opens the help',
    typed === 0 && keyed === 1 && kbPlaying && help, `typing→${typed} events, Z→${keyed} event (playing=${kbPlaying}), help=${help}`);
  await page.keyboard.press('Shift+Slash');

  // MIDI learn with synthetic messages
  await clearEvents();
  const midiStatus = await page.evaluate(() => document.querySelector('#controls').shadowRoot.querySelector('#midi-status').textContent);
  await page.locator('#controls #learn').click();
  await page.evaluate(() => document.querySelector('#controls').handleMidiMessage([0xb0, 7, 64]));
  await page.locator('#mixer #crossfader').click();
  await page.evaluate(() => document.querySelector('#controls').handleMidiMessage([0x90, 36, 100]));
  await page.locator('#deck1 #play').click();
  await page.locator('#controls #learn').click();
  const mappingEvents = await ev('sfa-midi-mappings-change');
  await page.evaluate(() => document.querySelector('#controls').handleMidiMessage([0xb0, 7, 127]));
  await page.waitForTimeout(50);
  const xfAfter = await deck('mixer', 'd.audioState.crossfader');
  await page.evaluate(() => document.querySelector('#controls').handleMidiMessage([0x90, 36, 127]));
  const midiPlaying = await deck('deck1', 'd.playing');
  await page.evaluate(() => document.querySelector('#controls').handleMidiMessage([0x80, 36, 0]));
  await page.evaluate(() => document.getElementById('deck1').handleAction('play', true));
  const last = mappingEvents[mappingEvents.length - 1]?.detail.mappings ?? [];
  check('MIDI learn: CC 7 → crossfader, note 36 → deck B play; synthetic messages then drive them',
    last.length === 2 && xfAfter === 1 && midiPlaying, `mappings ${JSON.stringify(last)}, crossfader ${xfAfter}, deck B playing ${midiPlaying}; status "${midiStatus}"`);
  await setInput('#mixer #crossfader', 0);

  // Stems
  await loadDeck(page, 'deck1', { trackUrl: 'audio/sine440.wav', stemUrls: JSON.stringify(Object.fromEntries(['vocals', 'drums', 'bass', 'other'].map((n) => [n, `audio/stem-${n}.wav`]))) });
  await page.waitForFunction(() => document.getElementById('deck1').audioState.stemsActive, null, { timeout: 20000 });
  await clearEvents();
  await page.locator('#deck1 #stem-mute-vocals').click();
  await page.locator('#deck1 #stem-solo-drums').click();
  await page.waitForTimeout(50);
  const stems = await deck('deck1', 'd.audioState.stemGains');
  check('stems: all four loaded into one worklet; mute vocals and solo drums set the stem gains',
    stems.vocals === 0 && stems.drums === 1 && stems.bass === 0 && stems.other === 0 && (await ev('sfa-deck-stem')).length === 2, JSON.stringify(stems));

  // 6. Properties and restore fire no events
  await frames(3);
  await clearEvents();
  await page.evaluate(() => {
    const now = Date.now();
    const d0 = document.getElementById('deck0');
    d0.trackTitle = 'Restored'; d0.bpm = 120; d0.cues = JSON.stringify([{ slot: 0, time: 2, color: '#ff0000', label: 'Drop' }]);
    d0.state = JSON.stringify({ deck: 0, playing: true, position: 10, positionAt: now, tempoPercent: 3, tempoRange: 8, keyLock: false,
      quantize: true, cuePoint: 4, loop: null, hotCues: [{ slot: 0, time: 2, color: '#ff0000', label: 'Drop' }] });
    document.getElementById('deck1').restore(JSON.stringify({ playing: false, position: 3, tempoPercent: -2, keyLock: true }));
    const m = document.getElementById('mixer');
    m.state = JSON.stringify({ crossfader: -0.5, curve: 'linear', master: 0.7, channels: [{ eqLow: -26, killHigh: true, filter: 0.3 }] });
    m.restore(JSON.stringify({ master: 0.6 }));
    document.getElementById('controls').midiMappings = '[]';
  });
  await page.waitForTimeout(400);
  const silent = await page.evaluate(() => window.events.length);
  const applied = await page.evaluate(() => ({
    d0: [document.getElementById('deck0').playing, document.getElementById('deck0').position, document.getElementById('deck0').audioState.playbackRate],
    d1: [document.getElementById('deck1').position, document.getElementById('deck1').audioState.playbackRate, document.getElementById('deck1').audioState.keyLock],
    m: document.getElementById('mixer').audioState,
  }));
  check('6 setting properties and calling restore() fire no events (and the state is applied)',
    silent === 0 && applied.d0[0] && near(applied.d0[1], 10.4, 0.15) && near(applied.d0[2], 1.03, 1e-9) && near(applied.d1[0], 3, 1e-6)
    && applied.d1[2] && near(applied.m.master, 0.6, 1e-6) && near(applied.m.channels[0].bandGains.low, 0.0501, 1e-3) && applied.m.channels[0].bandGains.high === 0,
    `${silent} events; deck A ${JSON.stringify(applied.d0)}, deck B ${JSON.stringify(applied.d1)}, mixer master ${applied.m.master}, ch0 bands ${JSON.stringify(applied.m.channels[0].bandGains)}, filter ${JSON.stringify(applied.m.channels[0].filter)}`);
  await page.evaluate(() => document.getElementById('deck0').handleAction('play', true));
  await page.screenshot({ path: join(dirname(fileURLToPath(import.meta.url)), 'www', 'harness.png') });
} catch (err) {
  check('harness ran to the end', false, err.stack);
} finally {
  await close();
}

// 7. Spectator page: no audio at all, playhead extrapolated
const spec = await openHarness('spectator.html');
try {
  const s = spec.page;
  const r = await s.evaluate(async () => {
    const d = document.getElementById('spectator');
    Object.assign(d, { trackUrl: 'audio/clicks120.wav', duration: 60, bpm: 120, serverClockOffsetMs: 250,
      state: JSON.stringify({ deck: 0, playing: true, position: 5, positionAt: Date.now() + 250, tempoPercent: 8, loop: null }) });
    document.getElementById('mixer').state = JSON.stringify({ crossfader: 0.5 });
    await new Promise((r) => setTimeout(r, 100));
    const a = d.position;
    await new Promise((r) => setTimeout(r, 1000));
    const b = d.position;
    d.shadowRoot.querySelector('#play').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    d.handleAction('play', true);
    d.state = JSON.stringify({ deck: 0, playing: true, position: 5, positionAt: Date.now() + 250 - 2000, tempoPercent: 0, loop: { start: 5, end: 5.5, beats: 1, active: true } });
    await new Promise((r) => setTimeout(r, 50));
    const looped = [];
    for (let i = 0; i < 20; i++) { looped.push(d.position); await new Promise((r) => setTimeout(r, 30)); }
    return { a, b, calls: window.audioCalls, engine: window.dj.DjEngine.peek() !== null, events: window.events.length, looped, mixer: document.getElementById('mixer').audioState };
  });
  check('7 spectator: no AudioContext, no source started, no audio fetched; playhead extrapolates at the deck rate; no events',
    r.calls.contexts === 0 && r.calls.starts === 0 && r.calls.fetches === 0 && !r.engine && near(r.b - r.a, 1.08, 0.06) && r.events === 0 && r.mixer === null
    && r.looped.every((p) => p >= 5 && p < 5.5),
    `advanced ${(r.b - r.a).toFixed(3)} s in 1 s at +8 %, calls ${JSON.stringify(r.calls)}, engine=${r.engine}, events ${r.events}, looped ${Math.min(...r.looped).toFixed(3)}–${Math.max(...r.looped).toFixed(3)} s`);
} finally {
  await spec.close();
}

const failed = results.filter((r) => !r.ok).length;
console.log(`\n${results.length - failed}/${results.length} checks passed`);
process.exit(failed ? 1 : 0);
