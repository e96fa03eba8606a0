package io.lodestar.attendance;

/** PENDING: seen but not approved, no company, nothing accepted. APPROVED: belongs to one company. */
public enum DeviceStatus {
	PENDING, APPROVED
}
