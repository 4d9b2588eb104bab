package org.enduse.core.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Takes the article out of a web page: drops scripts, menus, asides, captions, bylines, cookie
 * banners and link lists, picks the element that holds the most running text, and returns its
 * paragraphs separated by blank lines, with the headline first.
 */
public final class HtmlCleaner {
    /** jsoup keeps at most this depth; anything deeper is flattened, so hostile nesting stays cheap. */
    private static final int MAX_DEPTH = 256;
    private static final String JUNK_TAGS = "script, style, noscript, template, svg, math, iframe, object, embed, form, button, "
            + "select, nav, aside, footer, figure, figcaption, dialog, [hidden], [aria-hidden=true], [role=navigation], "
            + "[role=banner], [role=contentinfo], [role=complementary], [role=dialog], [role=alertdialog], [role=search]";
    /** Words in class and id values that mark page furniture rather than the report. */
    private static final Set<String> JUNK_WORDS = Set.of("cookie", "cookies", "consent", "gdpr", "banner", "menu", "nav", "navbar",
            "navigation", "breadcrumb", "breadcrumbs", "share", "sharing", "social", "byline", "author", "authors", "related",
            "newsletter", "subscribe", "subscription", "promo", "advert", "advertisement", "ad", "ads", "sponsored", "sidebar",
            "comments", "comment", "footer", "caption", "credit", "credits", "tags", "skip", "popup", "modal", "masthead",
            "paywall", "toolbar", "widget", "recommended", "trending", "outbrain", "taboola");
    private static final Set<String> KEEP_TAGS = Set.of("html", "body", "article", "main");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "br", "hr");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern BYLINE = Pattern.compile(
            "^(by|door|par|von|від|от|autor|автор|фото|photo|foto|image|credit|bron|source|quelle|джерело|источник)\\b.{0,80}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern COOKIE = Pattern.compile("cookie", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    public record Cleaned(String title, LocalDate published, String text) {}

    private HtmlCleaner() {}

    public static Cleaned clean(String html, String baseUri) {
        org.jsoup.nodes.Document page = Parser.htmlParser().setMaxDepth(MAX_DEPTH).parseInput(html, baseUri);
        String title = title(page);
        LocalDate published = published(page);
        Element headline = page.selectFirst("h1");
        String headlineText = headline == null ? title : normalise(headline.text());
        removeFurniture(page);
        List<String> paragraphs = paragraphs(contentRoot(page));
        if (headlineText != null && !headlineText.isEmpty() && (paragraphs.isEmpty() || !paragraphs.get(0).equals(headlineText))) {
            paragraphs.add(0, headlineText);
        }
        return new Cleaned(title, published, String.join("\n\n", paragraphs));
    }

    /** The text of an HTML fragment such as a feed item's description, paragraphs kept apart. */
    public static String fragmentText(String html) {
        org.jsoup.nodes.Document fragment = Parser.htmlParser().setMaxDepth(MAX_DEPTH).parseInput("<body>" + html + "</body>", "");
        removeFurniture(fragment);
        return String.join("\n\n", paragraphs(fragment.body()));
    }

    private static String title(org.jsoup.nodes.Document page) {
        Element og = page.selectFirst("meta[property=og:title]");
        String title = og != null ? og.attr("content") : page.title();
        title = normalise(title);
        return title.isEmpty() ? null : title;
    }

    private static LocalDate published(org.jsoup.nodes.Document page) {
        for (String query : List.of("meta[property=article:published_time]", "meta[itemprop=datePublished]", "meta[name=date]",
                "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=dc.date]", "time[datetime]")) {
            Element e = page.selectFirst(query);
            if (e == null) continue;
            String value = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
            if (value.length() >= 10) {
                try {
                    return LocalDate.parse(value.substring(0, 10));
                } catch (DateTimeParseException ignored) {
                    // Not an ISO date: try the next place a date can be declared.
                }
            }
        }
        return null;
    }

    private static void removeFurniture(org.jsoup.nodes.Document page) {
        page.select(JUNK_TAGS).remove();
        for (Element header : page.select("header")) {
            if (header.closest("article, main") == null) header.remove();
        }
        List<Element> junk = new ArrayList<>();
        for (Element e : page.getAllElements()) {
            if (!KEEP_TAGS.contains(e.normalName()) && (isJunk(e.className()) || isJunk(e.id()))) junk.add(e);
        }
        junk.forEach(Element::remove);
    }

    private static boolean isJunk(String attribute) {
        if (attribute.isEmpty()) return false;
        for (String word : WORD_SPLIT.split(attribute.toLowerCase(Locale.ROOT))) {
            if (JUNK_WORDS.contains(word)) return true;
        }
        return false;
    }

    /**
     * The element holding the report: a marked article body when the page has one, else the
     * element whose own paragraphs carry the most text (a parent gets half of a child's score,
     * so the tightest container wins).
     */
    private static Element contentRoot(org.jsoup.nodes.Document page) {
        Element marked = largest(page.select("[itemprop=articleBody], article, main, [role=main]"));
        if (marked != null && marked.text().length() > 200) return marked;
        Element best = null;
        double bestScore = 0;
        java.util.Map<Element, Double> scores = new java.util.HashMap<>();
        for (Element p : page.select("p, pre, blockquote")) {
            int length = p.text().length();
            if (length < 25) continue;
            Element parent = p.parent();
            if (parent == null) continue;
            scores.merge(parent, (double) length, Double::sum);
            if (parent.parent() != null) scores.merge(parent.parent(), length / 2.0, Double::sum);
        }
        for (var entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                bestScore = entry.getValue();
                best = entry.getKey();
            }
        }
        return best != null ? best : marked != null ? marked : page.body();
    }

    private static Element largest(Elements elements) {
        Element best = null;
        for (Element e : elements) if (best == null || e.text().length() > best.text().length()) best = e;
        return best;
    }

    private static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        if (root == null) return out;
        StringBuilder current = new StringBuilder();
        int[] linkChars = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                    if (text.parent() instanceof Element parent && parent.closest("a") != null) linkChars[0] += text.getWholeText().length();
                } else if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    flush(current, linkChars, out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) flush(current, linkChars, out);
            }
        }, root);
        flush(current, linkChars, out);
        return out;
    }

    private static void flush(StringBuilder current, int[] linkChars, List<String> out) {
        String text = normalise(current.toString());
        boolean mostlyLinks = linkChars[0] > text.length() / 2 && text.length() < 300;
        current.setLength(0);
        linkChars[0] = 0;
        if (text.isEmpty() || mostlyLinks) return;
        if (BYLINE.matcher(text).matches()) return;
        if (text.length() < 400 && COOKIE.matcher(text).find()) return;
        out.add(text);
    }

    private static String normalise(String text) {
        return text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
    }
}
