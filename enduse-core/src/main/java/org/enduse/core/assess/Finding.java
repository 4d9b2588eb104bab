package org.enduse.core.assess;

/** What one rule found for one sighting and one line: the cause it raises (null when none) and why, in words. */
record Finding(String rule, Cause cause, String text) {
    static Finding pass(String rule, String text) {
        return new Finding(rule, null, text);
    }

    static Finding of(String rule, Cause cause, String text) {
        return new Finding(rule, cause, text);
    }

    @Override
    public String toString() {
        return rule + ": " + text + (cause == null ? "" : " [" + cause + "]");
    }
}
