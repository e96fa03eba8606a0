package io.lodestar.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.test.web.servlet.MockMvc;

import io.lodestar.test.Fixtures;
import io.lodestar.test.IntegrationTest;

/**
 * A line logged while serving a request carries its request id, and the JSON formats {@code LODESTAR_LOG_FORMAT}
 * offers (Spring Boot's structured logging) write it as a field of the one-line JSON object.
 */
@IntegrationTest
class RequestIdLogLinesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@ParameterizedTest
	@ValueSource(strings = { "ecs", "logstash" })
	void jsonLogLinesOfARequestCarryItsRequestId(String format) throws Exception {
		LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
		Logger root = logging.getLogger(Logger.ROOT_LOGGER_NAME);
		ListAppender<ILoggingEvent> captured = new ListAppender<>();
		captured.setContext(logging);
		captured.start();
		root.addAppender(captured);
		String id = "log-test-" + format + "-1234";
		try {
			// a page asked for without its required parameter: Spring logs a warning while serving it
			mvc.perform(get("/okr/retrospective/select").header("X-Request-Id", id)
				.with(Fixtures.as(fixtures.company().employee())));
		}
		finally {
			root.detachAppender(captured);
		}
		ILoggingEvent line = captured.list.stream()
			.filter(event -> id.equals(event.getMDCPropertyMap().get("requestId")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no log line with the request id among " + captured.list.size()));
		StructuredLogEncoder encoder = new StructuredLogEncoder();
		encoder.setContext(logging);
		encoder.setFormat(format);
		encoder.start();
		String json = new String(encoder.encode(line), StandardCharsets.UTF_8);
		encoder.stop();
		assertThat(json.strip()).startsWith("{").endsWith("}").doesNotContain("\n");
		assertThat(json).contains("\"requestId\":\"" + id + "\"");
	}

}
