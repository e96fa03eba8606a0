package io.lodestar.platform.privacy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param fourEyesExports when true, an HR administrator's own bulk export of personal data (restricted
 * columns) also needs a second HR administrator's approval; the direct directory export then leaves those
 * columns out
 * @param exportDownloadWindow how long an approved export can be downloaded (once)
 * @param retentionBatchSize rows deleted or people anonymised per transaction by the retention job
 */
@ConfigurationProperties("lodestar.privacy")
public record PrivacyProperties(@DefaultValue("false") boolean fourEyesExports,
		@DefaultValue("24h") Duration exportDownloadWindow, @DefaultValue("500") int retentionBatchSize) {

	/** May this user take restricted personal data of everyone straight away, without an approved request? */
	public boolean directBulkExportAllowed() {
		return !fourEyesExports;
	}

}
