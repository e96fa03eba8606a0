package io.lodestar.platform.operations;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Turns the few {@code lodestar.tls.*} settings (README: {@code LODESTAR_TLS_*}) into Spring Boot's SSL bundle
 * and {@code server.ssl} properties, so an operator names a PKCS#12 file or a PEM pair and nothing else. TLS 1.2
 * and 1.3 only; the bundle is reloaded when the files change (renewed certificates need no restart). Settings
 * an operator gives as {@code spring.ssl.*} / {@code server.ssl.*} themselves win: these are added last.
 */
public class TlsSettings implements EnvironmentPostProcessor, Ordered {

	static final String BUNDLE = "lodestar-server";

	static final String PROTOCOLS = "TLSv1.3,TLSv1.2";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> properties = translate(environment::getProperty);
		if (!properties.isEmpty()) {
			environment.getPropertySources().addLast(new MapPropertySource("lodestarTls", properties));
		}
	}

	@Override
	public int getOrder() {
		// after application.yml has been read (config data runs at HIGHEST_PRECEDENCE + 10)
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** The Spring properties the lodestar.tls settings stand for; empty when TLS is not configured. */
	static Map<String, Object> translate(java.util.function.Function<String, String> settings) {
		String keystore = setting(settings, "keystore");
		String certificate = setting(settings, "certificate");
		String privateKey = setting(settings, "private-key");
		Map<String, Object> out = new LinkedHashMap<>();
		if (keystore == null && certificate == null && privateKey == null) {
			return out;
		}
		if (keystore != null && (certificate != null || privateKey != null)) {
			throw new IllegalStateException("Set either LODESTAR_TLS_KEYSTORE (PKCS#12) or LODESTAR_TLS_CERTIFICATE "
					+ "and LODESTAR_TLS_PRIVATE_KEY (PEM), not both");
		}
		String prefix;
		if (keystore != null) {
			prefix = "spring.ssl.bundle.jks." + BUNDLE + ".";
			out.put(prefix + "keystore.location", location(keystore));
			out.put(prefix + "keystore.type", "PKCS12");
			putIfSet(out, prefix + "keystore.password", setting(settings, "keystore-password"));
			putIfSet(out, prefix + "key.alias", setting(settings, "key-alias"));
		}
		else {
			if (certificate == null || privateKey == null) {
				throw new IllegalStateException(
						"LODESTAR_TLS_CERTIFICATE and LODESTAR_TLS_PRIVATE_KEY must be set together (PEM files)");
			}
			prefix = "spring.ssl.bundle.pem." + BUNDLE + ".";
			out.put(prefix + "keystore.certificate", location(certificate));
			out.put(prefix + "keystore.private-key", location(privateKey));
			putIfSet(out, prefix + "keystore.private-key-password", setting(settings, "private-key-password"));
		}
		out.put(prefix + "options.enabled-protocols", PROTOCOLS);
		// only files on disk can be watched; Boot refuses to start when asked to watch anything else
		boolean files = out.entrySet().stream().filter(entry -> entry.getKey().endsWith("location")
				|| entry.getKey().endsWith("certificate") || entry.getKey().endsWith("private-key"))
			.allMatch(entry -> entry.getValue().toString().startsWith("file:"));
		out.put(prefix + "reload-on-update", Boolean.toString(files));
		out.put("server.ssl.bundle", BUNDLE);
		out.put("server.ssl.enabled", "true");
		out.put("server.ssl.enabled-protocols", PROTOCOLS);
		return out;
	}

	private static String setting(java.util.function.Function<String, String> settings, String name) {
		String value = settings.apply("lodestar.tls." + name);
		return StringUtils.hasText(value) ? value.strip() : null;
	}

	private static void putIfSet(Map<String, Object> out, String key, String value) {
		if (value != null) {
			out.put(key, value);
		}
	}

	/** A bare path means a file; Spring would otherwise look for it on the class path. */
	private static String location(String path) {
		return path.matches("^[a-z]+:.*") && !path.matches("^[A-Za-z]:\\\\.*") ? path : "file:" + path;
	}

}
