import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes catalog/actors/states.jsonl: one STATE actor per ISO 3166-1 country, named in en, nl, fr,
 * de, uk, ru and pl from the JDK's CLDR locale data (Unicode licence). States already written by
 * hand in another actors file (given as arguments) are left out, so those richer entries win.
 * Run: java tools/catalog/StatesFromCldr.java BE UA US PL CZ RU > enduse-core/src/main/resources/catalog/actors/states.jsonl
 */
public class StatesFromCldr {
    public static void main(String[] handWritten) {
        Set<String> skip = Set.of(handWritten);
        String[] langs = {"en", "nl", "fr", "de", "uk", "ru", "pl"};
        for (String code : Locale.getISOCountries()) {
            if (skip.contains(code)) continue;
            Locale country = Locale.of("", code);
            StringBuilder aliases = new StringBuilder();
            for (String lang : langs) {
                Set<String> names = new LinkedHashSet<>(List.of(country.getDisplayCountry(Locale.of(lang))));
                names.remove(code);
                if (names.isEmpty()) continue;
                if (!aliases.isEmpty()) aliases.append(',');
                List<String> quoted = new ArrayList<>();
                for (String n : names) quoted.add('"' + n.replace("\"", "\\\"") + '"');
                aliases.append('"').append(lang).append("\":[").append(String.join(",", quoted)).append(']');
            }
            System.out.printf("{\"id\":\"%s\",\"kind\":\"STATE\",\"name\":\"%s\",\"country\":\"%s\",\"aliases\":{%s}}%n",
                    code, country.getDisplayCountry(Locale.ENGLISH).replace("\"", "\\\""), code, aliases);
        }
    }
}
