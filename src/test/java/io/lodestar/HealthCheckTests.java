package io.lodestar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The container health check: UP only on 200 from the readiness probe. */
class HealthCheckTests {

	@Test
	void upOnlyWhenTheProbeAnswers200() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/ready", exchange -> {
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.createContext("/down", exchange -> {
			exchange.sendResponseHeaders(503, -1);
			exchange.close();
		});
		server.start();
		try {
			String base = "http://127.0.0.1:" + server.getAddress().getPort();
			assertThat(HealthCheck.isUp(base + "/ready")).isTrue();
			assertThat(HealthCheck.isUp(base + "/down")).isFalse();
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void downWhenNothingListens() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		assertThat(HealthCheck.isUp("http://127.0.0.1:" + port + "/actuator/health/readiness")).isFalse();
	}

}
