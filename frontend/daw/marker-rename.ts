import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { EditorContext } from './editor-context';
import { MAX_MARKER_NAME, renameMarker } from './model/marker-name';
import type { DawMarker } from './model/project-types';
import { xOf } from './timeline-view';

/** The editor element as a marker's name field sees it. */
export type RenameHost = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/**
 * A marker's name, edited in a small field over its flag on the ruler: Enter sends the new name (one batch, one
 * undo step), Escape or clicking elsewhere cancels; an empty name is refused here, the field stays open.
 */
export class MarkerRename {
  private editing: { id: string; x: number; name: string } | null = null;

  constructor(
    private readonly editor: EditorContext & { focus(): void },
    private readonly host: RenameHost,
    private readonly tell: (message: string) => void,
  ) {}

  open(marker: DawMarker) {
    this.editing = { id: marker.id, x: xOf(this.editor.viewport, marker.position), name: marker.name };
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const field = this.host.renderRoot.querySelector<HTMLInputElement>('.marker-name');
      field?.focus();
      field?.select();
    });
  }

  /** The field, where the marker's flag is (nothing when no marker is being renamed). */
  render() {
    const e = this.editing;
    if (!e) return nothing;
    return html`<input class="marker-name" style="left:${Math.max(0, e.x + 10)}px" .value=${e.name} maxlength=${MAX_MARKER_NAME}
      aria-label="Marker name" @keydown=${this.onKey} @blur=${this.onBlur} />`;
  }

  /** Leaving the field cancels; the window losing focus (another window, a resize) does not. */
  private readonly onBlur = () => {
    if (document.hasFocus()) this.close();
  };

  /** Keys typed in the field are the name's, not the editor's shortcuts. */
  private readonly onKey = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      this.send((e.target as HTMLInputElement).value);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.close();
    }
  };

  private send(typed: string) {
    const id = this.editing?.id;
    if (!id) return;
    const ops = renameMarker(this.editor.state, id, typed);
    if (!Array.isArray(ops)) return this.tell(ops.refused);
    this.close();
    if (ops.length) this.editor.commit(ops);
  }

  private readonly close = () => {
    if (!this.editing) return;
    this.editing = null;
    this.host.requestUpdate();
    this.editor.focus();
  };
}
