package org.enduse.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Dutch as Lucene's DutchAnalyzer reads it (stop words, the Snowball stemmer) but stemming twice.
 * Snowball's Dutch removes one suffix per pass, so a plural in "-ens" stems to the singular's
 * unstemmed form ("pantserwagens" to "pantserwagen", "pantserwagen" to "pantserwag") and the two
 * never meet; a second pass brings both to "pantserwag". Measured on the forms in the tests.
 */
final class DutchAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream s = new LowerCaseFilter(source);
        s = new StopFilter(s, org.apache.lucene.analysis.nl.DutchAnalyzer.getDefaultStopSet());
        s = new SnowballFilter(new SnowballFilter(s, new DutchStemmer()), new DutchStemmer());
        return new TokenStreamComponents(source, s);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
