// Harness bundle entry: every DJ component plus the pure modules the checks call directly.
import '../../frontend/dj/sfa-deck';
import '../../frontend/dj/sfa-mixer';
import '../../frontend/dj/sfa-dj-controls';
import '../../frontend/dj/sfa-dj-console';
export { DjEngine } from '../../frontend/dj/audio/dj-engine';
export * as curves from '../../frontend/dj/audio/curves';
export * as midi from '../../frontend/dj/midi-map';
export * as keys from '../../frontend/dj/keymap';
export { ChannelStrip } from '../../frontend/dj/audio/channel-strip';
