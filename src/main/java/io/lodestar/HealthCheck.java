package io.lodestar;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container health check: the image has no shell and no curl, so Docker and Compose run
 * {@code java -cp /app/classes io.lodestar.HealthCheck}, which asks the readiness probe over plain HTTP on
 * {@code SERVER_PORT} (default 8080) and exits 0 when it answers 200, 1 otherwise. Kubernetes needs none of
 * this: its probes call the endpoints directly ({@code deploy/kubernetes/deployment.yaml}).
 */
public final class HealthCheck {

	private HealthCheck() {
	}

	public static void main(String[] args) {
		String port = System.getenv().getOrDefault("SERVER_PORT", "8080");
		String path = args.length > 0 ? args[0] : "/actuator/health/readiness";
		System.exit(isUp("http://127.0.0.1:" + port + path) ? 0 : 1);
	}

	static boolean isUp(String address) {
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create(address).toURL().openConnection();
			// shorter than any health-check timeout, so a hanging server counts as down rather than as a timeout
			connection.setConnectTimeout(2000);
			connection.setReadTimeout(3000);
			try {
				return connection.getResponseCode() == 200;
			}
			finally {
				connection.disconnect();
			}
		}
		catch (IOException ex) {
			return false;
		}
	}

}
