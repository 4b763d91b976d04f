/** `m:ss`, or `m:ss.t` with `tenths`; a negative, NaN or infinite time shows as zero. */
export function formatTime(seconds: number, tenths = false): string {
  const s = Number.isFinite(seconds) ? Math.max(0, seconds) : 0;
  const whole = `${Math.floor(s / 60)}:${Math.floor(s % 60)
    .toString()
    .padStart(2, '0')}`;
  return tenths ? `${whole}.${Math.floor((s % 1) * 10)}` : whole;
}
