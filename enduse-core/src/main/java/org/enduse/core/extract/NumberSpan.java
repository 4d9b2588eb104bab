package org.enduse.core.extract;

import java.math.BigDecimal;

/** A number in the text, written in digits, words or both ("3,000", "vier", "2,5 млн"), and its token span. */
public record NumberSpan(int start, int end, int startToken, int endToken, BigDecimal value) {}
