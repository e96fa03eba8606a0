package io.lodestar.attendance;

/**
 * A {@code USER PIN=..\tName=..\tPasswd=..\tCard=..} record: only the PIN and name are kept. Fields are split on
 * TAB, so a name can never carry a second field; control characters left in it are replaced.
 */
record OperlogUser(String pin, String name) {

	static OperlogUser parse(String fields) {
		String pin = null;
		String name = null;
		for (String field : fields.split("\t")) {
			int equals = field.indexOf('=');
			if (equals <= 0) {
				continue;
			}
			String key = field.substring(0, equals).strip();
			String value = field.substring(equals + 1);
			if (key.equals("PIN")) {
				pin = value.strip();
			}
			else if (key.equals("Name")) {
				name = DeviceText.clean(value, 100);
			}
		}
		if (pin == null || !AttlogLine.PIN.matcher(pin).matches()) {
			return null;
		}
		return new OperlogUser(pin, name == null || name.isEmpty() ? null : name);
	}

}
