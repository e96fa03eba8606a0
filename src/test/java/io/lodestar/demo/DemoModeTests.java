package io.lodestar.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoModeTests {

	static final String H2 = "jdbc:h2:file:./data/db/lodestar;MODE=PostgreSQL";

	static final String POSTGRES = "jdbc:postgresql://localhost:5432/lodestar";

	@Test
	void byDefaultLoadsDemoDataOnlyForTheEmbeddedH2Database() {
		assertThat(DemoMode.shouldLoad("", H2)).isTrue();
		assertThat(DemoMode.shouldLoad(null, "jdbc:h2:mem:test")).isTrue();
		assertThat(DemoMode.shouldLoad("  ", POSTGRES)).isFalse();
		assertThat(DemoMode.shouldLoad(null, null)).isFalse();
	}

	@Test
	void trueAndFalseForceTheDecisionWhateverTheDatabase() {
		assertThat(DemoMode.shouldLoad("true", POSTGRES)).isTrue();
		assertThat(DemoMode.shouldLoad(" TRUE ", POSTGRES)).isTrue();
		assertThat(DemoMode.shouldLoad("false", H2)).isFalse();
		assertThat(DemoMode.shouldLoad("False", H2)).isFalse();
	}

	@Test
	void anyOtherValueStopsStartUpWithAClearMessage() {
		assertThatThrownBy(() -> DemoMode.shouldLoad("yes", H2)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("LODESTAR_DEMO must be true, false or empty")
			.hasMessageContaining("yes");
	}

	@Test
	void generatedPasswordsAreLongAndDifferEachTime() {
		String first = DemoPassword.generate();
		assertThat(first).hasSize(16).matches("[A-HJ-NP-Za-km-z2-9]{16}");
		assertThat(DemoPassword.generate()).isNotEqualTo(first);
	}

}
