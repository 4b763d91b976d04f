import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Sizes a canvas to its box in device pixels and returns its 2D context, or null before layout. */
export function fitCanvas(
  canvas: HTMLCanvasElement | null,
): { g: CanvasRenderingContext2D; width: number; height: number; ratio: number } | null {
  if (!canvas) return null;
  const ratio = window.devicePixelRatio || 1;
  const width = Math.max(1, Math.round(canvas.clientWidth * ratio));
  const height = Math.max(1, Math.round(canvas.clientHeight * ratio));
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  const g = canvas.getContext('2d');
  return g ? { g, width, height, ratio } : null;
}

/** Calls `draw` whenever the host element's box changes size, while the host is connected. */
export class RedrawOnResize implements ReactiveController {
  private readonly host: ReactiveControllerHost & Element;
  private readonly observer: ResizeObserver;

  constructor(host: ReactiveControllerHost & Element, draw: () => void) {
    this.host = host;
    this.observer = new ResizeObserver(draw);
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }
}
