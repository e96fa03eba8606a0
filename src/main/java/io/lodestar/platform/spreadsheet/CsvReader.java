package io.lodestar.platform.spreadsheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.lodestar.platform.spreadsheet.SpreadsheetException.Reason;

/**
 * RFC 4180 CSV as Excel and WPS write it in China and elsewhere: UTF-8 with or without BOM, UTF-16 with BOM
 * ("Unicode text"), otherwise GBK/GB18030 (what Excel writes for "CSV" on a Chinese Windows). The separator
 * is whichever of comma, semicolon and tab occurs most in the header line.
 */
final class CsvReader {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private CsvReader() {
	}

	static Table read(byte[] content, int maxRows) {
		String text = decode(content);
		rejectBinary(text);
		char separator = separator(text);
		SpreadsheetReader.Builder table = new SpreadsheetReader.Builder(maxRows);
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		int recordNumber = 1;
		int quoteStart = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < length && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					field.append(c);
				}
				continue;
			}
			if (c == '"' && (!fieldStarted || field.toString().isBlank())) {
				// a quote opens a quoted field only at its start (spaces before it are dropped)
				field.setLength(0);
				quoted = true;
				fieldStarted = true;
				quoteStart = recordNumber;
			}
			else if (c == separator) {
				record.add(field.toString());
				field.setLength(0);
				fieldStarted = false;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(field.toString());
				table.add(recordNumber++, record);
				record = new ArrayList<>();
				field.setLength(0);
				fieldStarted = false;
			}
			else {
				field.append(c);
				fieldStarted = true;
			}
		}
		if (quoted) {
			throw new SpreadsheetException(Reason.MALFORMED, quoteStart);
		}
		if (fieldStarted || !record.isEmpty()) {
			record.add(field.toString());
			table.add(recordNumber, record);
		}
		return table.build();
	}

	static String decode(byte[] content) {
		if (SpreadsheetReader.startsWith(content, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF })) {
			return strict(content, 3, StandardCharsets.UTF_8);
		}
		if (SpreadsheetReader.startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xFE })) {
			return strict(content, 2, StandardCharsets.UTF_16LE);
		}
		if (SpreadsheetReader.startsWith(content, new byte[] { (byte) 0xFE, (byte) 0xFF })) {
			return strict(content, 2, StandardCharsets.UTF_16BE);
		}
		try {
			return decodeOrFail(content, 0, StandardCharsets.UTF_8);
		}
		catch (CharacterCodingException notUtf8) {
			// GB18030 is a superset of GBK and GB2312, so one decoder covers all three
			return strict(content, 0, GB18030);
		}
	}

	private static String strict(byte[] content, int offset, Charset charset) {
		try {
			return decodeOrFail(content, offset, charset);
		}
		catch (CharacterCodingException undecodable) {
			throw new SpreadsheetException(Reason.NOT_TEXT, undecodable);
		}
	}

	private static String decodeOrFail(byte[] content, int offset, Charset charset) throws CharacterCodingException {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(content, offset, content.length - offset))
			.toString();
	}

	/** Text files have no NUL characters and hardly any other control characters; binaries are full of them. */
	private static void rejectBinary(String text) {
		int controls = 0;
		int sample = Math.min(text.length(), 65536);
		for (int i = 0; i < sample; i++) {
			char c = text.charAt(i);
			if (c == 0) {
				throw new SpreadsheetException(Reason.NOT_TEXT);
			}
			if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
				controls++;
			}
		}
		if (controls > 0 && controls * 100 >= sample) {
			throw new SpreadsheetException(Reason.NOT_TEXT);
		}
	}

	/** Counts separators outside quotes on the first non-blank line. */
	static char separator(String text) {
		int comma = 0;
		int semicolon = 0;
		int tab = 0;
		boolean quoted = false;
		boolean seenContent = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				if (seenContent) {
					break;
				}
			}
			else if (!quoted) {
				switch (c) {
					case ',' -> comma++;
					case ';' -> semicolon++;
					case '\t' -> tab++;
					default -> {
						if (!Character.isWhitespace(c)) {
							seenContent = true;
						}
					}
				}
			}
		}
		if (tab > comma && tab >= semicolon) {
			return '\t';
		}
		return semicolon > comma ? ';' : ',';
	}

}
