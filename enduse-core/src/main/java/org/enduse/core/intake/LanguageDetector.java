package org.enduse.core.intake;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which language a text is in, among the eleven enduse reads (en, nl, fr, de, pl, it, es, hu, uk,
 * ru, bg). Running text is settled by function words in one cheap pass; when that is not clearly
 * ahead (headlines, captions, short paragraphs), Optimaize's character n-gram profiles restricted to
 * the same languages decide. docs/decisions/0004-language-detection.md has the measurements.
 */
public final class LanguageDetector {
    /** A guess and how sure it is (0..1). */
    public record Guess(String language, double confidence) {}

    public static final List<String> LANGUAGES = LanguageProfiles.ALL.stream().map(LanguageProfiles.Profile::language).toList();
    private static final java.util.Set<String> CYRILLIC = LanguageProfiles.ALL.stream().filter(LanguageProfiles.Profile::cyrillic)
            .map(LanguageProfiles.Profile::language).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Below this margin the function-word scorer is not trusted. */
    private static final double SURE_MARGIN = 0.5;
    /** Shorter texts (headlines, captions) have too few function words to count on. */
    private static final int RUNNING_TEXT = 120;
    /** n-gram detection on more than this many characters adds cost and no accuracy. */
    private static final int NGRAM_WINDOW = 400;
    private static final LanguageDetector INSTANCE = new LanguageDetector();

    private final com.optimaize.langdetect.LanguageDetector ngrams;
    private final TextObjectFactory textFactory = CommonTextObjectFactories.forDetectingShortCleanText();

    private LanguageDetector() {
        List<LanguageProfile> profiles = new ArrayList<>();
        try {
            LanguageProfileReader reader = new LanguageProfileReader();
            for (String language : LANGUAGES) profiles.add(reader.readBuiltIn(LdLocale.fromString(language)));
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in language profiles are missing from the classpath", e);
        }
        ngrams = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
    }

    /** Whether the language is written in Cyrillic, as its profile says ("und" and unknown codes are not). */
    public static boolean writtenInCyrillic(String language) {
        return CYRILLIC.contains(language);
    }

    public static LanguageDetector get() {
        return INSTANCE;
    }

    /** The best guess, or null when the text has no letters to judge by. */
    public Guess detect(CharSequence text) {
        return detect(text, null);
    }

    /**
     * The best guess, knowing the language {@code likely} around the text (a document's, or null):
     * when the function words lean to it without being sure, two weak signals agree and the n-gram
     * pass, which costs more than all the rest, is skipped.
     */
    public Guess detect(CharSequence text, String likely) {
        return settle(text, functionWords(text), likely);
    }

    /** The function words' guess alone, or null when the text has no letters to judge by; see {@link #sure}. */
    public Guess functionWords(CharSequence text) {
        return FunctionWordScorer.get().detect(text);
    }

    /** Whether the function words' guess can be taken as it is: clearly ahead, on running text. */
    public boolean sure(Guess fast, CharSequence text) {
        return fast != null && fast.confidence() >= SURE_MARGIN && text.length() >= RUNNING_TEXT;
    }

    /** {@link #detect(CharSequence, String)} given the function words' guess {@code fast} for the text. */
    public Guess settle(CharSequence text, Guess fast, String likely) {
        if (fast == null || sure(fast, text) || fast.language().equals(likely)) return fast;
        String window = text.length() > NGRAM_WINDOW ? text.subSequence(0, NGRAM_WINDOW).toString() : text.toString();
        List<DetectedLanguage> ranked = ngrams.getProbabilities(textFactory.forText(window));
        if (ranked.isEmpty()) return fast;
        DetectedLanguage best = ranked.get(0);
        return new Guess(best.getLocale().getLanguage(), best.getProbability());
    }
}
