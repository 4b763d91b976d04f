package com.soundforge.dj;

import com.soundforge.dj.DeckState.HotCue;
import com.soundforge.dj.DeckState.Loop;
import com.soundforge.dj.DeckState.StemControl;
import com.soundforge.dj.DjCommand.Crossfader;
import com.soundforge.dj.DjCommand.Cue;
import com.soundforge.dj.DjCommand.DeckCommand;
import com.soundforge.dj.DjCommand.HotCueChange;
import com.soundforge.dj.DjCommand.Load;
import com.soundforge.dj.DjCommand.LoopChange;
import com.soundforge.dj.DjCommand.Master;
import com.soundforge.dj.DjCommand.MixerChange;
import com.soundforge.dj.DjCommand.Nudge;
import com.soundforge.dj.DjCommand.Play;
import com.soundforge.dj.DjCommand.Quantize;
import com.soundforge.dj.DjCommand.Seek;
import com.soundforge.dj.DjCommand.Stem;
import com.soundforge.dj.DjCommand.Sync;
import com.soundforge.dj.DjCommand.Tempo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a DJ's command to the session state: validates every value (the browser is not trusted), stamps
 * positions with the server time, and says which events the other screens get.
 */
final class DjReducer {

    record Result(DjSessionState state, List<DjEvent> events) {
    }

    static final Set<String> STEMS = Set.of("vocals", "drums", "bass", "other");
    private static final int HOT_CUES = 8;

    private DjReducer() {
    }

    static Result apply(DjSessionState state, DjCommand command, long nowMs) {
        if (command instanceof DeckCommand deckCommand) {
            return applyToDeck(state, deckCommand, nowMs);
        }
        MixerState mixer = state.mixer();
        MixerState changed = switch (command) {
            case Crossfader c -> new MixerState(range("crossfader", c.value(), -1, 1), curve(c.curve()),
                    mixer.master(), mixer.channels());
            case Master m -> new MixerState(mixer.crossfader(), mixer.curve(), range("master", m.value(), 0, 1),
                    mixer.channels());
            case MixerChange m -> withChannel(mixer, m);
            default -> throw new IllegalArgumentException("Unknown command " + command);
        };
        DjSessionState next = state.withMixer(changed);
        return new Result(next, List.of(new DjEvent(DjEvent.MIXER_CHANGED, changed)));
    }

