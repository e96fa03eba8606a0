package io.lodestar.attendance;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** What to answer a device: a status (only 200 counts as success for it), a short plain-text body, its charset. */
public record DeviceReply(int status, String body, Charset charset) {

	static DeviceReply ok(String body) {
		return new DeviceReply(200, body, StandardCharsets.UTF_8);
	}

	static DeviceReply refused(int status, String body) {
		return new DeviceReply(status, body, StandardCharsets.UTF_8);
	}

}
