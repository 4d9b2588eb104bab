package org.enduse.core.transfer;

import java.util.Locale;

/**
 * Serial numbers as read from photos and documents: the same serial is written with or without
 * spaces and dashes, and O/0 and I/1 are confused in reading. Normalising maps each to one form so
 * that matches survive the reading; the original text is kept where it was given.
 */
public final class SerialNumbers {
    private SerialNumbers() {}

    public static String normalise(String serial) {
        StringBuilder out = new StringBuilder(serial.length());
        for (char c : serial.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case ' ', '-', '/', '.', '_', '\u00a0' -> { }
                case 'O' -> out.append('0');
                case 'I' -> out.append('1');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
