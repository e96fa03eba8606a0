package io.lodestar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.lodestar.platform.web.BusinessRuleException;

/** NIST 800-63B style rules: length and a common-password list, no composition rules. */
class PasswordPolicyTests {

	PasswordPolicy policy = new PasswordPolicy();

	private String codeOf(String password) {
		try {
			policy.check(password, "wang.wei@huarui.cn", "password");
			return null;
		}
		catch (BusinessRuleException refused) {
			assertThat(refused.field()).isEqualTo("password");
			return refused.code();
		}
	}

	@Test
	void acceptsLongPassphrasesWithoutCompositionRules() {
		assertThatCode(() -> policy.check("correct horse battery staple", null, "p")).doesNotThrowAnyException();
		assertThatCode(() -> policy.check("a".repeat(30) + "bcdefgh" + "x".repeat(27), null, "p"))
			.doesNotThrowAnyException();
		assertThatCode(() -> policy.check("北极星照亮每个目标", null, "p")).doesNotThrowAnyException();
	}

	@Test
	void refusesShortLongCommonAndPersonalPasswords() {
		assertThat(codeOf("Ab3$xyz")).isEqualTo("account.password.too-short");
		assertThat(codeOf("x".repeat(64) + "y".repeat(65))).isEqualTo("account.password.too-long");
		assertThat(codeOf("password")).isEqualTo("account.password.common");
		assertThat(codeOf("12345678")).isEqualTo("account.password.common");
		assertThat(codeOf("Woaini1314")).isEqualTo("account.password.common");
		assertThat(codeOf("my-wang.wei-secret")).isEqualTo("account.password.contains-email");
		assertThat(codeOf("aaaaaaaaaaaa")).isEqualTo("account.password.repetitive");
	}

	@Test
	void refusesWellKnownBreachedPasswordsThatTheOldShortListMissedIgnoringCase() {
		// none of these were among the 239 entries shipped before the breached-password list
		for (String breached : new String[] { "liverpool", "chocolate", "Starwars1", "BLINK182", "zaq1xsw2",
				"1q2w3e4r5t6y", "qwerty12345", "Butterfly", "superstar", "1qaz2wsx3edc4rfv", "asdfasdf" }) {
			assertThat(codeOf(breached)).as(breached).isEqualTo("account.password.common");
		}
	}

	@Test
	void strongPassphrasesAndTheOwnAdditionsStillBehaveAsBefore() {
		assertThat(codeOf("correct horse battery staple")).isNull();
		assertThat(codeOf("Lantern-okr-review-2026")).isNull();
		assertThat(codeOf("北极星照亮每个目标")).isNull();
		// Lodestar's own additions that zxcvbn's list leaves out
		assertThat(codeOf("woaini1314")).isEqualTo("account.password.common");
		assertThat(codeOf("lodestar123")).isEqualTo("account.password.common");
		assertThat(codeOf("987654321")).isEqualTo("account.password.common");
	}

	@Test
	void shipsTensOfThousandsOfBreachedPasswordsLoadedOnce() {
		BreachedPasswords shipped = BreachedPasswords.shipped();
		assertThat(shipped.size()).isGreaterThanOrEqualTo(49_233);
		assertThat(BreachedPasswords.shipped()).isSameAs(shipped);
		assertThat(shipped.contains("PASSWORD")).isTrue();
		assertThat(shipped.contains("#")).as("header comment lines").isFalse();
		assertThat(shipped.contains("#name?")).as("a password, not a comment").isTrue();
	}

	@Test
	void generatedSecretsAreStrongAndTokensAreStoredOnlyAsHashes() {
		String password = Secrets.password();
		assertThat(password).hasSize(16).doesNotContainPattern("[0OIl1]");
		assertThatCode(() -> policy.check(password, "someone@example.com", "p")).doesNotThrowAnyException();
		String token = Secrets.token();
		assertThat(token).startsWith("lst_").hasSize(44);
		assertThat(Secrets.sha256(token)).hasSize(64).isNotEqualTo(token).isEqualTo(Secrets.sha256(token));
		assertThat(Secrets.token()).isNotEqualTo(token);
	}

}
