package io.lodestar.integration.web;

/** Shared names of the integration surface's controllers. */
final class IntegrationWeb {

	/** HR and system administrators manage keys and webhooks; the services check again (keys never manage keys). */
	static final String ADMIN = "hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')";

	static final String TAG_KEYS = "API keys";

	static final String TAG_WEBHOOKS = "Webhooks";

	private IntegrationWeb() {
	}

}
