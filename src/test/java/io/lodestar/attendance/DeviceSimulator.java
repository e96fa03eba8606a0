package io.lodestar.attendance;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Poses as a ZKTeco PUSH time clock the way real firmware talks (PUSH SDK 2.4; attendance_protocols.md §1.12):
 * the device is the client, TABs and newlines are sent as real bytes, only a 200 counts as success, and a
 * failed batch is sent again byte for byte.
 */
final class DeviceSimulator {

	private final MockMvc mvc;

	final String serial;

	private String path = "";

	DeviceSimulator(MockMvc mvc, String serial) {
		this.mvc = mvc;
		this.serial = serial;
	}

	/** eSSL and some OEM firmware append .aspx to every endpoint. */
	DeviceSimulator aspx() {
		this.path = ".aspx";
		return this;
	}

	record Reply(int status, String body, String date, byte[] bytes) {

		boolean ok() {
			return status == 200;
		}

	}

	Reply handshake() throws Exception {
		return send(get("/iclock/cdata" + path).queryParam("SN", serial).queryParam("options", "all")
			.queryParam("pushver", "2.4.1").queryParam("language", "83").queryParam("PushOptionsFlag", "1")
			.header("User-Agent", "iClock Proxy/1.09"));
	}

	/** Older firmware: no pushver, expects Stamp/OpStamp. */
	Reply legacyHandshake() throws Exception {
		return send(get("/iclock/cdata" + path).queryParam("SN", serial).queryParam("options", "all"));
	}

	Reply time() throws Exception {
		return send(get("/iclock/cdata" + path).queryParam("SN", serial).queryParam("type", "time"));
	}

	Reply attlog(String stamp, String... lines) throws Exception {
		return upload("ATTLOG", stamp, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
	}

	Reply operlog(Charset charset, String... lines) throws Exception {
		return upload("OPERLOG", "1", (String.join("\n", lines) + "\n").getBytes(charset));
	}

	Reply upload(String table, String stamp, byte[] body) throws Exception {
		return send(post("/iclock/cdata" + path).queryParam("SN", serial).queryParam("table", table)
			.queryParam("Stamp", stamp).contentType("text/plain").content(body));
	}

	/** Posts a batch until the server answers 200, as firmware does after ErrorDelay. */
	Reply attlogUntilAccepted(int attempts, String stamp, String... lines) throws Exception {
		Reply reply = null;
		for (int i = 0; i < attempts && (reply == null || !reply.ok()); i++) {
			reply = attlog(stamp, lines);
		}
		return reply;
	}

	Reply poll(String info) throws Exception {
		var request = get("/iclock/getrequest" + path).queryParam("SN", serial);
		if (info != null) {
			request.queryParam("INFO", info);
		}
		return send(request);
	}

	Reply commandResult(String body) throws Exception {
		return send(post("/iclock/devicecmd" + path).queryParam("SN", serial).contentType("text/plain")
			.content(body.getBytes(StandardCharsets.UTF_8)));
	}

	Reply ping() throws Exception {
		return send(get("/iclock/ping" + path).queryParam("SN", serial));
	}

	private Reply send(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		byte[] bytes = response.getContentAsByteArray();
		String type = response.getContentType();
		Charset charset = type != null && type.contains("GB18030") ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
		return new Reply(response.getStatus(), new String(bytes, charset), response.getHeader("Date"), bytes);
	}

}
