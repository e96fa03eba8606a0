package io.lodestar.platform.spreadsheet;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxRows the most data rows one upload may have
 * @param threads background workers checking and importing files
 * @param apiWait how long an API upload or confirmation waits for the job to finish before answering with
 * its current state (clients then poll {@code GET /api/v1/imports/{id}})
 */
@ConfigurationProperties("lodestar.imports")
public record ImportProperties(@DefaultValue("20000") int maxRows, @DefaultValue("2") int threads,
		@DefaultValue("30s") Duration apiWait) {
}
