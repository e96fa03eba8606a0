package io.lodestar.attendance;

import java.time.Instant;

/**
 * A device that contacted the server but belongs to no company yet. Pending devices are shared by the whole
 * installation, so the serial number is shown masked: approving needs the full number read off the device,
 * which keeps one company from claiming another's device from this list.
 */
public record PendingDeviceView(String maskedSerial, Instant firstSeenAt, Instant lastSeenAt) {

	static String mask(String serial) {
		int shown = Math.min(4, serial.length() / 2);
		return "•".repeat(serial.length() - shown) + serial.substring(serial.length() - shown);
	}

}
