package io.lodestar.platform.web;

import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Recognises an upload over the configured limit however it surfaces: as Spring's exception when the
 * dispatcher parses the request, or as the servlet container's own exception when a filter or data binding
 * touched the parameters first.
 */
final class UploadLimits {

	private UploadLimits() {
	}

	static boolean exceeded(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof MaxUploadSizeExceededException
					|| cause.getClass().getName().endsWith("SizeLimitExceededException")) {
				return true;
			}
		}
		return false;
	}

}
