package io.lodestar.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.ssl.PemSslBundleProperties;
import org.springframework.boot.autoconfigure.ssl.PropertiesSslBundle;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The LODESTAR_TLS_* settings become Spring Boot SSL bundle properties; a PEM pair given that way loads. */
class TlsSettingsTests {

	@Test
	void nothingConfiguredMeansPlainHttp() {
		assertThat(TlsSettings.translate(Map.<String, String>of()::get)).isEmpty();
		assertThat(TlsSettings.translate(Map.of("lodestar.tls.keystore", " ")::get)).isEmpty();
	}

	@Test
	void aPkcs12KeystoreBecomesAJksBundleLimitedToTls12And13() {
		var properties = TlsSettings.translate(Map.of("lodestar.tls.keystore", "/etc/lodestar/tls.p12",
				"lodestar.tls.keystore-password", "secret")::get);
		assertThat(properties).containsEntry("spring.ssl.bundle.jks.lodestar-server.keystore.location",
				"file:/etc/lodestar/tls.p12")
			.containsEntry("spring.ssl.bundle.jks.lodestar-server.keystore.type", "PKCS12")
			.containsEntry("spring.ssl.bundle.jks.lodestar-server.keystore.password", "secret")
			.containsEntry("spring.ssl.bundle.jks.lodestar-server.options.enabled-protocols", "TLSv1.3,TLSv1.2")
			.containsEntry("spring.ssl.bundle.jks.lodestar-server.reload-on-update", "true")
			.containsEntry("server.ssl.bundle", "lodestar-server")
			.containsEntry("server.ssl.enabled-protocols", "TLSv1.3,TLSv1.2");
	}

	@Test
	void aPemPairBecomesALoadablePemBundle() {
		var properties = TlsSettings.translate(Map.of("lodestar.tls.certificate", "classpath:tls/server.crt",
				"lodestar.tls.private-key", "classpath:tls/server.key")::get);
		assertThat(properties).containsEntry("server.ssl.bundle", "lodestar-server")
			.containsEntry("spring.ssl.bundle.pem.lodestar-server.reload-on-update", "false");
		var pem = new Binder(new MapConfigurationPropertySource(properties))
			.bind("spring.ssl.bundle.pem.lodestar-server", PemSslBundleProperties.class)
			.get();
		var bundle = PropertiesSslBundle.get(pem);
		assertThat(bundle.getOptions().getEnabledProtocols()).containsExactly("TLSv1.3", "TLSv1.2");
		assertThat(bundle.getManagers().getKeyManagers()).isNotEmpty();
	}

	@Test
	void halfOrDoubleConfigurationStopsTheStart() {
		assertThatThrownBy(() -> TlsSettings.translate(Map.of("lodestar.tls.certificate", "/a.crt")::get))
			.hasMessageContaining("LODESTAR_TLS_PRIVATE_KEY");
		assertThatThrownBy(() -> TlsSettings.translate(Map.of("lodestar.tls.keystore", "/a.p12",
				"lodestar.tls.certificate", "/a.crt", "lodestar.tls.private-key", "/a.key")::get))
			.hasMessageContaining("not both");
	}

}
