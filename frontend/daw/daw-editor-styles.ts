import { css } from 'lit';
import { HEADER_WIDTH, ROW_HEIGHT, RULER_HEIGHT } from './timeline-view';

/** The editor's look: toolbar on top, track headers left of the lanes, ruler above them. */
export const dawEditorStyles = css`
  :host { display: flex; flex-direction: column; min-height: 360px; height: 100%; position: relative;
    background: #0b1020; color: #e2e8f0; font: 12px/1.3 system-ui, sans-serif; outline: none; }
  button, select, input { font: inherit; color: inherit; background: #1e293b; border: 1px solid #334155;
    border-radius: 4px; }
  button { padding: 2px 8px; cursor: pointer; }
  button.on { background: #0e7490; border-color: #22d3ee; }
  .view-only { padding: 2px 8px; border-radius: 10px; background: #f59e0b; color: #1c1917; font-weight: 600; }
  button:disabled, select:disabled, input:disabled { opacity: 0.4; cursor: default; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; padding: 6px 8px;
    border-bottom: 1px solid #1e293b; }
  .toolbar .position { font-variant-numeric: tabular-nums; min-width: 120px; padding: 0 6px; color: #fde68a; }
  .toolbar input.bpm { width: 72px; }
  .grid { flex: 1; min-height: 0; display: grid; grid-template-columns: ${HEADER_WIDTH}px 1fr;
    grid-template-rows: ${RULER_HEIGHT}px 1fr; }
  .corner { border-right: 1px solid #1e293b; border-bottom: 1px solid #1e293b; padding: 4px 8px; color: #94a3b8; }
  .ruler-box, .lanes-box { position: relative; overflow: hidden; }
  .marker-name { position: absolute; top: 8px; width: 160px; height: 16px; box-sizing: border-box; padding: 0 4px;
    font-size: 11px; z-index: 2; }
  .ruler { width: 100%; height: ${RULER_HEIGHT}px; display: block; cursor: pointer; touch-action: none; }
  .headers { overflow: hidden; border-right: 1px solid #1e293b; }
  .track { height: ${ROW_HEIGHT}px; box-sizing: border-box; padding: 3px 6px 3px 4px; border-bottom: 1px solid #1e293b;
    border-left: 4px solid var(--track-color); display: flex; flex-direction: column; gap: 2px; }
  .track.drop-before { box-shadow: inset 0 3px 0 #38bdf8; }
  .drop-end { height: 3px; background: #38bdf8; }
  .drop-below { height: ${ROW_HEIGHT}px; color: #64748b; padding: 8px; box-sizing: border-box; }
  .track-row { display: flex; gap: 3px; align-items: center; }
  .track-row .name { flex: 1; min-width: 0; padding: 1px 4px; }
  .track-row button { padding: 0 5px; }
  .track-row .solo.on { background: #a16207; border-color: #facc15; }
  .track-row .mute.on { background: #7f1d1d; border-color: #f87171; }
  .color { width: 20px; height: 18px; padding: 0; border: none; background: none; }
  .grip { cursor: grab; color: #64748b; user-select: none; touch-action: none; padding: 0 2px; }
  .fader { display: grid; grid-template-columns: 26px 1fr 52px; align-items: center; gap: 4px; color: #94a3b8; }
  .fader input { height: 12px; margin: 0; }
  .fader output { text-align: right; font-variant-numeric: tabular-nums; }
  .level { display: block; height: 4px; background: #1e293b; border-radius: 2px; overflow: hidden; }
  .level > * { display: block; height: 100%; width: 0;
    background: linear-gradient(90deg, #22c55e 70%, #eab308 90%, #ef4444); }
  .master { display: grid; grid-template-columns: auto 120px 60px; column-gap: 4px; align-items: center;
    color: #94a3b8; }
  .master input { height: 12px; margin: 0; }
  .master output { text-align: right; font-variant-numeric: tabular-nums; }
  .master .level { grid-column: 2; }
  .scroller { position: absolute; inset: 0; overflow: auto; }
  .peers-canvas { position: absolute; left: 0; top: 0; pointer-events: none; }
  .people { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; padding: 4px 8px;
    border-bottom: 1px solid #1e293b; }
  .person { display: inline-flex; align-items: center; gap: 5px; border-color: var(--person); }
  .person:disabled { opacity: 1; cursor: default; }
  .person.on { background: color-mix(in srgb, var(--person) 35%, #1e293b); }
  .person .dot { width: 9px; height: 9px; border-radius: 50%; background: var(--person); }
  .following { color: #94a3b8; }
  .lanes-canvas { position: sticky; left: 0; top: 0; display: block; touch-action: none; }
  .playhead, .ruler-playhead { position: absolute; top: 0; bottom: 0; width: 2px; margin-left: -1px;
    background: #ef4444; pointer-events: none; will-change: transform; }
  .menu { position: absolute; z-index: 5; display: flex; flex-direction: column; gap: 4px; padding: 8px;
    background: #111827; border: 1px solid #334155; border-radius: 6px; box-shadow: 0 8px 24px #0008; min-width: 200px; }
  .menu label { display: flex; gap: 6px; align-items: center; justify-content: space-between; }
  .help-overlay { position: absolute; inset: 0; z-index: 6; background: #000a; display: flex; align-items: center;
    justify-content: center; }
  .help-box { background: #111827; border: 1px solid #334155; border-radius: 8px; padding: 12px 18px;
    max-height: 90%; overflow: auto; }
  .help-overlay th { text-align: left; padding-right: 16px; color: #fde68a; font-weight: 600; white-space: nowrap; }
  .toast { position: absolute; left: 50%; bottom: 16px; transform: translateX(-50%); z-index: 7; padding: 8px 14px;
    background: #7f1d1d; border: 1px solid #f87171; border-radius: 6px; }
  .loading { padding: 24px; color: #94a3b8; }
`;
