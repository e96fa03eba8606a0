package io.lodestar.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored credentials: AES-256-GCM with a configured key or a key file created owner-only on first use. */
class SecretBoxTests {

	@TempDir
	Path dataDir;

	@Test
	void sealedValuesOpenOnlyWithTheSameKeyAndContextAndNeverContainThePlainText() {
		SecretBox box = new SecretBox("", dataDir.toString());
		String sealed = box.seal("Erp-Secret-7731", "tenant/connector");
		assertThat(sealed).startsWith("v1:").doesNotContain("Erp-Secret-7731");
		assertThat(box.seal("Erp-Secret-7731", "tenant/connector")).as("a fresh nonce every time").isNotEqualTo(sealed);
		assertThat(box.open(sealed, "tenant/connector")).isEqualTo("Erp-Secret-7731");
		assertThatThrownBy(() -> box.open(sealed, "tenant/other-connector"))
			.isInstanceOf(SecretBox.SecretUnreadableException.class);
		String tampered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
		assertThatThrownBy(() -> box.open(tampered, "tenant/connector"))
			.isInstanceOf(SecretBox.SecretUnreadableException.class);
		assertThatThrownBy(() -> new SecretBox("", dataDir.resolve("elsewhere").toString()).open(sealed, "tenant/connector"))
			.as("another key")
			.isInstanceOf(SecretBox.SecretUnreadableException.class);
	}

	@Test
	void withoutAConfiguredKeyAKeyFileIsCreatedOwnerOnlyAndReusedByTheNextStart() throws Exception {
		String sealed = new SecretBox("", dataDir.toString()).seal("pw", "ctx");
		Path keyFile = dataDir.resolve("secret.key");
		assertThat(keyFile).exists();
		assertThat(Base64.getDecoder().decode(Files.readString(keyFile).strip())).hasSize(32);
		if (Files.getFileAttributeView(keyFile, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
			assertThat(Files.getPosixFilePermissions(keyFile))
				.isEqualTo(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
		}
		assertThat(new SecretBox("", dataDir.toString()).open(sealed, "ctx")).isEqualTo("pw");
		try (var files = Files.list(dataDir)) {
			assertThat(files).as("no temporary files left behind").containsExactly(keyFile);
		}
	}

	@Test
	void aConfiguredKeyIsUsedInsteadOfTheFileAndMustBe32Bytes() {
		byte[] key = new byte[32];
		key[0] = 7;
		String configured = Base64.getEncoder().encodeToString(key);
		String sealed = new SecretBox(configured, dataDir.toString()).seal("pw", "ctx");
		assertThat(new SecretBox(configured, dataDir.resolve("other").toString()).open(sealed, "ctx")).isEqualTo("pw");
		assertThat(dataDir.resolve("secret.key")).doesNotExist();
		assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(new byte[16]), dataDir.toString())
			.seal("pw", "ctx")).isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
	}

}
