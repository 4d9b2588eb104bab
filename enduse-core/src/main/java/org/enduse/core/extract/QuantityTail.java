package org.enduse.core.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enduse.core.common.Chars;

/**
 * What a counted noun carries after it and the labelling rules count with it ("from the number to
 * the end of what is counted"): the type ("Panzer des Typs Leopard 1", "systems of the M 777 type",
 * "систем типу HIMARS"), a designation the dictionary does not know ("беспилотника Vector и RQ-35
 * Heidrun", "машин разминирования WISENT 1"), the calibre ("снарядов калибра 155 мм", "obus de 35
 * mm"), what the rounds are of ("rounds of howitzer ammunition"), in French the nationality
 * ("canons Caesar français") and in German a genitive ("Panzer dieses Modells", "Fahrzeuge
 * ausländischer Herkunft"), in Ukrainian and Russian the body the counted belong to, a genitive
 * ("90 специалистов Пентагона", "семь тысяч военнослужащих вооруженных сил Украины").
 */
final class QuantityTail {
    /** Words between a noun and a designation it is given ("машин разминирования WISENT", "fusils automatiques FNC", "systèmes de défense aérienne SAMP/T"). */
    private static final int MAX_MODIFIERS = 3;
    /** Words of a Ukrainian or Russian genitive chain before a designation, a bracketed abbreviation among them. */
    private static final int MAX_SLAVIC_GENITIVE_CHAIN = 6;
    /** Words before a type word: "des neueren Typs", "of the". */
    private static final int MAX_BEFORE_TYPE = 3;
    private static final Set<String> OF = Set.of("of", "van", "de", "d", "des", "du", "von");
    /**
     * Prepositions of "of" that lead to the system a part belongs to: "zwei Startgeräte von Patriot-Flugabwehrsystemen".
     * Not a purpose ("for", "für", "pour", "для", "до"): "two launchers for the HIMARS" and "12,400 munitions for
     * Gepard" are labelled without the system in the pool (15 labels of batches 13-43, en de fr ru uk, none with it;
     * changed in round 48 against 5 of batches 4, 5 and 9).
     */
    private static final Set<String> PART_OF = Set.of("van", "de", "du", "des");

    /** Asked at each word after a count; see {@link Categories}. */
    private static final Categories TYPE_WORD = Lexicon.get().categories("typeword"),
            NO_MODIFIER = Lexicon.get().categories("speech", "statement", "inquiry", "to", "loc", "transfer", "sighting", "typeword");

    private QuantityTail() {}

    /** "of", "van", "de", "von": a word that leads to what a noun is of. */
    static boolean isOf(String folded) {
        return OF.contains(folded);
    }

    /** The token end of the quantity once its tail is taken in, from the end of its noun or name. */
    static int extend(Passage p, int end, Map<Integer, NameMatcher.Hit> equipmentAt, Map<Integer, NameMatcher.Hit> hitAt) {
        // Only right after the noun: after a designation ("танка M1 Abrams ВСУ") the body is the owner, outside the count.
        int body = slavicGenitiveBody(p, end, hitAt);
        if (body > end) return body;
        // Before a Slavic genitive chain, which would take "такого же" of "грузовиков такого же типа" as adjectives.
        end = typeAlreadyNamed(p, end);
        end = SlavicNounGenitive.after(p, end, hitAt);
        end = CoordinatedNouns.after(p, end, equipmentAt, hitAt);
        for (int before = -1; end != before; ) {
            before = end;
            end = max(end, designationAfter(p, end, equipmentAt, hitAt));
            end = max(end, typePhrase(p, end, equipmentAt, hitAt));
            end = max(end, ofMaterial(p, end));
            end = max(end, calibre(p, end));
            end = max(end, frenchNationality(p, end, hitAt));
            end = max(end, germanGenitive(p, end, hitAt));
            end = max(end, systemServed(p, end, equipmentAt, hitAt));
            end = max(end, andOther(p, end, hitAt));
            end = max(end, slavicOrigin(p, end));
            end = max(end, dutchPluralOfName(p, end));
        }
        return slavicWithProperty(p, end);
    }

