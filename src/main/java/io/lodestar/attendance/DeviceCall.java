package io.lodestar.attendance;

import java.util.Map;

/**
 * One request of a device: its serial number, the parsed query string, the address it came from and the shared
 * secret it sent (the PUSH {@code ComKey} query parameter, or the {@code X-Device-Key} header), if any.
 */
public record DeviceCall(String serial, Map<String, String> query, String remoteAddress, String key) {
}
