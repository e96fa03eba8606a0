package io.lodestar.demo;

import org.springframework.stereotype.Component;

import io.lodestar.account.AccountManagement;
import io.lodestar.company.CompanyManagement;
import io.lodestar.engagement.FeedbackManagement;
import io.lodestar.engagement.SupportRequests;
import io.lodestar.goals.GoalManagement;
import io.lodestar.goals.PeriodCalendar;
import io.lodestar.kpi.KpiLibrary;
import io.lodestar.kpi.KpiManagement;
import io.lodestar.kpi.Measurements;
import io.lodestar.people.EmployeeManagement;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.people.OrgUnitManagement;
import io.lodestar.people.PositionManagement;
import io.lodestar.platform.audit.AuditTrail;

/** The real services demo data goes through, so it obeys the same rules and lands in the audit trail. */
@Component
record DemoServices(CompanyManagement companies, OrgUnitManagement units, PositionManagement positions,
		EmployeeManagement employees, AccountManagement accounts, AuditTrail audit, PeopleDirectory people,
		PeriodCalendar calendar, GoalManagement goals, KpiManagement kpis, KpiLibrary library,
		Measurements measurements, FeedbackManagement feedback, SupportRequests support,
		io.lodestar.okr.OkrCycles okrCycles, io.lodestar.okr.Objectives objectives,
		io.lodestar.okr.ReviewComments okrComments, io.lodestar.okr.CheckIns checkIns,
		io.lodestar.okr.KeyResultRevisions revisions, io.lodestar.okr.OkrClosing okrClosing,
		io.lodestar.recognition.AwardTypes awardTypes, io.lodestar.recognition.AwardBudgets awardBudgets,
		io.lodestar.recognition.Awards awards, io.lodestar.recognition.PraisePosts praise,
		io.lodestar.appraisal.AppraisalTemplates appraisalTemplates, io.lodestar.appraisal.AppraisalCycles appraisalCycles,
		io.lodestar.appraisal.AppraisalReviews appraisalReviews, io.lodestar.appraisal.Calibration calibration) {
}
