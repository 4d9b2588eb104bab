package org.enduse.store.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * One text field per language, each with the analyzer that folds that language's inflections:
 * snowball stemmers for en, fr, de and ru, and for nl applied twice ({@link DutchAnalyzer}), a morfologik dictionary (lemmas) for uk, and the
 * standard analyzer (lower-casing only) for text of another or unknown language.
 */
final class LanguageAnalyzers {
    static final String NEUTRAL = "xx";
    static final Map<String, Analyzer> BY_LANGUAGE = Map.of(
            "en", new EnglishAnalyzer(), "nl", new DutchAnalyzer(), "fr", new FrenchAnalyzer(), "de", new GermanAnalyzer(),
            "ru", new RussianAnalyzer(), "uk", new UkrainianMorfologikAnalyzer(), NEUTRAL, new StandardAnalyzer());

    private LanguageAnalyzers() {}

    /** The language whose field holds text of this language. */
    static String fieldLanguage(String language) {
        return language != null && BY_LANGUAGE.containsKey(language) ? language : NEUTRAL;
    }

    static String field(String language) {
        return "text_" + language;
    }

    static Analyzer analyzer(String language) {
        return BY_LANGUAGE.get(language);
    }

    /** Analyzes each text_xx field with its language's analyzer. */
    static Analyzer perField() {
        var fields = new java.util.HashMap<String, Analyzer>();
        BY_LANGUAGE.forEach((lang, a) -> fields.put(field(lang), a));
        return new PerFieldAnalyzerWrapper(BY_LANGUAGE.get(NEUTRAL), fields);
    }
}
