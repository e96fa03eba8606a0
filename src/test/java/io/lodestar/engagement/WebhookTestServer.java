package io.lodestar.engagement;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for a chat platform's webhook: records every request and answers with the status and body
 * set last (200 and DingTalk's {@code {"errcode":0}} by default).
 */
final class WebhookTestServer implements AutoCloseable {

	/** One request as the server got it. */
	record Received(String path, String rawQuery, Map<String, List<String>> headers, String body) {
	}

	private final HttpServer server;

	final List<Received> requests = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	private volatile String answer = "{\"errcode\":0,\"errmsg\":\"ok\"}";

	WebhookTestServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			requests.add(new Received(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
					Map.copyOf(exchange.getRequestHeaders()), body));
			byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
			if (bytes.length > 0) {
				exchange.getResponseBody().write(bytes);
			}
			exchange.close();
		});
		server.start();
	}

	/** The webhook URL of a path, e.g. {@code /robot/send?access_token=abc}. */
	String url(String pathAndQuery) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
	}

	void answer(int status, String body) {
		this.status = status;
		this.answer = body;
	}

	Received last() {
		return requests.get(requests.size() - 1);
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
