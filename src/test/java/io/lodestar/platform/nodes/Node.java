package io.lodestar.platform.nodes;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import io.lodestar.LodestarApplication;

/**
 * One Lodestar instance as a real server on a random port, started the way production starts it but with the test
 * profile and the test database (H2 in memory, or the PostgreSQL schema of the PostgreSQL run): two of them in one
 * JVM share one database, as two nodes behind a load balancer do. Sessions live in the database here (the test
 * profile otherwise keeps them in memory for MockMvc).
 */
final class Node implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	final ConfigurableApplicationContext context;

	final int port;

	private Node(ConfigurableApplicationContext context) {
		this.context = context;
		this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	static Node start(Class<?>... extraSources) {
		Class<?>[] sources = new Class<?>[extraSources.length + 1];
		sources[0] = LodestarApplication.class;
		System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(sources).profiles("test")
			.initializers(started -> started.getBeanFactory()
				.registerSingleton("skipTestConfigurations", new SkipTestConfigurations()))
			// command-line arguments outrank the test profile, which switches database sessions off
			.run("--server.port=0", "--spring.autoconfigure.exclude=");
		return new Node(context);
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/** A browser's cookie jar for one session cookie, which any node accepts. */
	static final class Browser {

		String cookie;

		HttpResponse<String> get(Node node, String path) throws IOException, InterruptedException {
			return send(node, HttpRequest.newBuilder(node.uri(path)).GET());
		}

		HttpResponse<String> post(Node node, String path, Map<String, String> form)
				throws IOException, InterruptedException {
			String body = form.entrySet()
				.stream()
				.map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(node, HttpRequest.newBuilder(node.uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		private HttpResponse<String> send(Node node, HttpRequest.Builder request) throws IOException, InterruptedException {
			request.header("Accept-Language", "en");
			if (cookie != null) {
				request.header("Cookie", cookie);
			}
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			response.headers()
				.allValues("Set-Cookie")
				.stream()
				.filter(value -> value.startsWith("LODESTAR_SESSION="))
				.findFirst()
				.ifPresent(value -> cookie = value.substring(0, value.indexOf(';')));
			return response;
		}

	}

	static HttpResponse<String> api(Node node, String method, String path, String token, String json)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json");
		if (json != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	@Override
	public void close() {
		context.close();
	}

	/** Test-only configurations of other tests (which @SpringBootTest leaves out) stay out of these nodes too. */
	static final class SkipTestConfigurations extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			var annotations = reader.getAnnotationMetadata();
			return annotations.hasAnnotation(TestConfiguration.class.getName())
					|| annotations.hasAnnotation(TestComponent.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other != null && other.getClass() == getClass();
		}

		@Override
		public int hashCode() {
			return getClass().hashCode();
		}

	}

}
