package io.lodestar.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.lodestar.platform.spreadsheet.ColumnSpec;
import io.lodestar.platform.spreadsheet.XlsxWriter;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.SupportedLocales;

/**
 * The columns of one kind of KPI spreadsheet. Each is recognised by its name in both languages (from the
 * message bundle, so templates and readers always agree) and by common synonyms; informational columns
 * (names next to numbers and codes) are accepted and ignored.
 *
 * @param labelPrefix message key prefix of the column names, ending in a dot ({@code <labelPrefix><key>})
 * @param hintPrefix message key prefix of what each column takes, shown on the instructions sheet
 */
record SheetColumns(String labelPrefix, String hintPrefix, List<Column> columns) {

	enum Kind {

		REQUIRED, OPTIONAL, INFORMATIONAL

	}

	record Column(String key, Kind kind, XlsxWriter.Format format, List<String> synonyms) {

		static Column required(String key, XlsxWriter.Format format, String... synonyms) {
			return new Column(key, Kind.REQUIRED, format, List.of(synonyms));
		}

		static Column optional(String key, XlsxWriter.Format format, String... synonyms) {
			return new Column(key, Kind.OPTIONAL, format, List.of(synonyms));
		}

		static Column informational(String key, String... synonyms) {
			return new Column(key, Kind.INFORMATIONAL, XlsxWriter.Format.TEXT, List.of(synonyms));
		}

	}

	String labelKey(String key) {
		return labelPrefix + key;
	}

	String hintKey(String key) {
		return hintPrefix + key;
	}

	/** What the reader accepts: the names in every language plus synonyms. */
	List<ColumnSpec> specs(Messages messages) {
		List<ColumnSpec> specs = new ArrayList<>();
		for (Column column : columns) {
			List<String> names = new ArrayList<>(column.synonyms());
			SupportedLocales.ALL.forEach(locale -> names.add(messages.get(locale, labelKey(column.key()))));
			String label = labelKey(column.key());
			specs.add(switch (column.kind()) {
				case REQUIRED -> ColumnSpec.required(column.key(), label, names);
				case OPTIONAL -> ColumnSpec.optional(column.key(), label, names);
				case INFORMATIONAL -> ColumnSpec.informational(column.key(), label, names);
			});
		}
		return specs;
	}

	/** The columns of a sheet, named in the reader's language; {@code withInformational} adds the name columns. */
	List<XlsxWriter.Column> header(Locale locale, Messages messages, boolean withInformational) {
		return columns.stream()
			.filter(column -> withInformational || column.kind() != Kind.INFORMATIONAL)
			.map(column -> {
				String name = messages.get(locale, labelKey(column.key()));
				return new XlsxWriter.Column(name, column.format(), Math.max(14, name.length() + 6));
			})
			.toList();
	}

	/** An instructions sheet: every column with whether it is required and what it takes, then the rules. */
	void instructions(XlsxWriter writer, Locale locale, Messages messages, List<String> notes) {
		XlsxWriter.SheetWriter help = writer.sheet(messages.get(locale, "kpi.import.template.instructions"),
				List.of(XlsxWriter.Column.text(messages.get(locale, "kpi.import.template.column")).wide(24),
						XlsxWriter.Column.text(messages.get(locale, "kpi.import.template.required")).wide(10),
						XlsxWriter.Column.text(messages.get(locale, "kpi.import.template.format")).wide(90)));
		for (Column column : columns) {
			help.row(messages.get(locale, labelKey(column.key())),
					messages.get(locale, column.kind() == Kind.REQUIRED ? "platform.common.yes" : "platform.common.no"),
					messages.get(locale, hintKey(column.key())));
		}
		help.row("");
		notes.forEach(note -> help.row(note));
	}

}
