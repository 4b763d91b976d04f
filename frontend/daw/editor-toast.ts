import { html, nothing, type ReactiveControllerHost } from 'lit';

/** A message at the bottom of the editor for five seconds: an edit refused, playback that cannot start. */
export class EditorToast {
  text = '';
  private timer = 0;

  constructor(private readonly host: ReactiveControllerHost) {}

  show(text: string) {
    this.text = text;
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.text = '';
      this.host.requestUpdate();
    }, 5000);
  }

  render() {
    return this.text ? html`<div class="toast" role="status">${this.text}</div>` : nothing;
  }
}
