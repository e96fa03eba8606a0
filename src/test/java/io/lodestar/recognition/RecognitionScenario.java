package io.lodestar.recognition;

import java.math.BigDecimal;
import java.util.UUID;

import io.lodestar.platform.security.SystemActor;
import io.lodestar.test.Fixtures;

/** Test data for recognition: an award type and a manager's budget for this year, set by the company's HR. */
public final class RecognitionScenario {

	private RecognitionScenario() {
	}

	public static UUID awardType(AwardTypes types, Fixtures.Company company, String name) {
		return SystemActor.runAs(company.id(), () -> types.create(company.hr().principal(), name, null).id());
	}

	public static void budget(AwardBudgets budgets, Fixtures.Company company, String amount) {
		SystemActor.runAs(company.id(), () -> {
			var hr = company.hr().principal();
			budgets.set(hr, company.manager().employeeId(), budgets.currentYear(hr), new BigDecimal(amount));
		});
	}

	/** An award from the company's manager to their report Emma, with a bonus. */
	public static UUID bonusAward(Awards awards, Fixtures.Company company, UUID type, String amount) {
		return SystemActor.runAs(company.id(), () -> awards.give(company.manager().principal(),
				new NewAward(company.employee().employeeId(), type, "Complaint rate halved", null, RewardKind.BONUS,
						new BigDecimal(amount), null))
			.id());
	}

	public static UUID praise(PraisePosts praise, Fixtures.Company company, UUID goal) {
		return SystemActor.runAs(company.id(), () -> praise.post(company.colleague().principal(),
				company.employee().employeeId(), "Thanks for the help!", goal).id());
	}

}
