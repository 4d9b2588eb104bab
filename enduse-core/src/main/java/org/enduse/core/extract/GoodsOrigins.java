package org.enduse.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A country word right before named goods tells who gave them: "Українська армія отримає німецькі Leopard 2, англійські
 * Challenger 2, американські M1 Abrams", "прибудет партия немецких танков Leopard 1", "перші французькі винищувачі
 * Mirage 2000". Labellers of batches 12, 13, 15 and 18 (de, uk, ru) write one transfer per such country, with its goods.
 * Only an item noun, with at most one word before it that is not a count, may stand between the country and the name
 * ("танков", "винищувачі", "зенитные танки"); "German-made" names a maker and is not read. A transfer whose giver the sentence names by its verb keeps that giver
 * for goods that carry no country word ("F-16 від Нідерландів та французькі Mirage 2000"), and when every good carries
 * another country ("Spain sends German Leopards") the verb's giver stands: it gives what another state made. Not in a
 * sentence reporting a capture or an inquiry, which describes the goods it sees by their country.
 */
final class GoodsOrigins {
    private GoodsOrigins() {}

    static List<Event> split(SentenceRoles roles, List<Mention> in, List<Event> transfers) {
        if (transfers.isEmpty()) return transfers; // nothing to split: skips the sentence checks below
        // "захватить немецкие танки Leopard и американские БМП Bradley, которые были переданы ... странами Запада": in a
        // sentence reporting a capture or an inquiry the country words describe the goods seen, not who gave them.
        if (TransferGivers.tellsSightingOrInquiry(roles.passage())) return transfers;
        Map<String, String> origins = origins(roles, in);
        if (origins.isEmpty()) return transfers;
        List<Event> out = new ArrayList<>();
        for (Event e : transfers) out.addAll(split(e, origins));
        return out;
    }

    /** The event's goods grouped by the country written on them; goods without one stay with the event's giver. */
    private static List<Event> split(Event e, Map<String, String> origins) {
        // A restated transfer waits for the parties of the one it restates (TransferContext).
        if (e.donor() == null && e.recipient() == null) return List.of(e);
        Map<String, List<String>> byGiver = new LinkedHashMap<>();
        List<String> unmarked = new ArrayList<>();
        for (String item : e.equipment()) {
            String origin = origins.get(item);
            // "russische Panzer" handed to Ukraine were captured or Soviet-made: no enemy gives them.
            if (origin == null || origin.equals(e.recipient()) || Belligerents.atWar(origin, e.recipient())) unmarked.add(item);
            else byGiver.computeIfAbsent(origin, k -> new ArrayList<>()).add(item);
        }
        if (byGiver.isEmpty()) return List.of(e);
        // The verb's giver keeps its unmarked goods together with those that carry its own country word.
        if (e.donor() != null && !unmarked.isEmpty()) byGiver.computeIfAbsent(e.donor(), k -> new ArrayList<>()).addAll(0, unmarked);
        boolean verbGiverStands = e.donor() != null && unmarked.isEmpty() && !byGiver.containsKey(e.donor());
        if (verbGiverStands || byGiver.size() == 1 && byGiver.containsKey(e.donor())) return List.of(e);
        List<Event> out = new ArrayList<>();
        if (e.donor() == null && !unmarked.isEmpty()) out.add(e.forGiverOf(null, unmarked));
        for (Map.Entry<String, List<String>> g : byGiver.entrySet()) out.add(e.forGiverOf(g.getKey(), g.getValue()));
        return out;
    }

