package io.lodestar.attendance;

/** Text that goes to or comes from a device, where TAB and newline are field and record separators. */
final class DeviceText {

	private DeviceText() {
	}

	/** Control characters (TAB, CR, LF, NUL...) become spaces, so no value can start a field or a command. */
	static String clean(String value, int maxLength) {
		if (value == null) {
			return "";
		}
		String cleaned = value.replaceAll("\\p{Cntrl}", " ").strip();
		return AttlogLine.truncate(cleaned, maxLength);
	}

}