    /**
     * "16 зенитных ракет с лазерным самонаведением", "925 машин с противоминной защитой" (batches 59, 62): in Russian and
     * Ukrainian "with" and an adjective with its noun, both in the instrumental, say which kind the counted things are, as
     * the rules' type does. Without an adjective ("гаубиці зі снарядами", "орудий с боеприпасами", batch 53) other things
     * come along with them and stay out, and so does "с" with the genitive ("с военной базы": from where).
     */
    private static int slavicWithProperty(Passage p, int end) {
        List<Token> t = p.tokens();
        if (!p.ukrainianOrRussian() || end + 2 >= t.size() || !p.joined(end) || !p.joined(end + 1) || !p.joined(end + 2)
                || !WITH.contains(t.get(end).folded())) return end;
        Token adjective = t.get(end + 1), noun = t.get(end + 2);
        if (!Character.isLowerCase(adjective.text().charAt(0)) || !Character.isLowerCase(noun.text().charAt(0)) || POINTING.contains(adjective.folded())
                // "танков с украинскими экипажами", "грузовика с гуманитарной помощью": persons, goods or aid of their own come along.
                || Lexicon.get().at(p, end + 2, COMING_ALONG) != null || MANNER.contains(noun.folded())) return end;
        boolean instrumental = SentenceRoles.endsWithAny(adjective.folded(), INSTRUMENTAL_ADJECTIVE)
                && SentenceRoles.endsWithAny(noun.folded(), INSTRUMENTAL_NOUN);
        return instrumental ? end + 3 : end;
    }

    /** Nouns that name things or persons of their own, not a property of the counted ones. */
    private static final Categories COMING_ALONG = Lexicon.get().categories("item", "goods", "people");
    /** "With" in Russian and Ukrainian, as folded. */
    private static final Set<String> WITH = Set.of("с", "со", "з", "із", "зі");
    /** Instrumental endings of adjectives: Russian "-ым", "-ой", "-ыми"; Ukrainian "-им", "-ою", "-ими". */
    private static final String[] INSTRUMENTAL_ADJECTIVE = {"ым", "им", "ой", "ей", "ою", "ею", "ыми", "ими"};
    /** Instrumental endings of nouns ("самонаведением", "защитой", "наведенням", "двигателями"). */
    private static final String[] INSTRUMENTAL_NOUN = {"ом", "ем", "ём", "єм", "ой", "ей", "ою", "ею", "єю", "ью", "ами", "ями", "ям"};
    /** Nouns that say how or when the counted things come, not what kind they are ("50 танков с большой задержкой", review 62a). */
    private static final Set<String> MANNER = Set.of("задержкой", "опозданием", "перерывом", "интервалом", "целью", "помощью",
            "затримкою", "запізненням", "перервою", "інтервалом", "метою", "допомогою");
    /** Pronouns with adjective endings, which say with whom or when ("с каждым днём", "со своей стороны"), not what kind. */
    private static final Set<String> POINTING = Set.of("каждым", "каждой", "этим", "этой", "тем", "той", "своим", "своей", "всем", "всей",
            "нашим", "вашим", "кожним", "кожною", "цим", "цією", "тим", "тією", "своїм", "своєю", "всім", "усім");

    /**
     * "60 танков западного производства", "гармат радянського виробництва", "винтовок советского образца",
     * "танків західних моделей", "боєприпасів великого калібру": in Ukrainian and Russian an adjective and a
     * noun of make, model or calibre in the genitive say which things are counted (the rules' type and calibre).
     * Not where the counted things wear a designation: "две системы ПВО NASAMS американского производства",
     * "літаків МіГ-29 радянського виробництва" (batches 19, 24, 25) name them already, and where they came from stays out.
     */
    private static int slavicOrigin(Passage p, int end) {
        List<Token> t = p.tokens();
        if (!p.ukrainianOrRussian() || end + 1 >= t.size() || !p.joined(end) || !p.joined(end + 1)) return end;
        String adjective = t.get(end).folded(), noun = t.get(end + 1).folded();
        // Russian writes the genitive plural "-ых" after a hard stem ("различных калибров", "западных моделей"), "-их" after a soft one.
        boolean genitive = SentenceRoles.endsWithAny(adjective, "ого", "его", "ього", "их", "іх", "ых");
        if (MAKE_NOUNS.contains(noun) && designationBefore(p, end)) return end;
        return genitive && KIND_NOUNS.contains(noun) ? end + 2 : end;
    }

    /** The nouns of {@link #KIND_NOUNS} that say where or by whom things were made. */
    private static final Set<String> MAKE_NOUNS = Set.of("производства", "происхождения", "изготовления", "виробництва", "походження");

