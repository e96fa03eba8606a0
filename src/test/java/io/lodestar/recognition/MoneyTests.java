package io.lodestar.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.lodestar.platform.web.BusinessRuleException;

/** Budget arithmetic and amount rules, exact to the cent. */
class MoneyTests {

	@Test
	void exactlyTheRemainingBudgetFitsAndOneCentMoreDoesNot() {
		BigDecimal allocated = new BigDecimal("5000.00");
		BigDecimal used = new BigDecimal("3000.00");
		assertThat(Money.remaining(allocated, used)).isEqualByComparingTo("2000.00");
		assertThat(Money.fits(new BigDecimal("2000.00"), allocated, used)).isTrue();
		assertThat(Money.fits(new BigDecimal("2000"), allocated, used)).isTrue();
		assertThat(Money.fits(new BigDecimal("2000.01"), allocated, used)).isFalse();
		assertThat(Money.fits(BigDecimal.ZERO, allocated, allocated)).isTrue();
	}

	@Test
	void decimalsThatFloatingPointWouldGetWrongAreExact() {
		// 0.1 + 0.2 is not 0.3 in double; in BigDecimal it is, so a budget of 0.30 takes 0.10 and then 0.20
		BigDecimal used = new BigDecimal("0.10");
		assertThat(Money.fits(new BigDecimal("0.20"), new BigDecimal("0.30"), used)).isTrue();
		assertThat(Money.remaining(new BigDecimal("0.30"), used.add(new BigDecimal("0.20")))).isEqualByComparingTo("0");
	}

	@Test
	void amountsAreCheckedAndNameTheirField() {
		assertThat(Money.check(new BigDecimal("12.5"), "bonusAmount")).isEqualTo(new BigDecimal("12.50"));
		assertThat(Money.check(new BigDecimal("12.500"), "bonusAmount")).isEqualTo(new BigDecimal("12.50"));
		assertThat(Money.check(BigDecimal.ZERO, "bonusAmount")).isEqualTo(new BigDecimal("0.00"));
		assertRefused(null, "recognition.amount.required");
		assertRefused(new BigDecimal("-0.01"), "recognition.amount.negative");
		assertRefused(new BigDecimal("1.001"), "recognition.amount.cents");
		assertRefused(new BigDecimal("1000000000000"), "recognition.amount.too-large");
	}

	private static void assertRefused(BigDecimal amount, String code) {
		assertThatThrownBy(() -> Money.check(amount, "bonusAmount")).isInstanceOfSatisfying(BusinessRuleException.class,
				refused -> {
					assertThat(refused.code()).isEqualTo(code);
					assertThat(refused.field()).isEqualTo("bonusAmount");
				});
	}

}
