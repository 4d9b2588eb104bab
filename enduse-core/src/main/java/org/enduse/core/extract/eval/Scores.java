package org.enduse.core.extract.eval;

import java.util.Map;
import java.util.TreeMap;

/** True positives, false positives and false negatives per (field, language), with P/R/F1. */
public final class Scores {
    /** Counts for one field in one language ("all" sums the languages). */
    public static final class Count {
        int tp, fp, fn;

        public int truePositives() { return tp; }
        public int falsePositives() { return fp; }
        public int falseNegatives() { return fn; }

        public double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<String, Map<String, Count>> byField = new TreeMap<>();
    private final java.util.List<String> misses = new java.util.ArrayList<>();

    void miss(String line) {
        misses.add(line);
    }

    /** One line per false positive ("extra") and false negative ("missed"), naming the document. */
    public java.util.List<String> misses() {
        return java.util.List.copyOf(misses);
    }

    void add(String field, String language, int tp, int fp, int fn) {
        for (String lang : new String[] {language, "all"}) {
            Count c = byField.computeIfAbsent(field, k -> new TreeMap<>()).computeIfAbsent(lang, k -> new Count());
            c.tp += tp;
            c.fp += fp;
            c.fn += fn;
        }
    }

    /** field → language → counts; "all" is the sum over languages. */
    public Map<String, Map<String, Count>> byField() {
        return byField;
    }

    /** A plain-text table: one row per field and language. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format("%-14s %-4s %5s %5s %5s %6s %6s %6s%n", "field", "lang", "tp", "fp", "fn", "P", "R", "F1"));
        byField.forEach((field, langs) -> langs.forEach((lang, c) -> out.append(String.format("%-14s %-4s %5d %5d %5d %6.3f %6.3f %6.3f%n",
                field, lang, c.tp, c.fp, c.fn, c.precision(), c.recall(), c.f1()))));
        return out.toString();
    }
}
