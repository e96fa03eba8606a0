package io.lodestar.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

import io.lodestar.platform.spreadsheet.HeaderMatcher;

/**
 * How cell texts become values, accepting what people actually type: dates as yyyy-MM-dd, yyyy/M/d,
 * yyyy.M.d, yyyy年M月d日, yyyyMMdd or an Excel date number; kinds and statuses in Chinese, English or as
 * enum names. The formats match the forms' Bean Validation rules.
 */
final class ImportValues {

	static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*");

	static final Pattern PHONE = Pattern.compile("[+0-9][0-9 ()-]{4,39}");

	/** Deliberately simple: one @, no spaces, a dot in the domain. */
	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	private static final Pattern YMD = Pattern
		.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");

	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	/** Excel stores dates as days since 1900; five digits cover 1927 to 2173. */
	private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.0+)?");

	private static final Map<String, OrgUnitKind> KINDS = Map.ofEntries(Map.entry("company", OrgUnitKind.COMPANY),
			Map.entry("公司", OrgUnitKind.COMPANY), Map.entry("总公司", OrgUnitKind.COMPANY),
			Map.entry("集团", OrgUnitKind.COMPANY), Map.entry("division", OrgUnitKind.DIVISION),
			Map.entry("事业部", OrgUnitKind.DIVISION), Map.entry("事业群", OrgUnitKind.DIVISION),
			Map.entry("分公司", OrgUnitKind.DIVISION), Map.entry("bu", OrgUnitKind.DIVISION),
			Map.entry("businessunit", OrgUnitKind.DIVISION), Map.entry("department", OrgUnitKind.DEPARTMENT),
			Map.entry("dept", OrgUnitKind.DEPARTMENT), Map.entry("部门", OrgUnitKind.DEPARTMENT),
			Map.entry("中心", OrgUnitKind.DEPARTMENT), Map.entry("team", OrgUnitKind.TEAM),
			Map.entry("group", OrgUnitKind.TEAM), Map.entry("班组", OrgUnitKind.TEAM), Map.entry("小组", OrgUnitKind.TEAM),
			Map.entry("班组小组", OrgUnitKind.TEAM), Map.entry("团队", OrgUnitKind.TEAM), Map.entry("组", OrgUnitKind.TEAM),
			Map.entry("other", OrgUnitKind.OTHER), Map.entry("其他", OrgUnitKind.OTHER),
			Map.entry("其它", OrgUnitKind.OTHER));

	private static final Map<String, EmployeeStatus> STATUSES = Map.of("active", EmployeeStatus.ACTIVE, "在职",
			EmployeeStatus.ACTIVE, "试用", EmployeeStatus.ACTIVE, "试用期", EmployeeStatus.ACTIVE, "正式",
			EmployeeStatus.ACTIVE, "left", EmployeeStatus.LEFT, "离职", EmployeeStatus.LEFT, "已离职",
			EmployeeStatus.LEFT, "inactive", EmployeeStatus.LEFT, "terminated", EmployeeStatus.LEFT);

	private ImportValues() {
	}

	/** Empty for text that is not a date (the caller reports it); never called with blank text. */
	static Optional<LocalDate> date(String text) {
		String value = text.strip();
		try {
			Matcher ymd = YMD.matcher(value);
			if (ymd.matches()) {
				return Optional.of(LocalDate.of(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)),
						Integer.parseInt(ymd.group(3))));
			}
			Matcher compact = COMPACT.matcher(value);
			if (compact.matches()) {
				return Optional.of(LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
						Integer.parseInt(compact.group(3))));
			}
			if (SERIAL.matcher(value).matches()) {
				return Optional.of(DateUtil.getLocalDateTime(Double.parseDouble(value)).toLocalDate());
			}
		}
		catch (DateTimeException | NumberFormatException impossible) {
			// 2024-02-30 and friends
		}
		return Optional.empty();
	}

	static Optional<OrgUnitKind> kind(String text) {
		return Optional.ofNullable(KINDS.get(HeaderMatcher.normalise(text)));
	}

	static Optional<EmployeeStatus> status(String text) {
		return Optional.ofNullable(STATUSES.get(HeaderMatcher.normalise(text)));
	}

	static boolean validCode(String text) {
		return CODE.matcher(text).matches();
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
