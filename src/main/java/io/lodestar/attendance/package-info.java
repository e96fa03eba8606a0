/**
 * Attendance: time clocks (考勤机) that push punches to Lodestar over the ZKTeco PUSH ("ADMS", "iclock") HTTP
 * protocol. A device is known by its serial number only; an unknown serial is recorded as pending and has no
 * data accepted until an HR administrator approves it into their company ({@link DeviceRegistry}). Punches are
 * stored exactly once per (device, PIN, device-local time) with the device's UTC offset
 * ({@link DeviceProtocol}). Biometric templates are never stored.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance")
package io.lodestar.attendance;
