package io.lodestar.security;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

import io.lodestar.platform.security.SystemActor;
import io.lodestar.recognition.AwardBudgets;
import io.lodestar.recognition.AwardTypes;
import io.lodestar.recognition.Awards;
import io.lodestar.recognition.NewAward;
import io.lodestar.recognition.PraisePosts;
import io.lodestar.recognition.RewardKind;
import io.lodestar.test.Fixtures;

/** A company's recognition for the isolation matrix: an award type, a budget, a bonus award on a KPI and praise. */
final class RecognitionTenantData {

	private RecognitionTenantData() {
	}

	static Map<String, UUID> create(ApplicationContext context, Fixtures.Company company, UUID goal) {
		return SystemActor.runAs(company.id(), () -> {
			var hr = company.hr().principal();
			AwardBudgets budgets = context.getBean(AwardBudgets.class);
			UUID type = context.getBean(AwardTypes.class).create(hr, "B award " + company.code(), null).id();
			budgets.set(hr, company.manager().employeeId(), budgets.currentYear(hr), new BigDecimal("1000"));
			UUID award = context.getBean(Awards.class).give(company.manager().principal(),
					new NewAward(company.employee().employeeId(), type, "B reason", goal, RewardKind.BONUS,
							new BigDecimal("99.99"), null))
				.id();
			UUID praise = context.getBean(PraisePosts.class).post(company.colleague().principal(),
					company.employee().employeeId(), "B praise", null).id();
			return Map.of("award-type", type, "award", award, "praise", praise);
		});
	}

}
