package io.lodestar.kpi.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough HTML reading for page tests: the text of an element by id, an attribute, table rows. */
final class Html {

	private Html() {
	}

	/** The text inside the element with this id (tags removed, entities decoded), or null if absent. */
	static String text(String html, String id) {
		Matcher start = Pattern.compile("<(\\w+)[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
		if (!start.find()) {
			return null;
		}
		String tag = start.group(1);
		int end = html.indexOf("</" + tag + ">", start.end());
		return plain(html.substring(start.end(), end));
	}

	/** An attribute of the element with this id, or null. */
	static String attribute(String html, String id, String attribute) {
		Matcher element = Pattern.compile("<\\w+[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
		if (!element.find()) {
			return null;
		}
		Matcher value = Pattern.compile("\\s" + Pattern.quote(attribute) + "=\"([^\"]*)\"").matcher(element.group());
		return value.find() ? decode(value.group(1)) : null;
	}

	/** The body rows of the table carrying the marker attribute (e.g. {@code data-kpi-library}), as plain text. */
	static List<String> rows(String html, String marker) {
		int table = html.indexOf(marker);
		List<String> rows = new ArrayList<>();
		if (table < 0) {
			return rows;
		}
		int body = html.indexOf("<tbody>", table);
		int end = html.indexOf("</tbody>", body);
		for (String row : html.substring(body + 7, end).split("<tr")) {
			if (!row.isBlank()) {
				rows.add(plain("<tr" + row));
			}
		}
		return rows;
	}

	/** The raw HTML of the body rows of the table with the marker. */
	static List<String> rawRows(String html, String marker) {
		int table = html.indexOf(marker);
		List<String> rows = new ArrayList<>();
		if (table < 0) {
			return rows;
		}
		int body = html.indexOf("<tbody>", table);
		int end = html.indexOf("</tbody>", body);
		for (String row : html.substring(body + 7, end).split("<tr")) {
			if (!row.isBlank()) {
				rows.add("<tr" + row);
			}
		}
		return rows;
	}

	static String plain(String fragment) {
		return decode(fragment.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").strip();
	}

	private static String decode(String text) {
		return text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
			.replace("&amp;", "&");
	}

}