    /** Nouns of make, origin, model and calibre in the genitive, singular and plural. */
    private static final Set<String> KIND_NOUNS = Set.of("производства", "образца", "образцов", "происхождения", "изготовления",
            "модели", "моделей", "калибра", "калибров", "типа", "типов",
            "виробництва", "зразка", "зразків", "походження", "моделі", "калібру", "калібрів", "типу", "типів");

    /**
     * "2 buiten gebruik gestelde F-16's": Dutch writes the plural of a designation with an apostrophe and
     * "s", which the tokenizer splits off (some texts even space it: "F-16 ' s").
     */
    private static int dutchPluralOfName(Passage p, int end) {
        List<Token> t = p.tokens();
        if (!p.language().equals("nl") || end == 0 || end >= t.size() || !t.get(end).text().equals("s")) return end;
        String gap = p.between(t.get(end - 1).end(), t.get(end).start()).strip();
        Token name = t.get(end - 1);
        boolean designation = Chars.anyDigit(name.text()) || name.text().chars().allMatch(Character::isUpperCase);
        return gap.length() == 1 && Tokenizer.isApostrophe(gap.charAt(0)) && designation ? end + 1 : end;
    }

    private static int max(int a, int b) {
        return Math.max(a, b);
    }

    /**
     * "fusils automatiques FNC", "беспилотника Vector и RQ-35 Heidrun": a designation after the noun, maybe
     * past a modifier or two. Ukrainian and Russian name the system a part serves by a genitive chain
     * before its designation, with its abbreviation in brackets ("пускові установки високомобільних
     * артилерійських ракетних систем HIMARS", "пусковых установок реактивных систем залпового огня (РСЗО)
     * HIMARS"), so they allow more words. The designation may stand in quotes ("30 танків \"Гепард\"",
     * "шість САУ \"Цезар\"", "Artillerieeinheiten \"Panzerhaubitze 2000\"": the labels of batches 27, 29 and 31
     * count it with the closing quote); a modifier may not.
     */
    private static int designationAfter(Passage p, int end, Map<Integer, NameMatcher.Hit> equipmentAt, Map<Integer, NameMatcher.Hit> hitAt) {
        List<Token> t = p.tokens();
        int most = p.ukrainianOrRussian() ? MAX_SLAVIC_GENITIVE_CHAIN : MAX_MODIFIERS;
        for (int k = end; k <= end + most && k < t.size(); k++) {
            boolean quoted = !p.joined(k) && !afterBracketedAbbreviation(p, k);
            if (quoted && !WordsBeforeNoun.joinedOrQuoted(p, k)) break;
            if (!quoted && bracketedAbbreviation(p, k)) continue;
            int designation = designationRun(p, k, equipmentAt, hitAt);
            if (designation > k) return hyphenCompound(p, designation);
            if (quoted || !modifier(p, k, hitAt) || opensAnotherPhrase(p, k)) break;
        }
        return end;
    }

    /**
     * An article or a word opening a clause starts a phrase of its own, never one of the modifiers between a noun
     * and its designation: "veertien Britse Challenger 2-tanks die het VK heeft geleverd", "142 MPs from the GERB".
     * German puts an article there for the genitive of a class or type ("zwei Minenjagdboote der Alkmaar-Klasse"), and
     * every language after "of" ("40 tanks of the Leopard 1A5 version", "two launchers of the Patriot system"), but not
     * before a number, which names a unit or a decade ("Two units of the 47th", "tanks of the 1990s"), no designation.
     */
    private static boolean opensAnotherPhrase(Passage p, int k) {
        Lexicon.Hit hit = Lexicon.get().at(p, k, CLAUSE_OR_ARTICLE);
        if (hit == null || !hit.cue().category().equals("article")) return hit != null;
        boolean numberNext = k + 1 < p.tokens().size() && Character.isDigit(p.tokens().get(k + 1).text().charAt(0));
        return !p.language().equals("de") && !(k > 0 && isOf(p.tokens().get(k - 1).folded()) && !numberNext);
    }

    private static final Categories CLAUSE_OR_ARTICLE = Lexicon.get().categories("article", "complementizer", "relpronoun");

