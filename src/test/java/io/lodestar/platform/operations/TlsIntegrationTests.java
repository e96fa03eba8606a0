package io.lodestar.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import io.lodestar.test.DatabaseExtension;

/**
 * Lodestar started with a PKCS#12 keystore (made by keytool for this run, as an operator would) and a plain-HTTP
 * port: TLS 1.2 and 1.3 are served, a TLS 1.1 handshake is refused, HTTP answers with a redirect to HTTPS
 * (time clocks excepted), and HTTPS responses carry HSTS.
 */
@ExtendWith(DatabaseExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "lodestar.tls.keystore=" + TlsIntegrationTests.KEYSTORE,
				"lodestar.tls.keystore-password=" + TlsIntegrationTests.PASSWORD, "lodestar.tls.http-port=0" })
@ActiveProfiles("test")
class TlsIntegrationTests {

	static final String KEYSTORE = "target/tls-test/lodestar.p12";

	static final String PASSWORD = "test-keystore-pass";

	static {
		createKeystore();
	}

	@Autowired
	ServletWebServerApplicationContext context;

	@Autowired
	HttpRedirectConnector redirect;

	int httpsPort() {
		return context.getWebServer().getPort();
	}

	@Test
	void servesTls12And13Only() throws Exception {
		assertThat(handshake("TLSv1.2")).isEqualTo("TLSv1.2");
		assertThat(handshake("TLSv1.3")).isEqualTo("TLSv1.3");
		// the connector itself is limited, whatever the JVM would allow
		Connector https = ((TomcatWebServer) context.getWebServer()).getTomcat().getService().findConnectors()[0];
		assertThat(https.getSecure()).isTrue();
		assertThat(https.findSslHostConfigs()[0].getProtocols()).containsExactlyInAnyOrder("TLSv1.2", "TLSv1.3");
	}

	@Test
	void refusesATls11Handshake() throws Exception {
		// a hand-made ClientHello, so the client side's own TLS settings cannot be what refuses it
		assertThat(firstRecordAnswering(0x0302)).as("answer to a TLS 1.1 ClientHello").isNotEqualTo(0x16);
		assertThat(firstRecordAnswering(0x0303)).as("the same ClientHello as TLS 1.2 gets a ServerHello")
			.isEqualTo(0x16);
	}

	@Test
	void httpsResponsesCarryHsts() throws Exception {
		HttpResponse<String> login = client().send(HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort()
				+ "/login")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
		assertThat(login.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void plainHttpIsRedirectedToHttpsExceptForTimeClocks() throws Exception {
		int httpPort = redirect.httpPort();
		assertThat(httpPort).isPositive().isNotEqualTo(httpsPort());
		HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> page = plain.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort
				+ "/people?q=x")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isIn(301, 302, 307, 308);
		assertThat(page.headers().firstValue("Location"))
			.hasValue("https://localhost:" + httpsPort() + "/people?q=x");
		assertThat(page.headers().firstValue("Strict-Transport-Security")).as("HSTS only over HTTPS").isEmpty();
		// ZKTeco terminals speak plain HTTP and do not follow redirects
		HttpResponse<String> clock = plain.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort
				+ "/iclock/cdata?SN=UNKNOWN1&options=all")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(clock.statusCode()).isNotIn(301, 302, 307, 308);
		// plain HTTP on the HTTPS port gets Tomcat's "requires TLS" answer, never a page
		HttpResponse<String> wrongPort = plain.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpsPort()
				+ "/login")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(wrongPort.statusCode()).isEqualTo(400);
	}

	private String handshake(String protocol) throws Exception {
		try (SSLSocket socket = (SSLSocket) trusting().getSocketFactory().createSocket("localhost", httpsPort())) {
			socket.setEnabledProtocols(new String[] { protocol });
			socket.setSoTimeout(10_000);
			socket.startHandshake();
			return socket.getSession().getProtocol();
		}
	}

	/** Sends a minimal ClientHello offering {@code version}; returns the first byte of the answer (0x16 = handshake, 0x15 = alert, -1 = closed). */
	private int firstRecordAnswering(int version) throws Exception {
		try (Socket socket = new Socket("localhost", httpsPort())) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(TlsHello.clientHello(version));
			socket.getOutputStream().flush();
			InputStream in = socket.getInputStream();
			try {
				return in.read();
			}
			catch (SocketTimeoutException | SSLException | java.net.SocketException reset) {
				return -1;
			}
		}
	}

	private HttpClient client() throws Exception {
		return HttpClient.newBuilder().sslContext(trusting()).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** Trusts exactly the test certificate. */
	private static SSLContext trusting() throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(Path.of(KEYSTORE))) {
			store.load(in, PASSWORD.toCharArray());
		}
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(store);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, trust.getTrustManagers(), null);
		return context;
	}

	private static void createKeystore() {
		try {
			Path file = Path.of(KEYSTORE);
			Files.createDirectories(file.getParent());
			Files.deleteIfExists(file);
			Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
					"-genkeypair", "-alias", "lodestar", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname",
					"CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore",
					file.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
				.redirectErrorStream(true)
				.start();
			ByteArrayOutputStream output = new ByteArrayOutputStream();
			keytool.getInputStream().transferTo(output);
			if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
				throw new IllegalStateException("keytool failed: " + output.toString(StandardCharsets.UTF_8));
			}
		}
		catch (IOException | InterruptedException failed) {
			throw new IllegalStateException(failed);
		}
	}


}
