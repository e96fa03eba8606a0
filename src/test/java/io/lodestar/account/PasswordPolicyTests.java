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
