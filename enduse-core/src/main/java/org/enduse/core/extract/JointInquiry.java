package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An inquiry held by states listed together: "US, Ukraine Conduct First Ever Joint Audit", "Україна і США
 * провели першу спільну інспекцію", "US and Ukrainian auditors have inspected". Each listed state holds it, as
 * each listed giver gives (one transfer per donor): the labellers of batches 51 and 58 write one inquiry per
 * state for such a sentence, and none of the list is the inquiry's target. The list must be the cue's subject, in its
 * clause (after review of round 54): not "Russia and Ukraine traded accusations, and the US launched an inquiry", not
 * "Germany and France said the United States opened an investigation", not "The US, Ukraine's main backer, launched".
 */
final class JointInquiry {
    private JointInquiry() {}

    /**
     * The inquiry read at the cue starting at cueStart, one per state listed with its holder before the cue:
     * the inquiry itself first (its target dropped when that is a listed holder), then the others'. A summons
     * has one summoner, the listed states being the envoys ({@link Summons#otherEnvoys}), so it stays as read.
     */
    static List<Event> perHolder(Event inquiry, SentenceRoles roles, List<Mention> in, int cueStart) {
        if (inquiry == null) return List.of();
        if (inquiry.by() == null || "summons".equals(inquiry.kind())) return List.of(inquiry);
        Set<String> holders = listedWith(inquiry.by(), roles, in, cueStart);
        if (holders.size() < 2) return List.of(inquiry);
        String target = holders.contains(inquiry.target()) ? null : inquiry.target();
        List<Event> out = new ArrayList<>();
        for (String holder : holders) {
            out.add(new Event(inquiry.type(), null, null, inquiry.equipment(), null, null, null, null, null, null, null, holder, target,
                    inquiry.kind(), null, inquiry.attributedTo(), inquiry.confidence(), inquiry.evidenceStart(), inquiry.evidenceEnd()));
        }
        return out;
    }

    /**
     * The holder's state and the states of the actors listed with one of its mentions before the cue, the holder's first;
     * only a list that {@link #leadsTo} the cue counts.
     */
    private static Set<String> listedWith(String holder, SentenceRoles roles, List<Mention> in, int cueStart) {
        List<Mention> actors = Lists.where(in, m -> m.end() <= cueStart && SentenceRoles.canAct(m) && SentenceRoles.countryOf(m) != null);
        Set<String> out = new LinkedHashSet<>();
        out.add(holder);
        for (int i = 0; i < actors.size(); i++) {
            if (!holder.equals(SentenceRoles.countryOf(actors.get(i)))) continue;
            int first = i, last = i;
            while (first > 0 && listed(roles, actors.get(first - 1), actors.get(first))) first--;
            while (last < actors.size() - 1 && listed(roles, actors.get(last), actors.get(last + 1))) last++;
            if (!leadsTo(roles, actors.get(last), cueStart, in)) continue;
            for (Mention m : actors.subList(first, last + 1)) out.add(Objects.requireNonNull(SentenceRoles.countryOf(m)));
        }
        return out;
    }

    /**
     * Two actors listed: "Ukraine and the US", "US, Ukraine" (a bare comma, as headlines list); not "... provided
     * Ukraine, the Government Accountability Office said", where a comma and an article open the next clause, nor "The
     * US, Ukraine's main backer,", where a possessive after the comma opens an apposition.
     */
    private static boolean listed(SentenceRoles roles, Mention left, Mention right) {
        if (!roles.coordinated(left, right)) return false;
        Passage s = roles.passage();
        if (s.between(left.end(), right.start()).strip().equals(",")) return !SentenceRoles.possessive(s, right);
        for (int t = 0; t < s.tokens().size(); t++) {
            int at = s.tokens().get(t).start();
            if (at >= left.end() && at < right.start() && s.cueAt(t, Lexicon.get(), "coordinator") != null) return true;
        }
        return false;
    }

    /** Words that open another clause between a list and the cue: "said", "that", "which". */
    private static final String[] CLAUSE_OPENERS = {"speech", "complementizer", "relpronoun"};

    /**
     * Whether the list ending with {@code last} is the subject of the cue at cueStart: in the cue's clause (no clause mark,
     * no reporting verb, complementizer or relative pronoun between), with no other actor between ("Germany and France
     * said the United States opened", "The US, Ukraine's main backer, launched").
     */
    private static boolean leadsTo(SentenceRoles roles, Mention last, int cueStart, List<Mention> in) {
        Passage s = roles.passage();
        int from = roles.lastToken(last) + 1, cue = SentenceRoles.firstEndingAfter(s, cueStart);
        if (roles.clauseBreak(from, cue) || Lists.any(in, m -> m.start() >= last.end() && m.end() <= cueStart && SentenceRoles.canAct(m))) return false;
        for (int k = from; k < cue; k++) if (s.cueAt(k, Lexicon.get(), CLAUSE_OPENERS) != null) return false;
        return true;
    }
}
