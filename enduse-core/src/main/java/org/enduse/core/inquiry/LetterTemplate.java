package org.enduse.core.inquiry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter template from the class path with {{name}} placeholders. Values are escaped for the
 * format (HTML, or Markdown so that text from a report cannot become a link, heading or markup);
 * a list becomes Markdown bullets or HTML list items. A placeholder without a value is a bug in
 * the template and fails loudly.
 */
final class LetterTemplate {
    /** The two formats a letter is drafted in. */
    enum Format { MARKDOWN, HTML }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
    private final String text;
    private final Format format;

    private LetterTemplate(String text, Format format) {
        this.text = text;
        this.format = format;
    }

    static LetterTemplate load(String resource, Format format) {
        try (InputStream in = LetterTemplate.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("letter template " + resource + " is missing from the class path");
            return new LetterTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8), format);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read letter template " + resource, e);
        }
    }

    /** Fills every placeholder; values are Strings or Lists of Strings. */
    String render(Map<String, Object> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() * 2);
        while (m.find()) {
            Object value = values.get(m.group(1));
            if (value == null) throw new IllegalStateException("letter template has {{" + m.group(1) + "}} but no value was given for it");
            m.appendReplacement(out, Matcher.quoteReplacement(value instanceof List<?> list ? list(list) : escape(value.toString())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String list(List<?> items) {
        StringBuilder out = new StringBuilder();
        for (Object item : items) {
            if (!out.isEmpty()) out.append('\n');
            out.append(format == Format.HTML ? "<li>" + escape(item.toString()) + "</li>" : "- " + escape(item.toString()));
        }
        return out.toString();
    }

    String escape(String value) {
        String oneLine = value.replaceAll("[\\r\\n]+", " ");
        return format == Format.HTML ? html(oneLine) : markdown(oneLine);
    }

    static String html(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Backslash-escapes the characters that start Markdown markup inside a line. */
    static String markdown(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>|#!".indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }
}
