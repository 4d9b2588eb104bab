package org.enduse.core.common;

/** How much of a date is known. Reports often give only a month or a year. */
public enum DatePrecision {
    DAY, MONTH, YEAR, UNKNOWN
}
