/** Decodes waveform peaks sent by Java as base64 (interleaved min/max signed bytes); "" gives no peaks. */
export function decodePeaks(base64: string): Int8Array {
  if (!base64) return new Int8Array(0);
  const binary = atob(base64);
  const bytes = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = (binary.charCodeAt(i) << 24) >> 24;
  return bytes;
}
