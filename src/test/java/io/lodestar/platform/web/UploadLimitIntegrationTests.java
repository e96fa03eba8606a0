package io.lodestar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import io.lodestar.platform.security.TokenScope;
import io.lodestar.test.DatabaseExtension;
import io.lodestar.test.Fixtures;

/**
 * Oversized uploads are refused by the real servlet container (MockMvc does not enforce the limit): 413
 * with a problem detail for the API, not a 500 and not an empty answer.
 */
@ExtendWith(DatabaseExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Fixtures.class)
class UploadLimitIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Test
	void anUploadOverTwentyMegabytesIsRefusedWithAProblemDetail() throws Exception {
		var company = fixtures.company();
		String token = fixtures.token(company.hr(), TokenScope.READ, TokenScope.WRITE);
		byte[] file = new byte[21 * 1024 * 1024];
		Arrays.fill(file, (byte) 'a');
		String boundary = "lodestar-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports/employees"))
				.header("Authorization", "Bearer " + token)
				.header("Accept-Language", "en")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("payload-too-large").contains("20 MB");
	}

}
