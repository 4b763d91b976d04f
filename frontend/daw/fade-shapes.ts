import type { FadeCurve } from './model/project-types';

/** The README's fade curves, rising from 0 to 1 on u in [0, 1]. */
export function fadeGain(curve: FadeCurve, u: number): number {
  const x = Math.max(0, Math.min(1, u));
  switch (curve) {
    case 'exponential':
      return (2 ** (10 * x) - 1) / 1023;
    case 'logarithmic':
      return Math.log2(1 + 1023 * x) / 10;
    case 'scurve':
      return (1 - Math.cos(Math.PI * x)) / 2;
    default:
      return x;
  }
}
