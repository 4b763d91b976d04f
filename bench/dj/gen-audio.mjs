// Writes the harness's synthetic test audio (16-bit PCM WAV, 44.1 kHz stereo) into www/audio/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), 'www', 'audio');
mkdirSync(out, { recursive: true });
const RATE = 44100;

function wav(name, seconds, sample) {
  const n = Math.round(seconds * RATE);
  const buf = Buffer.alloc(44 + n * 4);
  buf.write('RIFF', 0); buf.writeUInt32LE(36 + n * 4, 4); buf.write('WAVE', 8);
  buf.write('fmt ', 12); buf.writeUInt32LE(16, 16); buf.writeUInt16LE(1, 20); buf.writeUInt16LE(2, 22);
  buf.writeUInt32LE(RATE, 24); buf.writeUInt32LE(RATE * 4, 28); buf.writeUInt16LE(4, 32); buf.writeUInt16LE(16, 34);
  buf.write('data', 36); buf.writeUInt32LE(n * 4, 40);
  for (let i = 0; i < n; i++) {
    const v = Math.max(-1, Math.min(1, sample(i / RATE)));
    const s = Math.round(v * 32767);
    buf.writeInt16LE(s, 44 + 4 * i); buf.writeInt16LE(s, 46 + 4 * i);
  }
  writeFileSync(join(out, name), buf);
}

// Clicks at 120 BPM (a beat every 0.5 s, first at 0), downbeats louder, over a quiet 110 Hz bed.
wav('clicks120.wav', 60, (t) => {
  const beat = Math.floor(t / 0.5 + 1e-9);
  const dt = t - beat * 0.5;
  const click = dt < 0.02 ? Math.sin(2 * Math.PI * 1000 * dt) * Math.exp(-dt * 200) * (beat % 4 === 0 ? 0.9 : 0.5) : 0;
  return click + 0.05 * Math.sin(2 * Math.PI * 110 * t);
});
wav('sine440.wav', 30, (t) => 0.5 * Math.sin(2 * Math.PI * 440 * t));
// A 126 BPM click track, for sync.
wav('clicks126.wav', 60, (t) => {
  const period = 60 / 126;
  const dt = t - 0.1 - Math.floor((t - 0.1) / period) * period;
  return t >= 0.1 && dt < 0.02 ? Math.sin(2 * Math.PI * 1500 * dt) * Math.exp(-dt * 200) * 0.6 : 0;
});
const stems = { vocals: 220, drums: 330, bass: 550, other: 660 };
for (const [name, f] of Object.entries(stems)) wav(`stem-${name}.wav`, 30, (t) => 0.2 * Math.sin(2 * Math.PI * f * t));
console.log(`audio written to ${out}`);
