package org.enduse.core.intake;

import java.util.List;
import java.util.Map;

/**
 * What marks each language we read: frequent function words (the strongest signal in running
 * text), word endings, and letters only it uses. Written by hand from grammar knowledge; extending
 * to a new language means adding one entry here and sample texts to LanguageDetectorTest.
 */
final class LanguageProfiles {
    record Profile(String language, boolean cyrillic, List<String> words, List<String> endings, String letters) {}

    private LanguageProfiles() {}

    static final List<Profile> ALL = List.of(
            new Profile("en", false, words("the of and to in is was that for on with as by at from has have had are were be been it its "
                    + "this which but not an will would said after over who they their also about more than into or"),
                    words("ing ed tion ly ies ness ship"), "w"),
            new Profile("nl", false, words("de het een van en in is op te dat die voor met niet zijn door aan ook als bij naar "
                    + "om werd wordt er maar nog over uit heeft hebben zou worden deze volgens tegen geen wel dan was"),
                    words("ij ijk heid lijk tje aan oor eel"), "ĳ"),
            new Profile("fr", false, words("le la les des du de un une et est en que qui dans pour sur par au aux pas plus ont "
                    + "été il elle ce cette avec sont son sa ses selon leur ne se a ou mais été"),
                    words("tion ment eux aux eau ais ait ée és"), "çèêœàùâîûë"),
            new Profile("de", false, words("der die das und ist nicht den dem des ein eine einen im zu mit auf für von sich "
                    + "auch als nach bei hat wird wurde werden sind aus laut dass zum zur gegen noch über vor"),
                    words("ung lich keit heit chen isch sch"), "äöüß"),
            new Profile("pl", false, words("i w na z się nie do że to jest o po przez dla od jak ale oraz które który która "
                    + "jego są był była było tak już co przy ze we według sobie tym też może"),
                    words("ość ego ych ami owie ów ski ska cji nie"), "ąęłśźżńć"),
            new Profile("it", false, words("il lo la gli le di del della dei delle e è che un una per con non sono nel nella "
                    + "da al alla anche come ha ai si più sul secondo stato questo"),
                    words("zione zioni ità ggi gli ato ata etti"), "ìò"),
            new Profile("es", false, words("el la los las de del y en que un una es por con no para se su al lo como más "
                    + "según pero sus fue han ha este esta entre sobre también"),
                    words("ción dad ado ada ido ida mente os"), "ñ¿¡"),
            new Profile("hu", false, words("a az és hogy nem is egy van volt meg mint már csak de el ki be szerint után "
                    + "ezt azt között amely akkor pedig vagy lesz"),
                    words("ság ség nak nek ban ben ról ről val vel ott ett ek ok"), "őű"),
            new Profile("uk", true, words("і в на з що не до та у це як за від його є був була було які який яка із також "
                    + "але про після для вже щодо або має їх під через ще тому"),
                    words("ння ість ськ ого ому ими ій ів ї"), "іїєґ"),
            new Profile("ru", true, words("и в на с что не по из это как за от его был была было которые который которая "
                    + "также но о после для уже или имеет их под через еще ещё то"),
                    words("ние ость ого ому ыми ый ий ых ся"), "ыэё"),
            new Profile("bg", true, words("и в на с че не за от да се е са като по това той тя беше бяха които който която "
                    + "също но след вече или има ги под чрез още към при"),
                    words("ата ото ите ият ия ът ост ски"), "ъ"));

    static Map<String, Profile> byLanguage() {
        var map = new java.util.LinkedHashMap<String, Profile>();
        for (Profile p : ALL) map.put(p.language(), p);
        return map;
    }

    private static List<String> words(String spaced) {
        return List.of(spaced.split(" "));
    }
}
