/**
 * Attendance: time clocks (考勤机) that push punches to Lodestar over the ZKTeco PUSH ("ADMS", "iclock") HTTP
 * protocol. A device is known by its serial number only; an unknown serial is recorded as pending and has no
 * data accepted until an HR administrator approves it into their company ({@link DeviceRegistry}), optionally
 * with a shared secret and allowed networks. Punches are stored exactly once per (source, PIN, local time) with
 * the UTC offset in force ({@link DeviceProtocol}); punches from export files ({@link PunchImport}) and from other
 * systems over REST ({@link PunchPush}) go through the same writer under the company's FILE and API sources.
 * Biometric templates are never stored.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance")
package io.lodestar.attendance;