    /**
     * Each equipment name of the sentence with the country written right before it, an item noun (with one word before it) at most between. The
     * country may look like a receiver ("Німецькі" ends like a dative): a receiver's own code is left out per event. A good
     * whose country word stands in a later clause than the goods before it belongs to another telling ("F-16 ... te leveren,
     * maar omdat de levering van Amerikaanse F-35-vliegtuigen ..."), unless the clause mark opens it as the next item of a
     * list ("німецькі Leopard 2, англійські Challenger 2").
     */
    private static Map<String, String> origins(SentenceRoles roles, List<Mention> in) {
        Map<String, String> origins = new LinkedHashMap<>();
        Passage s = roles.passage();
        Mention country = null, previousGoods = null;
        for (Mention m : in) {
            if (m.kind() == MentionKind.COUNTRY) country = m;
            if (m.kind() != MentionKind.EQUIPMENT) continue;
            if (country != null && m.name() != null && onlyItemBetween(s, roles.lastToken(country) + 1, roles.firstToken(m))
                    && describesThings(roles, country) && sameTelling(roles, previousGoods, country)) {
                origins.putIfAbsent(m.name(), SentenceRoles.countryOf(country));
            }
            previousGoods = m;
        }
        return origins;
    }

    /**
     * A country word right before goods, which names who made or gave them and never who receives them: "Oekraïne heeft
     * twaalf Zweedse pantserwagens ontvangen", "received American tanks", "німецькі Leopard 2". The goods are named equipment
     * (with an item noun at most between, as {@link #origins} reads them) or a noun of arms or aid right after the country
     * word. Persons are no goods: "Ukrainian soldiers", "Ukrainian F-16 pilots"; nor is a state followed by its verb
     * ("Ukraine received tanks").
     */
    static boolean marksGoods(SentenceRoles roles, List<Mention> in, Mention country) {
        if (country.kind() != MentionKind.COUNTRY || !describesThings(roles, country)) return false;
        Passage s = roles.passage();
        int next = roles.lastToken(country) + 1;
        if (next >= s.tokens().size() || !s.joined(next)) return false;
        for (Mention m : in) {
            if (m.kind() == MentionKind.EQUIPMENT && m.start() >= country.end() && onlyItemBetween(s, next, roles.firstToken(m))) {
                int after = roles.lastToken(m) + 1;
                return !(after < s.tokens().size() && s.joined(after) && persons(s.cueAt(after, Lexicon.get(), "item")));
            }
        }
        Lexicon.Hit goods = s.cueAt(next, Lexicon.get(), "item", "materiel", "goods");
        return goods != null && !persons(goods);
    }

    /** A country word with a state's code that neither places something nor describes a person: it may describe goods. */
    private static boolean describesThings(SentenceRoles roles, Mention country) {
        return SentenceRoles.countryOf(country) != null && !roles.isLocation(country) && !roles.describesPerson(country);
    }

    private static boolean persons(Lexicon.Hit item) {
        return item != null && item.cue().value().equals("PERSONS");
    }

    /** No clause mark between the goods named before and the country word, or one right before the country word. */
    private static boolean sameTelling(SentenceRoles roles, Mention previousGoods, Mention country) {
        if (previousGoods == null || previousGoods.end() > country.start()) return true;
        int first = roles.firstToken(country);
        return !roles.clauseBreak(roles.lastToken(previousGoods) + 1, first - 1);
    }

    /** Nothing between, or an item noun with at most one word before it ("винищувачі", "зенитные установки"). */
    private static boolean onlyItemBetween(Passage s, int from, int to) {
        if (to < from || to - from > 2) return false;
        for (int k = from; k <= to; k++) if (!s.joined(k)) return false;
        if (to == from) return true;
        Lexicon.Hit item = s.cueAt(to - 1, Lexicon.get(), "item");
        if (item == null && to - from == 2) item = s.cueAt(from, Lexicon.get(), "item");
        // "подаренные ... Нидерландами десять танков": a count before the noun makes the country an agent, not a word on the goods.
        boolean counted = to - from == 2 && (s.cueAt(from, Lexicon.get(), "num") != null || Character.isDigit(s.tokens().get(from).text().charAt(0)));
        return item != null && item.endToken() == to && !counted;
    }
}