    private static Result applyToDeck(DjSessionState state, DeckCommand command, long nowMs) {
        if (command.deck() < 0 || command.deck() >= state.decks().size()) {
            throw new IllegalArgumentException("There is no deck " + command.deck());
        }
        DeckState deck = state.decks().get(command.deck());
        if (deck.track() == null && !(command instanceof Load)) {
            throw new IllegalArgumentException("Deck " + (command.deck() + 1) + " has no track loaded");
        }
        List<DjEvent> extra = new ArrayList<>();
        DeckState next = switch (command) {
            case Load l -> {
                DeckState fresh = DeckState.empty(deck.deck()).with(b -> {
                    b.track = l.track();
                    b.tempoRange = deck.tempoRange();
                    b.keyLock = deck.keyLock();
                    b.quantize = deck.quantize();
                    b.hotCues = sortedCues(l.savedCues());
                    b.loop = l.savedLoop() == null ? null
                            : new Loop(l.savedLoop().start(), l.savedLoop().end(), l.savedLoop().beats(), false);
                    return b.at(0, nowMs);
                });
                extra.add(new DjEvent(DjEvent.TRACK_LOADED, fresh));
                yield fresh;
            }
            case Play p -> deck.with(b -> {
                b.playing = p.playing();
                return b.at(position(deck, p.position()), nowMs);
            });
            case Seek s -> deck.with(b -> b.at(position(deck, s.position()), nowMs));
            case Cue c -> {
                DeckState cued = deck.with(b -> {
                    if ("set".equals(c.action())) {
                        b.cuePoint = position(deck, c.cuePoint() == null ? c.position() : c.cuePoint());
                    } else if (!Set.of("jump", "preview-start", "preview-end").contains(c.action())) {
                        throw new IllegalArgumentException("Unknown cue action " + c.action());
                    }
                    b.playing = c.playing();
                    return b.at(position(deck, c.position()), nowMs);
                });
                if ("set".equals(c.action())) {
                    extra.add(new DjEvent(DjEvent.CUE_UPDATED, cued));
                }
                yield cued;
            }
            case HotCueChange h -> hotCue(deck, h, nowMs, extra);
            case LoopChange l -> {
                DeckState looped = deck.with(b -> {
                    b.loop = loop(deck, l.loop());
                    return b.at(position(deck, l.position()), nowMs);
                });
                extra.add(new DjEvent(DjEvent.LOOP_CHANGED, looped));
                yield looped;
            }
            case Tempo t -> deck.with(b -> {
                b.tempoRange = tempoRange(t.tempoRange());
                b.tempoPercent = range("tempo", t.tempoPercent(), -b.tempoRange, b.tempoRange);
                b.keyLock = t.keyLock();
                b.synced = false;
                // the playhead keeps its place; only its speed changes from now on
                return b.at(deck.positionAt(nowMs), nowMs);
            });
            case Nudge n -> deck.with(b -> {
                if (Math.abs(n.direction()) > 1) {
                    throw new IllegalArgumentException("Nudge directions are -1, 0 and 1");
                }
                return b.at(position(deck, n.position()), nowMs);
            });
            case Sync s -> deck.with(b -> {
                b.synced = s.on();
                b.tempoPercent = range("tempo", s.tempoPercent(), -50, 50);
                b.tempoRange = Math.max(b.tempoRange, DeckState.TEMPO_RANGES.stream()
                        .filter(r -> r >= Math.abs(s.tempoPercent())).findFirst().orElse(50));
                return b.at(position(deck, s.position()), nowMs);
            });
            case Quantize q -> deck.with(b -> {
                b.quantize = q.on();
                return b;
            });
            case Stem s -> deck.with(b -> {
                if (!STEMS.contains(s.stem())) {
                    throw new IllegalArgumentException("Unknown stem " + s.stem());
                }
                Map<String, StemControl> stems = new HashMap<>(b.stems);
                stems.put(s.stem(), new StemControl(s.muted(), s.solo(), range("stem volume", s.volume(), 0, 2)));
                b.stems = stems;
                return b;
            });
        };
        List<DjEvent> events = new ArrayList<>();
        events.add(new DjEvent(DjEvent.DECK_STATE_CHANGED, next));
        events.addAll(extra);
        return new Result(state.withDeck(next), events);
    }

    private static DeckState hotCue(DeckState deck, HotCueChange h, long nowMs, List<DjEvent> extra) {
        if (h.slot() < 0 || h.slot() >= HOT_CUES) {
            throw new IllegalArgumentException("Hot cue slots are 1 to 8");
        }
        List<HotCue> cues = new ArrayList<>(deck.hotCues().stream().filter(c -> c.slot() != h.slot()).toList());
        DeckState changed = switch (h.action()) {
            case "set" -> {
                cues.add(new HotCue(h.slot(), position(deck, h.time() == null ? h.position() : h.time()),
                        color(h.color()), null));
                yield deck.with(b -> {
                    b.hotCues = sortedCues(cues);
                    return b;
                });
            }
            case "delete" -> deck.with(b -> {
                b.hotCues = sortedCues(cues);
                return b;
            });
            case "trigger" -> deck.with(b -> {
                b.playing = h.playing();
                return b.at(position(deck, h.position()), nowMs);
            });
            default -> throw new IllegalArgumentException("Unknown hot cue action " + h.action());
        };
        extra.add(new DjEvent("trigger".equals(h.action()) ? DjEvent.HOT_CUE_TRIGGERED : DjEvent.CUE_UPDATED,
                java.util.Map.of("deck", deck.deck(), "slot", h.slot(), "state", changed)));
        return changed;
    }

