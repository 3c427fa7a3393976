package org.cleanprod.shared.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Renders the small subset of Markdown the reference notes use (headings, pipe tables,
 * bullet lists, rules, paragraphs, bold, italics, code and bare links) as HTML. Every
 * piece of text is HTML-escaped before any markup is added, so the output is safe to
 * insert unescaped. Headings start at the level given, below the page's own, and each
 * table is captioned with the heading above it.
 */
public final class Markdown {

	private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");

	private static final Pattern BULLET = Pattern.compile("^\\s*[*-]\\s+(.*)$");

	private static final Pattern TABLE_SEPARATOR = Pattern
		.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");

	private static final Pattern RULE = Pattern.compile("^\\s*(-{3,}|\\*{3,})\\s*$");

	private static final Pattern CODE = Pattern.compile("`([^`]+)`");

	private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

	private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![\\w*])");

	/** A bare http(s) address, without the punctuation that may close a sentence. */
	private static final Pattern LINK = Pattern
		.compile("https?://(?:(?!&quot;|&#39;)[^\\s<>])+?(?=&quot;|&#39;|[.,;:)]*(?:\\s|$|<))");

	private Markdown() {
	}

	/** The document as HTML, its top headings at {@code h<topLevel>}. */
	public static String toHtml(String markdown, int topLevel) {
		List<String> lines = markdown.replace("\r\n", "\n").lines().toList();
		StringBuilder html = new StringBuilder();
		List<String> paragraph = new ArrayList<>();
		String lastHeading = "";
		int i = 0;
		while (i < lines.size()) {
			String line = lines.get(i);
			Matcher heading = HEADING.matcher(line);
			if (line.isBlank()) {
				flush(paragraph, html);
				i++;
			}
			else if (heading.matches()) {
				flush(paragraph, html);
				int level = Math.min(heading.group(1).length() + topLevel - 1, 6);
				lastHeading = heading.group(2).strip();
				html.append("<h")
					.append(level)
					.append('>')
					.append(inline(lastHeading))
					.append("</h")
					.append(level)
					.append(">\n");
				i++;
			}
			else if (RULE.matcher(line).matches()) {
				flush(paragraph, html);
				html.append("<hr>\n");
				i++;
			}
			else if (isTableStart(lines, i)) {
				flush(paragraph, html);
				i = table(lines, i, lastHeading, html);
			}
			else if (BULLET.matcher(line).matches()) {
				flush(paragraph, html);
				i = list(lines, i, html);
			}
			else {
				paragraph.add(line.strip());
				i++;
			}
		}
		flush(paragraph, html);
		return html.toString();
	}

	private static boolean isTableStart(List<String> lines, int i) {
		return lines.get(i).strip().startsWith("|") && i + 1 < lines.size()
				&& TABLE_SEPARATOR.matcher(lines.get(i + 1)).matches();
	}

	private static int table(List<String> lines, int start, String caption, StringBuilder html) {
		html.append("<div class=\"table-responsive\"><table class=\"table table-sm table-bordered align-top\">\n");
		html.append("<caption class=\"visually-hidden\">").append(inline(caption)).append("</caption>\n<thead><tr>");
		for (String cell : cells(lines.get(start))) {
			html.append("<th scope=\"col\">").append(inline(cell)).append("</th>");
		}
		html.append("</tr></thead>\n<tbody>\n");
		int i = start + 2;
		while (i < lines.size() && lines.get(i).strip().startsWith("|")) {
			html.append("<tr>");
			for (String cell : cells(lines.get(i))) {
				html.append("<td>").append(inline(cell)).append("</td>");
			}
			html.append("</tr>\n");
			i++;
		}
		html.append("</tbody></table></div>\n");
		return i;
	}

	private static List<String> cells(String line) {
		String row = line.strip();
		if (row.startsWith("|")) {
			row = row.substring(1);
		}
		if (row.endsWith("|")) {
			row = row.substring(0, row.length() - 1);
		}
		List<String> cells = new ArrayList<>();
		for (String cell : row.split("\\|", -1)) {
			cells.add(cell.strip());
		}
		return cells;
	}

	/** A bullet list; indented lines that follow an item continue it. */
	private static int list(List<String> lines, int start, StringBuilder html) {
		List<String> items = new ArrayList<>();
		int i = start;
		while (i < lines.size()) {
			String line = lines.get(i);
			Matcher bullet = BULLET.matcher(line);
			if (bullet.matches()) {
				items.add(bullet.group(1).strip());
			}
			else if (!line.isBlank() && Character.isWhitespace(line.charAt(0)) && !items.isEmpty()) {
				items.set(items.size() - 1, items.getLast() + " " + line.strip());
			}
			else {
				break;
			}
			i++;
		}
		html.append("<ul>\n");
		for (String item : items) {
			html.append("<li>").append(inline(item)).append("</li>\n");
		}
		html.append("</ul>\n");
		return i;
	}

	private static void flush(List<String> paragraph, StringBuilder html) {
		if (!paragraph.isEmpty()) {
			html.append("<p>").append(inline(String.join(" ", paragraph))).append("</p>\n");
			paragraph.clear();
		}
	}

	/** Escapes the text, then marks up code, bold, italics and links. */
	static String inline(String text) {
		String html = HtmlUtils.htmlEscape(text, "UTF-8");
		html = CODE.matcher(html).replaceAll("<code>$1</code>");
		html = BOLD.matcher(html).replaceAll("<strong>$1</strong>");
		html = ITALIC.matcher(html).replaceAll("<em>$1</em>");
		return LINK.matcher(html)
			.replaceAll(match -> Matcher.quoteReplacement(
					"<a href=\"" + match.group() + "\" rel=\"noopener noreferrer\">" + match.group() + "</a>"));
	}

}
