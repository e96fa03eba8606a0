package io.lodestar.kpi.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.lodestar.kpi.KpiDetail;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.Messages;

/** Turns KPI details into responses, with their configuration versions read in one query per list. */
@Component
class KpiResponses {

	private final KpiManagement kpis;

	private final Messages messages;

	KpiResponses(KpiManagement kpis, Messages messages) {
		this.kpis = kpis;
		this.messages = messages;
	}

	KpiResponse of(CurrentUser user, KpiDetail detail) {
		return of(user, List.of(detail)).get(0);
	}

	List<KpiResponse> of(CurrentUser user, List<KpiDetail> details) {
		Map<java.util.UUID, Long> versions = kpis.configVersions(user.tenant(),
				details.stream().map(detail -> detail.goal().id()).toList());
		return details.stream()
			.map(detail -> KpiResponse.of(detail, versions.get(detail.goal().id()), messages))
			.toList();
	}

}
