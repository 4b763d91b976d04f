package com.soundforge.dj;

import static com.soundforge.dj.CommandValues.colour;
import static com.soundforge.dj.CommandValues.position;
import static com.soundforge.dj.CommandValues.range;
import static com.soundforge.dj.CommandValues.sortedCues;
import static com.soundforge.dj.CommandValues.tempoRange;

import com.soundforge.dj.DeckState.HotCue;
import com.soundforge.dj.DeckState.Loop;
import com.soundforge.dj.DeckState.StemControl;
import com.soundforge.dj.DjCommand.Cue;
import com.soundforge.dj.DjCommand.DeckCommand;
import com.soundforge.dj.DjCommand.HotCueChange;
import com.soundforge.dj.DjCommand.Load;
import com.soundforge.dj.DjCommand.LoopChange;
import com.soundforge.dj.DjCommand.Nudge;
import com.soundforge.dj.DjCommand.Play;
import com.soundforge.dj.DjCommand.Quantize;
import com.soundforge.dj.DjCommand.Seek;
import com.soundforge.dj.DjCommand.Stem;
import com.soundforge.dj.DjCommand.Sync;
import com.soundforge.dj.DjCommand.Tempo;
import com.soundforge.separation.StemType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies one command to one deck. Positions are stamped with the server time; commands that other screens show
 * apart from the deck's state (a load, a cue set, a loop, a hot cue) add their own event to {@code extra}.
 */
final class DeckReducer {

    /** The stems a deck plays: the pipeline's four, by their wire names. */
    private static final Set<String> STEMS =
            StemType.FOUR.stream().map(StemType::wire).collect(Collectors.toUnmodifiableSet());

    private static final int HOT_CUES = 8;
    private static final int MAX_TEMPO_PERCENT = 50;
    private static final double MAX_STEM_VOLUME = 2;
    private static final Set<String> CUE_MOVES = Set.of("jump", "preview-start", "preview-end");

    private final DeckState deck;
    private final long nowMs;
    private final List<DjEvent> extra;

    private DeckReducer(DeckState deck, long nowMs, List<DjEvent> extra) {
        this.deck = deck;
        this.nowMs = nowMs;
        this.extra = extra;
    }

    static DeckState apply(DeckState deck, DeckCommand command, long nowMs, List<DjEvent> extra) {
        return new DeckReducer(deck, nowMs, extra).apply(command);
    }

    private DeckState apply(DeckCommand command) {
        return switch (command) {
            case Load l -> load(l);
            case Play p ->
                deck.with(b -> {
                    b.playing = p.playing();
                    return b.at(position(deck, p.position()), nowMs);
                });
            case Seek s -> deck.with(b -> b.at(position(deck, s.position()), nowMs));
            case Cue c -> cue(c);
            case HotCueChange h -> hotCue(h);
            case LoopChange l -> loop(l);
            case Tempo t -> tempo(t);
            case Nudge n -> nudge(n);
            case Sync s -> sync(s);
            case Quantize q ->
                deck.with(b -> {
                    b.quantize = q.on();
                    return b;
                });
            case Stem s -> stem(s);
        };
    }

    private DeckState load(Load l) {
        DeckState fresh = DeckState.empty(deck.deck()).with(b -> {
            b.track = l.track();
            b.tempoRange = deck.tempoRange();
            b.keyLock = deck.keyLock();
            b.quantize = deck.quantize();
            b.hotCues = sortedCues(l.savedCues());
            b.loop = l.savedLoop() == null
                    ? null
                    : new Loop(
                            l.savedLoop().start(),
                            l.savedLoop().end(),
                            l.savedLoop().beats(),
                            false);
            return b.at(0, nowMs);
        });
        extra.add(new DjEvent(DjEvent.TRACK_LOADED, fresh));
        return fresh;
    }

