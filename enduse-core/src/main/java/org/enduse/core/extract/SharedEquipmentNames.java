package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A name two systems share: "Mamba" is Alvis's vehicle and, in French, the army's name for its SAMP/T
 * (batches 21, 27 and 39, fr: "le SAMP/T, connu sous le nom de Mamba", "Un MAMBA avait déjà été déployé").
 * The matcher picks one entry by the text's language; the report decides when it names one of the
 * entries by another of its names, before the shared name or in its paragraph: the shared name then
 * names that one. Named twice side by side ("Mamba SAMP-T", "SAMP/T MAMBA"), the system is one mention.
 */
final class SharedEquipmentNames {
    private SharedEquipmentNames() {}

    /** The paragraph's mentions with shared names read as the report's entry; {@code before} are the report's earlier mentions. */
    static List<Mention> resolved(List<Mention> paragraph, List<Mention> before, NameMatcher names, Passage p) {
        List<Mention> out = null;
        for (int i = 0; i < paragraph.size(); i++) {
            Mention m = paragraph.get(i);
            if (m.kind() != MentionKind.EQUIPMENT) continue;
            List<Name> entries = names.equipmentNamedBy(Tokenizer.tokenize(m.text(), p.language()), p.language());
            if (entries.size() < 2) continue;
            for (Name entry : entries) {
                if (entry.id().equals(m.id()) || !namedOtherwise(entry.id(), m, paragraph, before)) continue;
                if (out == null) out = new ArrayList<>(paragraph);
                out.set(i, m.naming(entry));
                break;
            }
        }
        return sideBySideJoined(out == null ? paragraph : out, p);
    }

    /** Some other mention of the report names the entry. */
    private static boolean namedOtherwise(String id, Mention shared, List<Mention> paragraph, List<Mention> before) {
        for (List<Mention> list : List.of(before, paragraph)) {
            for (Mention m : list) if (m != shared && m.kind() == MentionKind.EQUIPMENT && id.equals(m.id()) && !m.text().equals(shared.text())) return true;
        }
        return false;
    }

    /** Two mentions of one entry with only a space between them are one ("SAMP/T MAMBA"). */
    private static List<Mention> sideBySideJoined(List<Mention> mentions, Passage p) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention last = lastEquipment(out);
            if (m.kind() == MentionKind.EQUIPMENT && last != null && last.id() != null && last.id().equals(m.id())
                    && p.between(last.end(), m.start()).equals(" ")) {
                out.set(out.lastIndexOf(last), last.over(p.between(last.start(), m.end()), last.start(), m.end()));
                continue;
            }
            out.add(m);
        }
        return out;
    }

    private static Mention lastEquipment(List<Mention> mentions) {
        return mentions.isEmpty() || mentions.get(mentions.size() - 1).kind() != MentionKind.EQUIPMENT ? null : mentions.get(mentions.size() - 1);
    }
}
