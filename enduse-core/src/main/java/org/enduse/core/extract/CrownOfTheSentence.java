package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Швеция направила 500 млн крон", "Данія ... на 7 мільярдів крон": a crown written without its
 * state is the crown of the one crown state the sentence names. MoneyFinder reads the bare word as
 * {@link #BARE}; this names the currency, or drops the amount when the sentence names no crown
 * state or more than one (no currency can be told then).
 */
final class CrownOfTheSentence {
    /** The currency MoneyFinder gives a crown written without its state (lexicon.tsv). */
    static final String BARE = "XCROWN";
    private static final Map<String, String> CROWNS = Map.of("SE", "SEK", "NO", "NOK", "DK", "DKK", "CZ", "CZK", "IS", "ISK");

    private CrownOfTheSentence() {}

    /** The paragraph's mentions with every bare crown named or dropped. */
    static List<Mention> resolve(Passage p, List<Mention> mentions) {
        boolean any = false;
        for (Mention m : mentions) any |= m.kind() == MentionKind.MONEY && BARE.equals(m.currency());
        if (!any) return mentions;
        List<Sentences.Span> sentences = Sentences.split(p.text(), p.start(), p.end());
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.kind() != MentionKind.MONEY || !BARE.equals(m.currency())) {
                out.add(m);
                continue;
            }
            String currency = crownNamedIn(sentenceOf(sentences, m), mentions);
            if (currency != null) out.add(m.inCurrency(currency));
        }
        return out;
    }

    private static Sentences.Span sentenceOf(List<Sentences.Span> sentences, Mention m) {
        for (Sentences.Span s : sentences) if (m.start() >= s.start() && m.start() < s.end()) return s;
        return null;
    }

    /** The crown of the only crown state the sentence names, or null. */
    private static String crownNamedIn(Sentences.Span sentence, List<Mention> mentions) {
        if (sentence == null) return null;
        String found = null;
        for (Mention m : mentions) {
            if (m.kind() != MentionKind.COUNTRY || !m.inside(sentence.start(), sentence.end())) continue;
            String crown = CROWNS.get(m.code());
            if (crown == null) continue;
            if (found != null && !found.equals(crown)) return null;
            found = crown;
        }
        return found;
    }
}
