package io.lodestar.appraisal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.lodestar.platform.privacy.DataKind;
import io.lodestar.platform.privacy.SensitiveReads;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.spreadsheet.CsvWriter;
import io.lodestar.platform.spreadsheet.XlsxWriter;

/**
 * The payroll file of a cycle, .xlsx or CSV: one line per person with a grade — employee number, name, unit,
 * grade, final score, KPI completion, pay base, variable pay and how it came about. Amounts are numbers; text
 * cells are escaped against formula injection. Only for readers who may see pay.
 */
@Service
@Transactional(readOnly = true)
public class PayrollExport {

	private static final List<String> COLUMNS = List.of("employee-no", "name", "unit", "grade", "score", "kpi",
			"pay-base", "pay", "steps");

	private final AppraisalCycles cycles;

	private final AppraisalStore store;

	private final MessageSource messages;

	private final SensitiveReads reads;

	PayrollExport(AppraisalCycles cycles, AppraisalStore store, MessageSource messages, SensitiveReads reads) {
		this.reads = reads;
		this.cycles = cycles;
		this.store = store;
		this.messages = messages;
	}

	public byte[] xlsx(CurrentUser user, UUID cycleId, Locale locale) {
		List<List<Object>> rows = rows(user, cycleId);
		try (XlsxWriter writer = new XlsxWriter()) {
			XlsxWriter.SheetWriter sheet = writer.sheet(messages.getMessage("appraisal.payroll.sheet", null, locale),
					headers(locale).stream().map(header -> XlsxWriter.Column.text(header)).toList());
			rows.forEach(sheet::row);
			return writer.toBytes();
		}
	}

	public byte[] csv(CurrentUser user, UUID cycleId, Locale locale) {
		return CsvWriter.write(headers(locale), rows(user, cycleId));
	}

	public String fileName(UUID tenant, UUID cycleId, String extension) {
		String name = cycles.get(tenant, cycleId).name().replaceAll("[^\\p{L}\\p{N}._-]+", "-");
		return "payroll-" + name + "." + extension;
	}

	private List<String> headers(Locale locale) {
		return COLUMNS.stream().map(column -> messages.getMessage("appraisal.payroll." + column, null, locale)).toList();
	}

	private List<List<Object>> rows(CurrentUser user, UUID cycleId) {
		if (!user.canSeePay()) {
			throw new AccessDeniedException("appraisal.pay.not-allowed");
		}
		AppraisalCycle cycle = cycles.get(user.tenant(), cycleId);
		List<List<Object>> rows = new ArrayList<>();
		List<UUID> subjects = new ArrayList<>();
		for (AppraisalView appraisal : store.ofCycle(user.tenant(), cycleId)) {
			if (appraisal.grade() == null) {
				continue;
			}
			List<Object> row = new ArrayList<>();
			row.add(appraisal.employeeNo());
			row.add(appraisal.employeeName());
			row.add(appraisal.orgUnitName());
			row.add(appraisal.grade());
			row.add(percent(appraisal.finalScore()));
			row.add(percent(appraisal.kpiScore()));
			row.add(appraisal.payBase() != null ? appraisal.payBase() : cycle.payBase());
			row.add(appraisal.payAmount());
			row.add(appraisal.paySteps());
			rows.add(row);
			subjects.add(appraisal.employeeId());
		}
		reads.read(user, DataKind.PAY_FIGURES, subjects);
		return rows;
	}

	private static java.math.BigDecimal percent(java.math.BigDecimal fraction) {
		return fraction == null ? null : fraction.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP);
	}

}
