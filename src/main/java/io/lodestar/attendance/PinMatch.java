package io.lodestar.attendance;

/** How a PIN without an explicit mapping is matched to an employee number. */
public enum PinMatch {

	/** The PIN is the employee number. */
	EXACT,
	/** The PIN is the employee number once leading zeros are dropped from both (00123 = 123). */
	IGNORE_ZEROS;

	/** The PINs that match an employee number: itself, and under IGNORE_ZEROS every zero-padded spelling. */
	java.util.List<String> candidates(String employeeNo) {
		if (this == EXACT) {
			return java.util.List.of(employeeNo);
		}
		String bare = strip(employeeNo);
		java.util.List<String> pins = new java.util.ArrayList<>();
		for (String pin = bare; pin.length() <= 24; pin = "0" + pin) {
			if (!pin.isEmpty()) {
				pins.add(pin);
			}
		}
		return pins;
	}

	static String strip(String pin) {
		int start = 0;
		while (start < pin.length() - 1 && pin.charAt(start) == '0') {
			start++;
		}
		return pin.substring(start);
	}

}
