package io.lodestar.platform.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * Secrets mounted as files (Docker and Kubernetes secrets under /run/secrets) become settings (here a mail password; the database password works the same way): a file named like the
 * setting, or like its environment variable, provides its value; a trailing newline is not part of it.
 */
class SettingsFromMountedFilesTests {

	@TempDir
	Path secrets;

	@Test
	void aFileNamedLikeASettingOrItsEnvironmentVariableProvidesTheValue() throws Exception {
		Files.writeString(secrets.resolve("spring.mail.password"), "s3cret-from-file\n");
		Files.writeString(secrets.resolve("LODESTAR_SECRET_KEY"), "a2V5LWZyb20tZmlsZQ==\n");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NothingElse.class)
			.web(WebApplicationType.NONE)
			.run("--LODESTAR_SECRETS_DIR=" + secrets + "/")) {
			var environment = context.getEnvironment();
			assertThat(environment.getProperty("spring.mail.password")).isEqualTo("s3cret-from-file");
			assertThat(environment.getProperty("lodestar.secret-key")).isEqualTo("a2V5LWZyb20tZmlsZQ==");
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class NothingElse {

	}

}
