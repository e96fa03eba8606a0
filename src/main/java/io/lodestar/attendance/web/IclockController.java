package io.lodestar.attendance.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.lodestar.attendance.DeviceCall;
import io.lodestar.attendance.DeviceProtocol;
import io.lodestar.attendance.DeviceReply;

/**
 * The ZKTeco PUSH endpoints, with and without the {@code .aspx} suffix some firmware uses. Devices do not sign
 * in: they are let through by serial number, and only approved serial numbers have data accepted (see
 * {@link DeviceProtocol}). The raw body is read before anything could parse it as a form, and the query string
 * is parsed here, because devices label bodies inconsistently.
 */
@RestController
@RequestMapping("/iclock")
@PreAuthorize("permitAll()")
class IclockController {

	private final DeviceProtocol protocol;

	private final long maxBodyBytes;

	IclockController(DeviceProtocol protocol,
			@Value("${lodestar.attendance.max-body-bytes:2097152}") long maxBodyBytes) {
		this.protocol = protocol;
		this.maxBodyBytes = maxBodyBytes;
	}

	@GetMapping({ "/cdata", "/cdata.aspx" })
	void cdataGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		answer(request, response, protocol::cdataGet);
	}

	@PostMapping({ "/cdata", "/cdata.aspx" })
	void cdataPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
		byte[] body = body(request);
		answer(request, response, call -> body == null ? protocol.tooLarge(call.serial(), maxBodyBytes)
				: protocol.cdataPost(call, body));
	}

	@GetMapping({ "/getrequest", "/getrequest.aspx" })
	void getRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
		answer(request, response, protocol::getRequest);
	}

	@PostMapping({ "/devicecmd", "/devicecmd.aspx" })
	void deviceCommand(HttpServletRequest request, HttpServletResponse response) throws IOException {
		byte[] body = body(request);
		answer(request, response, call -> body == null ? protocol.tooLarge(call.serial(), maxBodyBytes)
				: protocol.deviceCommand(call, body));
	}

	@GetMapping({ "/ping", "/ping.aspx" })
	void pingGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		answer(request, response, protocol::ping);
	}

	@PostMapping({ "/ping", "/ping.aspx" })
	void pingPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
		body(request);
		answer(request, response, protocol::ping);
	}

	/**
	 * Every call names its device by serial number ({@code SN}); without one it gets a 400 and nothing else. The
	 * shared secret comes as the PUSH {@code ComKey} parameter or, from a proxy in front of devices, a header.
	 */
	private void answer(HttpServletRequest request, HttpServletResponse response,
			java.util.function.Function<DeviceCall, DeviceReply> reply) throws IOException {
		Map<String, String> query = query(request);
		if (!serialMissing(query, response)) {
			String key = query.containsKey("ComKey") ? query.get("ComKey") : request.getHeader("X-Device-Key");
			write(response, reply.apply(new DeviceCall(query.get("SN"), query, request.getRemoteAddr(), key)));
		}
	}

	/** The body, or null when it is larger than the limit (read no further than one byte past it). */
	private byte[] body(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > maxBodyBytes) {
			return null;
		}
		try (InputStream in = request.getInputStream()) {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
			return bytes.length > maxBodyBytes ? null : bytes;
		}
	}

	/** First value of each parameter; {@code sn} in lower case is accepted as some firmware sends it. */
	static Map<String, String> query(HttpServletRequest request) {
		Map<String, String> query = new LinkedHashMap<>();
		String raw = request.getQueryString();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				int equals = pair.indexOf('=');
				String key = decode(equals < 0 ? pair : pair.substring(0, equals));
				String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
				query.putIfAbsent(key.equals("sn") ? "SN" : key, value);
			}
		}
		return query;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return text;
		}
	}

	private boolean serialMissing(Map<String, String> query, HttpServletResponse response) throws IOException {
		if (DeviceProtocol.validSerial(query.get("SN"))) {
			return false;
		}
		write(response, new DeviceReply(400, "ERROR: SN missing or invalid\n", StandardCharsets.UTF_8));
		return true;
	}

	/** Plain text with a correct GMT Date header: devices set their clocks from it. */
	private static void write(HttpServletResponse response, DeviceReply reply) throws IOException {
		byte[] bytes = reply.body().getBytes(reply.charset());
		response.setStatus(reply.status());
		response.setDateHeader("Date", System.currentTimeMillis());
		response.setContentType("text/plain;charset=" + reply.charset().name());
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

}
