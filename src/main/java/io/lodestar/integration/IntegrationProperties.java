package io.lodestar.integration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the SQL pull connector ({@code lodestar.integration.*}).
 *
 * @param allowEmbeddedH2 accept {@code jdbc:h2:mem:}/{@code file:} URLs, which run inside Lodestar's own
 * process: for tests and demos only
 * @param queryTimeout how long a connector's query may take
 * @param maxRows a result with more rows fails the run
 */
@ConfigurationProperties("lodestar.integration")
record IntegrationProperties(boolean allowEmbeddedH2, Duration queryTimeout, Integer maxRows) {

	IntegrationProperties {
		queryTimeout = queryTimeout == null ? Duration.ofSeconds(30) : queryTimeout;
		maxRows = maxRows == null ? 10_000 : maxRows;
	}

}
