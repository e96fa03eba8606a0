package io.lodestar.attendance;

import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

import io.lodestar.platform.web.BusinessRuleException;

/**
 * A device's time zone as a fixed UTC offset ("+08:00", "+05:30"): ZKTeco firmware keeps a fixed offset, and
 * every punch is stored with the offset in force when it arrived, so history stays right if it changes later.
 */
public final class UtcOffsets {

	private static final Pattern FORMAT = Pattern.compile("[+-]\\d{2}:\\d{2}");

	private UtcOffsets() {
	}

	/** The offset, or a refusal naming {@code field}. */
	public static ZoneOffset parse(String text, String field) {
		if (text == null || !FORMAT.matcher(text.strip()).matches()) {
			throw BusinessRuleException.invalid("attendance.device.offset.invalid", field);
		}
		try {
			return ZoneOffset.of(text.strip());
		}
		catch (DateTimeException e) {
			throw BusinessRuleException.invalid("attendance.device.offset.invalid", field);
		}
	}

	static String format(ZoneOffset offset) {
		return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
	}

	/**
	 * The handshake's {@code TimeZone=} value. Firmware reads whole hours for whole-hour zones and minutes for
	 * the others (8 = UTC+8, 330 = UTC+5:30, -270 = UTC-4:30), as ZKTeco's reference server sends it; leaving it
	 * out makes devices fall back to +8 and shift their clocks.
	 */
	static String timeZoneOption(ZoneOffset offset) {
		int minutes = offset.getTotalSeconds() / 60;
		return minutes % 60 == 0 ? Integer.toString(minutes / 60) : Integer.toString(minutes);
	}

}