    private static MixerState withChannel(MixerState mixer, MixerChange m) {
        if (m.channel() < 0 || m.channel() >= mixer.channels().size()) {
            throw new IllegalArgumentException("There is no mixer channel " + m.channel());
        }
        MixerState.Channel c = mixer.channels().get(m.channel());
        double v = m.value();
        MixerState.Channel changed = switch (m.param()) {
            case "gain" -> new MixerState.Channel(range("gain", v, 0, 2), c.eqLow(), c.eqMid(), c.eqHigh(),
                    c.killLow(), c.killMid(), c.killHigh(), c.filter(), c.fader());
            case "eqLow" -> new MixerState.Channel(c.gain(), range("EQ", v, -26, 6), c.eqMid(), c.eqHigh(),
                    c.killLow(), c.killMid(), c.killHigh(), c.filter(), c.fader());
            case "eqMid" -> new MixerState.Channel(c.gain(), c.eqLow(), range("EQ", v, -26, 6), c.eqHigh(),
                    c.killLow(), c.killMid(), c.killHigh(), c.filter(), c.fader());
            case "eqHigh" -> new MixerState.Channel(c.gain(), c.eqLow(), c.eqMid(), range("EQ", v, -26, 6),
                    c.killLow(), c.killMid(), c.killHigh(), c.filter(), c.fader());
            case "killLow" -> new MixerState.Channel(c.gain(), c.eqLow(), c.eqMid(), c.eqHigh(), v != 0,
                    c.killMid(), c.killHigh(), c.filter(), c.fader());
            case "killMid" -> new MixerState.Channel(c.gain(), c.eqLow(), c.eqMid(), c.eqHigh(), c.killLow(),
                    v != 0, c.killHigh(), c.filter(), c.fader());
            case "killHigh" -> new MixerState.Channel(c.gain(), c.eqLow(), c.eqMid(), c.eqHigh(), c.killLow(),
                    c.killMid(), v != 0, c.filter(), c.fader());
            case "filter" -> new MixerState.Channel(c.gain(), c.eqLow(), c.eqMid(), c.eqHigh(), c.killLow(),
                    c.killMid(), c.killHigh(), range("filter", v, -1, 1), c.fader());
            case "fader" -> new MixerState.Channel(c.gain(), c.eqLow(), c.eqMid(), c.eqHigh(), c.killLow(),
                    c.killMid(), c.killHigh(), c.filter(), range("fader", v, 0, 1));
            default -> throw new IllegalArgumentException("Unknown mixer control " + m.param());
        };
        List<MixerState.Channel> channels = new ArrayList<>(mixer.channels());
        channels.set(m.channel(), changed);
        return new MixerState(mixer.crossfader(), mixer.curve(), mixer.master(), List.copyOf(channels));
    }

    private static Loop loop(DeckState deck, Loop loop) {
        if (loop == null) {
            return null;
        }
        double start = position(deck, loop.start());
        double end = position(deck, loop.end());
        if (end <= start) {
            throw new IllegalArgumentException("A loop must end after it starts");
        }
        if (loop.beats() != null) {
            range("loop length", loop.beats(), 1 / 32.0, 64);
        }
        return new Loop(start, end, loop.beats(), loop.active());
    }

    private static List<HotCue> sortedCues(List<HotCue> cues) {
        return cues.stream().sorted(Comparator.comparingInt(HotCue::slot)).toList();
    }

    private static double position(DeckState deck, double seconds) {
        double duration = deck.track() == null ? Double.MAX_VALUE : deck.track().durationSeconds();
        return range("position", seconds, 0, duration);
    }

    private static int tempoRange(int range) {
        if (!DeckState.TEMPO_RANGES.contains(range)) {
            throw new IllegalArgumentException("Tempo ranges are ±8, ±16 and ±50 %");
        }
        return range;
    }

    private static String curve(String curve) {
        if (!MixerState.CURVES.contains(curve)) {
            throw new IllegalArgumentException("Crossfader curves are linear, power and cut");
        }
        return curve;
    }

    private static String color(String color) {
        if (color == null) {
            return "#e53935";
        }
        if (!color.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("Colours are #rrggbb");
        }
        return color;
    }

    private static double range(String what, double value, double min, double max) {
        if (!Double.isFinite(value) || value < min - 1e-9 || value > max + 1e-9) {
            throw new IllegalArgumentException("%s %s is outside %s…%s".formatted(what, value, min, max));
        }
        return Math.max(min, Math.min(max, value));
    }
}
