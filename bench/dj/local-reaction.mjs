// Local reaction benchmark: pointer event (event.timeStamp) → the Web Audio call that changes the sound
// (worklet port.postMessage for play and hot cue, AudioParam.setValueAtTime for EQ kill and crossfader),
// as recorded by DjEngine.lastAudioCallAt (performance.now() taken at the call). Real input through CDP.
import { loadDeck, openHarness } from './browser.mjs';

const TRIALS = Number(process.env.TRIALS || 250);
const beats = JSON.stringify(Array.from({ length: 120 }, (_, i) => i * 0.5));
const { page, close } = await openHarness();
try {
  await loadDeck(page, 'deck0', { trackUrl: 'audio/clicks120.wav', bpm: 120, beats,
    cues: JSON.stringify([{ slot: 0, time: 8, color: '#e11d48', label: 'A' }]) });
  await page.evaluate(() => {
    window.lastPointer = 0;
    window.addEventListener('pointerdown', (e) => { window.lastPointer = e.timeStamp; window.handlerAt = performance.now(); }, { capture: true });
    // Snapshot before any pointerup/change handler runs, so only the calls made for the pointerdown count.
    window.addEventListener('pointerup', () => (window.callAt = window.dj.DjEngine.get().lastAudioCallAt), { capture: true });
  });
  const centre = async (sel, fx = 0.5) => {
    const box = await page.locator(sel).boundingBox();
    return [box.x + box.width * fx, box.y + box.height / 2];
  };
  const cases = [
    { name: 'play/pause', points: [await centre('#deck0 #play')] },
    { name: 'hot cue trigger', points: [await centre('#deck0 #hotcue-0')] },
    { name: 'EQ kill', points: [await centre('#mixer #ch0-killLow')] },
    { name: 'crossfader', points: [await centre('#mixer #crossfader', 0.25), await centre('#mixer #crossfader', 0.75)] },
  ];
  const rows = [];
  for (const c of cases) {
    const deltas = [];
    const inHandler = [];
    let missed = 0;
    for (let i = 0; i < TRIALS; i++) {
      const [x, y] = c.points[i % c.points.length];
      const before = await page.evaluate(() => window.dj.DjEngine.get().lastAudioCallAt);
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.up();
      const r = await page.evaluate(() => ({ call: window.callAt, pointer: window.lastPointer, handler: window.handlerAt }));
      if (r.call === before || r.call < r.pointer) { missed++; continue; }
      deltas.push(r.call - r.pointer);
      inHandler.push(r.call - r.handler);
    }
    deltas.sort((a, b) => a - b);
    inHandler.sort((a, b) => a - b);
    const pct = (list, p) => list[Math.min(list.length - 1, Math.floor((p / 100) * list.length))];
    rows.push({ action: c.name, trials: deltas.length, missed, p50: pct(deltas, 50), p99: pct(deltas, 99), max: deltas[deltas.length - 1],
      h50: pct(inHandler, 50), h99: pct(inHandler, 99) });
  }
  const ua = await page.evaluate(() => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0]);
  console.log(`Local reaction: pointer event.timeStamp → Web Audio call (${ua}, headless, ${TRIALS} trials each)`);
  console.log('action            trials  missed   p50 ms   p99 ms   max ms   one frame   (in page handlers p50/p99 ms)');
  for (const r of rows) {
    console.log(`${r.action.padEnd(17)} ${String(r.trials).padStart(6)} ${String(r.missed).padStart(7)} ${r.p50.toFixed(3).padStart(8)} ${r.p99.toFixed(3).padStart(8)} ${r.max.toFixed(3).padStart(8)}   16.7 ms     ${r.h50.toFixed(3)} / ${r.h99.toFixed(3)}`);
  }
  const worst = Math.max(...rows.map((r) => r.p99));
  console.log('(timeStamp → call includes the browser input queue; "in page handlers" starts at the first pointerdown listener.');
  console.log('performance.now() is coarsened to 0.1 ms in pages that are not cross-origin isolated.)');
  console.log(`worst p99 ${worst.toFixed(3)} ms = ${((worst / 16.7) * 100).toFixed(1)} % of one 60 Hz frame`);
} finally {
  await close();
}