    private DeckState cue(Cue c) {
        boolean set = "set".equals(c.action());
        if (!set && !CUE_MOVES.contains(c.action())) {
            throw new IllegalArgumentException("Unknown cue action " + c.action());
        }
        DeckState cued = deck.with(b -> {
            if (set) {
                b.cuePoint = position(deck, c.cuePoint() == null ? c.position() : c.cuePoint());
            }
            b.playing = c.playing();
            return b.at(position(deck, c.position()), nowMs);
        });
        if (set) {
            extra.add(new DjEvent(DjEvent.CUE_UPDATED, cued));
        }
        return cued;
    }

    private DeckState hotCue(HotCueChange h) {
        if (h.slot() < 0 || h.slot() >= HOT_CUES) {
            throw new IllegalArgumentException("Hot cue slots are 1 to 8");
        }
        List<HotCue> cues = new ArrayList<>(
                deck.hotCues().stream().filter(c -> c.slot() != h.slot()).toList());
        DeckState changed = switch (h.action()) {
            case "set" -> {
                double time = position(deck, h.time() == null ? h.position() : h.time());
                cues.add(new HotCue(h.slot(), time, colour(h.color()), null));
                yield withCues(cues);
            }
            case "delete" -> withCues(cues);
            case "trigger" ->
                deck.with(b -> {
                    b.playing = h.playing();
                    return b.at(position(deck, h.position()), nowMs);
                });
            default -> throw new IllegalArgumentException("Unknown hot cue action " + h.action());
        };
        String event = "trigger".equals(h.action()) ? DjEvent.HOT_CUE_TRIGGERED : DjEvent.CUE_UPDATED;
        extra.add(new DjEvent(event, Map.of("deck", deck.deck(), "slot", h.slot(), "state", changed)));
        return changed;
    }

    private DeckState withCues(List<HotCue> cues) {
        return deck.with(b -> {
            b.hotCues = sortedCues(cues);
            return b;
        });
    }

    private DeckState loop(LoopChange l) {
        DeckState looped = deck.with(b -> {
            b.loop = checkedLoop(l.loop());
            return b.at(position(deck, l.position()), nowMs);
        });
        extra.add(new DjEvent(DjEvent.LOOP_CHANGED, looped));
        return looped;
    }

    private Loop checkedLoop(Loop loop) {
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

    private DeckState tempo(Tempo t) {
        return deck.with(b -> {
            b.tempoRange = tempoRange(t.tempoRange());
            b.tempoPercent = range("tempo", t.tempoPercent(), -b.tempoRange, b.tempoRange);
            b.keyLock = t.keyLock();
            b.synced = false;
            // the playhead keeps its place; only its speed changes from now on
            return b.at(deck.positionAt(nowMs), nowMs);
        });
    }

    private DeckState nudge(Nudge n) {
        if (Math.abs(n.direction()) > 1) {
            throw new IllegalArgumentException("Nudge directions are -1, 0 and 1");
        }
        return deck.with(b -> b.at(position(deck, n.position()), nowMs));
    }

    private DeckState sync(Sync s) {
        return deck.with(b -> {
            b.synced = s.on();
            b.tempoPercent = range("tempo", s.tempoPercent(), -MAX_TEMPO_PERCENT, MAX_TEMPO_PERCENT);
            b.tempoRange = Math.max(
                    b.tempoRange,
                    DeckState.TEMPO_RANGES.stream()
                            .filter(r -> r >= Math.abs(s.tempoPercent()))
                            .findFirst()
                            .orElse(MAX_TEMPO_PERCENT));
            return b.at(position(deck, s.position()), nowMs);
        });
    }

    private DeckState stem(Stem s) {
        if (!STEMS.contains(s.stem())) {
            throw new IllegalArgumentException("Unknown stem " + s.stem());
        }
        return deck.with(b -> {
            Map<String, StemControl> stems = new HashMap<>(b.stems);
            stems.put(
                    s.stem(),
                    new StemControl(s.muted(), s.solo(), range("stem volume", s.volume(), 0, MAX_STEM_VOLUME)));
            b.stems = stems;
            return b;
        });
    }
}
