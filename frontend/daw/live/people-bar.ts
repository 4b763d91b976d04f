import { html, nothing } from 'lit';
import type { Person } from './presence-room';

/** What the bar needs: the people in the project, this screen's person, and whom this screen follows. */
export interface PeopleBarModel {
  people: Person[];
  me: string | null;
  following: string | null;
}

/**
 * Who is in the project: a chip per person in their colour, with their number of screens and whom they follow;
 * a click on someone else's chip follows them (view and transport), a second click stops following.
 */
export function renderPeopleBar(m: PeopleBarModel, follow: (name: string | null) => void) {
  if (!m.people.length) return nothing;
  return html`<div class="people" aria-label="In this project">
    ${m.people.map((p) => {
      const mine = p.name === m.me;
      const followed = p.name === m.following;
      const screens = p.screens.length > 1 ? ` ×${p.screens.length}` : '';
      const leads = p.screens.map((s) => s.following).find((f) => f);
      const title = mine
        ? 'You'
        : followed
          ? `Following ${p.name}: click to stop`
          : `Follow ${p.name}'s view and playback`;
      return html`<button class="person ${followed ? 'on' : ''}" data-person=${p.name} style="--person:${p.color}"
        title=${title} ?disabled=${mine} @click=${() => follow(followed ? null : p.name)}>
        <span class="dot"></span>${p.name}${mine ? ' (you)' : ''}${screens}${leads ? html` → ${leads}` : nothing}
      </button>`;
    })}
    ${m.following ? html`<span class="following">Following ${m.following}</span>` : nothing}
  </div>`;
}
