/**
 * DJ sessions: the decks' and mixer's state as the DJ's browser reports it (the browser acts on the audio first,
 * then tells the server), persisted so a reload restores the set, broadcast on {@code dj:session:{id}} to every
 * other screen (never back to the one it came from), share links for spectators, presence and messages.
 */
package com.soundforge.dj;