    /** Designations from token k, joined by "and" ("RGW90 Matador и GMG"); k when none starts there. */
    private static int designationRun(Passage p, int k, Map<Integer, NameMatcher.Hit> equipmentAt, Map<Integer, NameMatcher.Hit> hitAt) {
        List<Token> t = p.tokens();
        int end = k;
        while (end < t.size() && (end == k || p.joined(end))) {
            NameMatcher.Hit equipment = equipmentAt.get(end);
            if (equipment != null) {
                end = equipment.endToken();
            } else if (letterAndNumber(p, end, hitAt)) {
                end += 2; // "M 777"
            } else if (designationWord(p, end, hitAt) || (end > k && t.get(end).isNumeric() && t.get(end).text().length() <= 4)) {
                end++;
            } else if (end > k && end + 1 < t.size() && QuantityFinder.isConjunction(p, t.get(end)) && p.joined(end + 1)
                    && (equipmentAt.containsKey(end + 1) || designationWord(p, end + 1, hitAt))) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    /** "M 777": a single capital before a number. */
    private static boolean letterAndNumber(Passage p, int k, Map<Integer, NameMatcher.Hit> hitAt) {
        List<Token> t = p.tokens();
        String w = t.get(k).text();
        return w.length() == 1 && Character.isUpperCase(w.charAt(0)) && !Tokenizer.isCyrillic(w.charAt(0)) && !hitAt.containsKey(k)
                && k + 1 < t.size() && p.joined(k + 1) && t.get(k + 1).isNumeric();
    }

    /**
     * A word that names a type the dictionary does not list: letters with digits ("RGW90", "M-109A4BE"
     * gives "M" and "109A4BE"), capitals ("HMEE", "WISENT"), a Latin word in a Cyrillic text
     * ("Vector", "Warthog") or a capitalised word in a French one. Not a word the dictionary gives another meaning.
     */
    private static boolean designationWord(Passage p, int k, Map<Integer, NameMatcher.Hit> hitAt) {
        // "rounds of 155mm ammunition": a calibre is no type's name.
        if (hitAt.containsKey(k) || calibreEnd(p, k) > 0) return false;
        String w = p.tokens().get(k).text();
        if (!Character.isLetterOrDigit(w.charAt(0)) || Tokenizer.isCyrillic(w.charAt(0))) return false;
        boolean letter = false, digit = false, lower = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isDigit(c)) digit = true;
            else if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c)) lower = true;
            }
        }
        if (letter && digit) return Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0));
        if (letter && !lower && w.length() >= 2) return true;
        // French puts adjectives and complements after the noun in lower case: a capitalised word there names the type ("72 obusiers Howitzer").
        return letter && Character.isUpperCase(w.charAt(0)) && (p.ukrainianOrRussian() || p.language().equals("fr"));
    }

    /** A lower-case word that may stand between a noun and its designation: "automatiques", "разминирования", "chenillés". */
    private static boolean modifier(Passage p, int k, Map<Integer, NameMatcher.Hit> hitAt) {
        Token t = p.tokens().get(k);
        return !hitAt.containsKey(k) && (Character.isLowerCase(t.text().charAt(0)) || cyrillicAbbreviation(p, t)) && !QuantityFinder.isConjunction(p, t)
                && Lexicon.get().at(p, k, NO_MODIFIER) == null;
    }

    /** "(РСЗО)": token k is a Ukrainian or Russian abbreviation in brackets, with nothing else inside them. */
    private static boolean bracketedAbbreviation(Passage p, int k) {
        List<Token> t = p.tokens();
        if (k <= 0 || k + 1 >= t.size() || !cyrillicAbbreviation(p, t.get(k))) return false;
        return p.separatedBy(k, "(") && p.separatedBy(k + 1, ")");
    }

    /** Token k follows a bracketed abbreviation ("(РСЗО) HIMARS") or is one. */
    private static boolean afterBracketedAbbreviation(Passage p, int k) {
        return bracketedAbbreviation(p, k) || bracketedAbbreviation(p, k - 1);
    }

    /** "системи ППО Iris-T", "установки РСЗО HIMARS": Ukrainian and Russian name the kind of system by an abbreviation in capitals. */
    private static boolean cyrillicAbbreviation(Passage p, Token t) {
        return p.ukrainianOrRussian() && GuardedNameContext.cyrillicAbbreviation(t);
    }

    /**
     * "vom Typ Gepard", "des neueren Typs Leopard 2", "типу HIMARS", "du type Caesar": the type word,
     * then the designation; and English "of the M 777 type", where the designation comes first.
     */
    private static int typePhrase(Passage p, int end, Map<Integer, NameMatcher.Hit> equipmentAt, Map<Integer, NameMatcher.Hit> hitAt) {
        List<Token> t = p.tokens();
        Lexicon lexicon = Lexicon.get();
        for (int k = end; k <= end + MAX_BEFORE_TYPE && k < t.size() && p.joined(k); k++) {
            Lexicon.Hit type = lexicon.at(p, k, TYPE_WORD);
            if (type != null) {
                int after = type.endToken();
                // 'vom Typ "Marder"': the designation may stand in quotes.
                if (after < t.size() && WordsBeforeNoun.joinedOrQuoted(p, after)) {
                    int designation = designationRun(p, after, equipmentAt, hitAt);
                    // "vom Typ Büffel", "vom Typ 2000": after a type word a capitalised word or a bare number names the type.
                    boolean bareNumber = t.get(after).isNumeric() && t.get(after).text().length() <= 4;
                    if (designation == after && (t.get(after).isCapitalised() || bareNumber) && !hitAt.containsKey(after)) designation = after + 1;
                    if (designation > after) return designation;
                }
                // "M 777 type": English names the type before the word.
                return k == end && p.language().equals("en") ? type.endToken() : end;
            }
            // English puts the designation first: "of the M 777 type".
            int designation = k > end ? designationRun(p, k, equipmentAt, hitAt) : k;
            if (designation > k && designation < t.size() && p.joined(designation)) {
                Lexicon.Hit typeAfter = lexicon.at(p, designation, "typeword");
                return typeAfter == null ? end : typeAfter.endToken();
            }
            if (!Character.isLowerCase(t.get(k).text().charAt(0)) || hitAt.containsKey(k)) break;
        }
        return end;
    }

    /**
     * "42 appareils de ce type", "25 Fahrzeuge des gleichen Typs", "10 боевых машин этого типа": a type named before,
     * taken up without a designation, says which things are counted, and the labels count it (batches 9, 15, 40, 43;
     * de fr ru). Only right after the noun: {@link #typePhrase} wants a designation after its type word.
     */
    private static int typeAlreadyNamed(Passage p, int end) {
        if (end >= p.tokens().size() || !p.joined(end)) return end;
        Lexicon.Hit same = Lexicon.get().at(p, end, "sametype");
        return same == null ? end : same.endToken();
    }

    /**
     * The system the counted parts belong to, after "of" (van, de, du, des) and a few modifiers: its designation,
     * with a noun glued to it by a hyphen or the noun after it. A system named after a purpose preposition stays
     * out ({@link #PART_OF}).
     */
    private static int systemServed(Passage p, int end, Map<Integer, NameMatcher.Hit> equipmentAt, Map<Integer, NameMatcher.Hit> hitAt) {
        List<Token> t = p.tokens();
        if (end >= t.size() || !p.joined(end) || !PART_OF.contains(t.get(end).folded())) return end;
        for (int k = end + 1; k <= end + 1 + MAX_MODIFIERS && k < t.size() && p.joined(k); k++) {
            int designation = designationRun(p, k, equipmentAt, hitAt);
            if (designation > k) {
                // "two launchers for the Patriot air defence system": the system's noun after its name.
                NounAfterName.Noun noun = NounAfterName.find(p, designation, hitAt, equipmentAt, Lexicon.get());
                return noun != null ? noun.end() : hyphenCompound(p, designation);
            }
            if (!modifier(p, k, hitAt)) break;
        }
        return end;
    }

    /**
     * "1,2 Millionen Schuss Munition für Handfeuerwaffen", "тисячу снарядів для 155-мм гаубиць", "10 000
     * артиллерийских снарядов для 155-мм артиллерийских систем": rounds are counted with the weapons they
     * are for, named by a common noun after a preposition, a calibre or a few modifiers (a designation
     * is taken by {@link #systemServed}). Only for rounds: "20 тисяч запчастин для раніше наданих
     * артустановок" is labelled without what the parts are for. The token after the weapon noun, or end.
     */
    static int weaponsServed(Passage p, int end, Map<Integer, NameMatcher.Hit> equipmentAt, Map<Integer, NameMatcher.Hit> hitAt) {
        List<Token> t = p.tokens();
        if (end >= t.size() || !p.joined(end) || !ROUNDS_FOR.contains(t.get(end).folded())) return end;
        // A kind of rounds is named by a bare noun ("für Handfeuerwaffen"); an article points at given weapons instead
        // ("12.000 Patronen für den Flugabwehrpanzer Gepard", labelled without them in batch 19).
        // So does a demonstrative ("20 000 munitions pour ces chars", batch 36).
        if (end + 1 < t.size() && (SentenceRoles.isArticle(t.get(end + 1)) || QuantityFinder.isDeterminer(p, t.get(end + 1)))) return end;
        Lexicon lexicon = Lexicon.get();
        for (int k = end + 1; k <= end + 1 + MAX_MODIFIERS && k < t.size() && p.joined(k); k++) {
            int calibre = calibreEnd(p, k);
            if (calibre > 0) {
                k = calibre - 1;
                continue;
            }
            Lexicon.Hit weapon = lexicon.at(p, k, "item");
            String compound = weapon == null ? CompoundItems.unit(p, k, lexicon) : null;
            int weaponEnd = weapon != null && weapon.cue().value().equals("ITEMS") ? weapon.endToken()
                    : compound != null && compound.equals("ITEMS") ? k + 1 : -1;
            // "20 000 munitions pour chars Leopard 2": weapons with a designation are given ones, left out as a named system is.
            if (weaponEnd > 0) return designationRun(p, weaponEnd, equipmentAt, hitAt) > weaponEnd ? end : weaponEnd;
            if (weapon != null || compound != null || !modifier(p, k, hitAt)) break;
        }
        return end;
    }

    /** Prepositions, as folded, that name the weapons rounds are for: not "of", which says what the rounds are. */
    private static final Set<String> ROUNDS_FOR = Set.of("for", "fur", "voor", "pour", "для", "до");

    /**
     * "von Patriot-Flugabwehrraketen", "„Stinger“-Raketen": words glued to a designation by a hyphen
     * (after its closing quote, if any) make one compound with it; the token after the compound.
     */
    static int hyphenCompound(Passage p, int end) {
        List<Token> t = p.tokens();
        while (end < t.size() && hyphenGlued(p, end)) end++;
        return end;
    }

    /** Token k follows token k-1 after nothing but a hyphen, or a closing quote and a hyphen: "Marder-Infanterie", "„Stinger“-Raketen". */
    static boolean hyphenGlued(Passage p, int k) {
        if (p.hyphenated(k)) return true;
        if (k <= 0 || k >= p.tokens().size()) return false;
        String gap = p.between(p.tokens().get(k - 1).end(), p.tokens().get(k).start());
        return gap.length() == 2 && gap.charAt(1) == '-' && NameEnds.CLOSING.indexOf(gap.charAt(0)) >= 0;
    }

    /**
     * "16 000 танков и других боевых бронемашин", "tanks and other armoured vehicles": what the
     * counted things are grouped with is part of what is counted, up to its noun.
     */
    private static int andOther(Passage p, int end, Map<Integer, NameMatcher.Hit> hitAt) {
        List<Token> t = p.tokens();
        if (end + 2 >= t.size() || !p.joined(end) || !p.joined(end + 1) || !QuantityFinder.isConjunction(p, t.get(end))) return end;
        int k = end + 1;
        if (t.get(k).folded().equals("d") && p.language().equals("fr")) k++; // "et d'autres"
        if (k >= t.size() || !OTHER.contains(t.get(k).folded())) return end;
        Lexicon lexicon = Lexicon.get();
        for (int j = k + 1; j <= k + 1 + MAX_MODIFIERS && j < t.size() && p.joined(j); j++) {
            Lexicon.Hit item = lexicon.at(p, j, "item");
            if (item != null) return item.endToken();
            if (!modifier(p, j, hitAt)) break;
        }
        return end;
    }

    /** "other"/"andere"/"autres"/"других" before a plural noun ("quatre autres coalitions" in {@link UnlistedNouns} too). */
    static boolean isOther(Token t) {
        return OTHER.contains(t.folded());
    }

    /**
     * "other" as folded in the seven languages, in the forms that come before a plural noun, and the Ukrainian and
     * Russian singular of a mass noun ("500 автомобілів та іншої важкої техніки", batch 35; "и другой техники").
     */
    private static final Set<String> OTHER = Set.of("other", "andere", "anderen", "autres", "других", "другие",
            "інших", "інші", "innych", "inne", "іншої", "іншу", "інша", "другой", "другую", "другая");

    /**
     * "калибра 155 мм", "калібру 155 міліметрів", "de 35 mm", "of 155mm": the calibre of what is counted; and
     * "снарядів 155 мм калібру", where the word for calibre comes after the measure (batch 19).
     */
    static int calibre(Passage p, int end) {
        List<Token> t = p.tokens();
        Lexicon lexicon = Lexicon.get();
        int k = end;
        if (k >= t.size() || !p.joined(k)) return end;
        Lexicon.Hit lead = lexicon.at(p, k, "calibre");
        if (lead != null) k = lead.endToken();
        else if (OF.contains(t.get(k).folded())) k++;
        else return calibreThenWord(p, end);
        if (k >= t.size() || !p.joined(k)) return end;
        int calibre = calibreEnd(p, k);
        return calibre > 0 ? calibre : end;
    }

    /** "155 мм калібру": a bare calibre right after the noun, then the word for calibre; end when not so. */
    private static int calibreThenWord(Passage p, int end) {
        int calibre = calibreEnd(p, end);
        if (calibre < 0 || calibre >= p.tokens().size() || !p.joined(calibre)) return end;
        Lexicon.Hit word = Lexicon.get().at(p, calibre, "calibre");
        return word != null ? word.endToken() : end;
    }

    /**
     * "155-mm-Munition", "35-Millimeter-Munition": a German compound of a calibre and a material, glued by hyphens,
     * from token k; its token end, or -1 when none starts there.
     */
    static int calibreCompound(Passage p, int k) {
        int calibre = calibreEnd(p, k);
        if (calibre < 0 || !p.hyphenated(calibre)) return -1;
        Lexicon.Hit material = Lexicon.get().at(p, calibre, "item");
        return material != null && material.cue().value().equals("MATERIAL") ? material.endToken() : -1;
    }

    /**
     * The end of a calibre starting at token k: "155mm" written as one word, or a number and its
     * unit ("155 mm", "155-мм", "120 millimetres"); -1 when none starts there.
     */
    static int calibreEnd(Passage p, int k) {
        List<Token> t = p.tokens();
        if (k >= t.size() || !t.get(k).isNumeric()) return -1;
        // "7,62 mm", "12.7 mm": the tokenizer parts a decimal at its mark; the fraction belongs to the calibre.
        if (k + 1 < t.size() && t.get(k + 1).isNumeric() && t.get(k + 1).start() == t.get(k).end() + 1
                && ",.".indexOf(p.between(t.get(k).end(), t.get(k + 1).start()).charAt(0)) >= 0) {
            k++;
        }
        String number = t.get(k).folded();
        if (number.endsWith("mm") || number.endsWith("мм")) return k + 1;
        if (k + 1 >= t.size() || !p.joined(k + 1)) return -1;
        Lexicon.Hit unit = Lexicon.get().at(p, k + 1, "calibreunit");
        return unit != null ? unit.endToken() : -1;
    }

    /** "36,000 rounds of howitzer ammunition", "rounds of 155mm ammunition": what the rounds or pieces are of, up to the material noun. */
    private static int ofMaterial(Passage p, int end) {
        List<Token> t = p.tokens();
        if (end >= t.size() || !p.joined(end) || !OF.contains(t.get(end).folded())) return end;
        Lexicon lexicon = Lexicon.get();
        for (int k = end + 1; k <= end + 1 + MAX_MODIFIERS && k < t.size() && p.joined(k); k++) {
            Lexicon.Hit item = lexicon.at(p, k, "item");
            if (item != null && item.cue().value().equals("MATERIAL")) return item.endToken();
            // "rounds of 155mm ammunition", "rounds of 155 mm artillery ammunition": the calibre among the modifiers.
            int calibre = calibreEnd(p, k);
            if (calibre > 0) {
                k = calibre - 1;
                continue;
            }
            if (!Character.isLowerCase(t.get(k).text().charAt(0))) break;
        }
        return end;
    }

    /** "Quarante soldats ukrainiens", "deux canons Caesar français": in French the nationality follows the noun. */
    private static int frenchNationality(Passage p, int end, Map<Integer, NameMatcher.Hit> hitAt) {
        if (!p.language().equals("fr") || end >= p.tokens().size() || !p.joined(end)) return end;
        NameMatcher.Hit next = hitAt.get(end);
        boolean adjective = next != null && next.name().kind() == NameKind.COUNTRY && !p.tokens().get(end).isCapitalised();
        return adjective ? next.endToken() : end;
    }

    /**
     * "90 weitere Panzer dieses Modells", "17 zerstörte Fahrzeuge ausländischer Herkunft": a German
     * genitive after the noun says which things are counted ("zwei Startgeräte der Kurzstreckenvariante",
     * "16 Schützenpanzer desselben Typs"). Only a determiner ("des", "der", "dieses", "desselben"), a
     * plural quantifier ("aller", "verschiedener") or an adjective in -cher/-iger before one capitalised
     * noun that is no known name: "der" right after the counted noun has no preposition to make it a
     * dative, and a dative recipient ("14 Panzer der Ukraine") is a name; other words in -er ("wieder",
     * "aber") are no adjectives.
     */
    private static int germanGenitive(Passage p, int end, Map<Integer, NameMatcher.Hit> hitAt) {
        List<Token> t = p.tokens();
        int noun = end + 1;
        if (!p.language().equals("de") || noun >= t.size() || !p.joined(end) || !p.joined(noun)) return end;
        String word = t.get(end).text();
        boolean genitive = GENITIVE_DETERMINERS.contains(word) || (Character.isLowerCase(word.charAt(0))
                && (word.endsWith("cher") || word.endsWith("iger")));
        return genitive && t.get(noun).isCapitalised() && !hitAt.containsKey(noun) ? noun + 1 : end;
    }

    /** "военнослужащих вооруженных сил Украины": an organisation's name right after the noun, a genitive without a preposition. */
    private static int slavicGenitiveBody(Passage p, int end, Map<Integer, NameMatcher.Hit> hitAt) {
        if (!p.ukrainianOrRussian() || end >= p.tokens().size() || !p.joined(end)) return end;
        NameMatcher.Hit body = hitAt.get(end);
        return body != null && body.name().kind() == NameKind.ORGANIZATION ? body.endToken() : end;
    }

    /**
     * "двом представникам товариства", "сотрудников министерства": in Ukrainian and Russian the body
     * counted persons belong to, named by a common noun in the genitive, is part of what is counted
     * (as a named body is, {@link #slavicGenitiveBody}), with the state it belongs to. The token after it, or end.
     */
    static int bodyOfPersons(Passage p, int end, Map<Integer, NameMatcher.Hit> hitAt) {
        if (!p.ukrainianOrRussian() || end >= p.tokens().size() || !p.joined(end)) return end;
        if (!BODIES_IN_GENITIVE.contains(p.tokens().get(end).folded())) return end;
        // "военнослужащих армии РФ": the state the body belongs to, in the genitive, comes with it.
        NameMatcher.Hit state = end + 1 < p.tokens().size() && p.joined(end + 1) ? hitAt.get(end + 1) : null;
        return state != null && state.name().kind() == NameKind.COUNTRY ? state.endToken() : end + 1;
    }

    private static final Set<String> BODIES_IN_GENITIVE = Set.of("міністерства", "відомства", "товариства", "компанії",
            "підприємства", "посольства", "уряду", "штабу", "управління", "служби", "заводу", "концерну", "фонду", "армії", "опозиції", "партії", "министерства", "армии", "ведомства",
            "общества", "компании", "предприятия", "правительства", "штаба", "управления", "службы", "завода", "концерна", "фонда", "оппозиции", "партии");

    /**
     * Genitive determiners: the singular articles and demonstratives, and the plural quantifiers that
     * say which kinds are counted ("Waffen aller Kaliber", "Munition verschiedener Kaliber"), a closed
     * class whose -er is no dative ("mit allen", never "mit aller" before a plural).
     */
    private static final Set<String> GENITIVE_DETERMINERS = Set.of("des", "dieses", "jenes", "eines", "desselben", "derselben", "der",
            "aller", "verschiedener", "unterschiedlicher", "mehrerer", "diverser", "beider", "vieler", "einiger");

    /**
     * The token before k is a designation: it starts with a capital or holds a digit ("Leopard 2", "2A4", "NASAMS",
     * "МіГ-29"). A calibre's unit ("155 mm") and a French nationality ("français") are written in lower case.
     */
    static boolean designationBefore(Passage p, int k) {
        if (k <= 0 || k > p.tokens().size()) return false;
        String w = p.tokens().get(k - 1).text();
        return Character.isUpperCase(w.charAt(0)) || Chars.anyDigit(w);
    }
}
