package io.lodestar.appraisal;

import java.util.Locale;

/**
 * What an appraisal's final score can be made of. Each is a fraction (1 = 100 %) when it reaches the formula:
 * the weighted KPI score and the OKR score as they are, ratings (manager, self, peers) divided by the template's
 * scale. The formula names them by {@link #variable()}.
 */
public enum AppraisalComponent {

	KPI, OKR, MANAGER, SELF, PEER;

	public String variable() {
		return name().toLowerCase(Locale.ROOT);
	}

}
