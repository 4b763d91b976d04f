import type { ProjectState } from '../model/project-types';
import { renderOffline } from './render-offline';

/** A render as plain data for WebDriver: each channel as base64 of its float32 little-endian samples. */
export interface EncodedRender {
  sampleRate: number;
  frames: number;
  left: string;
  right: string;
}

declare global {
  interface Window {
    sfaDawRender?: typeof renderOffline;
    sfaDawRenderEncoded?: (state: ProjectState, projectId: string, from: number, to: number) => Promise<EncodedRender>;
  }
}

function base64Of(samples: Float32Array): string {
  const bytes = new Uint8Array(samples.length * 4);
  const view = new DataView(bytes.buffer);
  samples.forEach((x, i) => view.setFloat32(i * 4, x, true));
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/**
 * Exposes the offline renderer for browser tests (DawRenderParityTest): `window.sfaDawRender` returns the
 * AudioBuffer, `window.sfaDawRenderEncoded` the same render as base64 channels a WebDriver script can return.
 */
export function installDawTestHooks(): void {
  window.sfaDawRender = renderOffline;
  window.sfaDawRenderEncoded = async (state, projectId, from, to) => {
    const buffer = await renderOffline(state, projectId, from, to);
    return {
      sampleRate: buffer.sampleRate,
      frames: buffer.length,
      left: base64Of(buffer.getChannelData(0)),
      right: base64Of(buffer.getChannelData(1)),
    };
  };
}
