/** Small helpers for setting AudioParams without zipper noise while keeping exact end values. */
export const RAMP_SECONDS = 0.005;

/**
 * Moves `param` to `value` with a 5 ms linear ramp that starts now. The value is exact once the ramp ends, so
 * `param.value` can be read back by tests. Returns `performance.now()` taken right at the `setValueAtTime` call.
 */
export function rampParam(ctx: BaseAudioContext, param: AudioParam, value: number, seconds = RAMP_SECONDS): number {
  const t = ctx.currentTime;
  param.cancelScheduledValues(t);
  const at = performance.now();
  param.setValueAtTime(param.value, t);
  param.linearRampToValueAtTime(value, t + seconds);
  return at;
}

/** Sets `param` right away (used for the initial values of a new graph). */
export function setParam(ctx: BaseAudioContext, param: AudioParam, value: number): void {
  param.cancelScheduledValues(ctx.currentTime);
  param.setValueAtTime(value, ctx.currentTime);
  param.value = value;
}
