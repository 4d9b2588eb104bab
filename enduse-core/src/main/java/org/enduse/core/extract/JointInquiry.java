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
 * state for such a sentence, and none of the list is the inquiry's target.
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

    /** The holder's state and the states of the actors listed with one of its mentions before the cue, the holder's first. */
    private static Set<String> listedWith(String holder, SentenceRoles roles, List<Mention> in, int cueStart) {
        List<Mention> actors = Lists.where(in, m -> m.end() <= cueStart && SentenceRoles.canAct(m) && SentenceRoles.countryOf(m) != null);
        Set<String> out = new LinkedHashSet<>();
        out.add(holder);
        for (int i = 0; i < actors.size(); i++) {
            if (!holder.equals(SentenceRoles.countryOf(actors.get(i)))) continue;
            int first = i, last = i;
            while (first > 0 && listed(roles, actors.get(first - 1), actors.get(first))) first--;
            while (last < actors.size() - 1 && listed(roles, actors.get(last), actors.get(last + 1))) last++;
            for (Mention m : actors.subList(first, last + 1)) out.add(Objects.requireNonNull(SentenceRoles.countryOf(m)));
        }
        return out;
    }

    /**
     * Two actors listed: "Ukraine and the US", "US, Ukraine" (a bare comma, as headlines list); not "... provided
     * Ukraine, the Government Accountability Office said", where a comma and an article open the next clause.
     */
    private static boolean listed(SentenceRoles roles, Mention left, Mention right) {
        if (!roles.coordinated(left, right)) return false;
        Passage s = roles.passage();
        if (s.between(left.end(), right.start()).strip().equals(",")) return true;
        for (int t = 0; t < s.tokens().size(); t++) {
            int at = s.tokens().get(t).start();
            if (at >= left.end() && at < right.start() && s.cueAt(t, Lexicon.get(), "coordinator") != null) return true;
        }
        return false;
    }
}
