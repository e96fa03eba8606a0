package io.lodestar.attendance.web;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.lodestar.attendance.ImportedPunches;
import io.lodestar.attendance.PunchFileRejectedException;
import io.lodestar.attendance.PunchImport;
import io.lodestar.attendance.PunchItem;
import io.lodestar.attendance.PunchPush;
import io.lodestar.attendance.PushedPunches;
import io.lodestar.platform.security.CurrentUser;
import io.lodestar.platform.web.BusinessRuleException;
import io.lodestar.platform.web.IndexedError;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Punches from other systems (HR administrators; a personal token needs the WRITE or ATTENDANCE_WRITE scope):
 * pushed in JSON batches, or a device's or attendance software's export file.
 */
@RestController
@RequestMapping("/api/v1/attendance")
@Tag(name = "Attendance punches", description = "Punches pushed by other systems or imported from export files "
		+ "(HR administrators), stored exactly once per (source, PIN, local time).")
class PunchApiController {

	/** Problems listed in one answer at most; the count says how many there were. */
	static final int MAX_LISTED = 1000;

	private final PunchPush push;

	private final PunchImport imports;

	private final Messages messages;

	private final Problems problems;

	PunchApiController(PunchPush push, PunchImport imports, Messages messages, Problems problems) {
		this.push = push;
		this.imports = imports;
		this.messages = messages;
		this.problems = problems;
	}

	@Schema(name = "PunchBatch")
	record PunchBatch(@ArraySchema(maxItems = PunchPush.MAX_ITEMS) List<Item> items,
			@Schema(description = "Store the good items and list the refused ones, instead of refusing the whole "
					+ "batch; default false.") Boolean partial) {

		@Schema(name = "PunchBatchItem")
		record Item(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1001") String pin,
				@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-03-02T08:57:12",
						description = "Wall-clock time where the punch happened, without offset.") LocalDateTime localTime,
				@Schema(example = "+08:00", description = "The UTC offset of localTime; or give timeZone.") String utcOffset,
				@Schema(example = "Asia/Shanghai", description = "Used when utcOffset is absent; neither: the "
						+ "company's time zone.") String timeZone,
				@Schema(example = "0", description = "Device state code (0 in, 1 out, 255 none), 0 to 999.") Integer status,
				@Schema(example = "15", description = "Verify code (1 fingerprint, 15 face...), 0 to 999.") Integer verify,
				@Schema(description = "Work code, up to 24 characters.") String workCode,
				@Schema(example = "gate-7/evt-88121", description = "Your reference, up to 100 characters.") String sourceRef) {

			PunchItem punch() {
				return new PunchItem(pin, localTime, utcOffset, timeZone, status, verify, workCode, sourceRef);
			}

		}

	}

	@Schema(name = "PushedPunches")
	record PushResponse(int received, int stored, int duplicates, List<IndexedError> refused) {
	}

	@PostMapping("/punches")
	@PreAuthorize("hasRole('HR_ADMIN')")
	@Operation(summary = "Push a batch of punches",
			description = "Up to 5,000 items. A punch is identified by (PIN, local time) within the API source: "
					+ "sending it again changes nothing and counts it under duplicates. Every item is checked first "
					+ "(PIN 1-24 letters or digits, a time after 2001 and not over a day ahead, a valid offset or "
					+ "zone, codes 0-999). With partial=false (default) one bad item refuses the whole batch with 422, "
					+ "errors naming each item's index and field, and nothing is stored; with partial=true the good "
					+ "items are stored and the others listed under refused.")
	@ApiResponse(responseCode = "200", description = "How many were new, already stored and (partial) refused.",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "422", description = "Refused whole (bad items, or more than 5,000); nothing stored.")
	PushResponse punches(@AuthenticationPrincipal CurrentUser user, @RequestBody PunchBatch batch) {
		List<PunchBatch.Item> items = batch.items() == null ? List.of() : batch.items();
		if (items.isEmpty()) {
			throw BusinessRuleException.invalid("attendance.push.items-required", "items");
		}
		if (items.size() > PunchPush.MAX_ITEMS) {
			throw BusinessRuleException.invalid("attendance.push.too-many", "items",
					String.format(java.util.Locale.ROOT, "%,d", PunchPush.MAX_ITEMS));
		}
		PushedPunches pushed = push.push(user, items.stream().map(item -> item == null ? null : item.punch()).toList(),
				Boolean.TRUE.equals(batch.partial()));
		return new PushResponse(pushed.received(), pushed.stored(), pushed.duplicates(), pushed.refused()
			.stream()
			.map(problem -> new IndexedError(problem.index(), problem.field(), problem.code(),
					messages.get(problem.code(), problem.arguments().toArray())))
			.toList());
	}

	@PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('HR_ADMIN')")
	@Operation(summary = "Import a punch export file",
			description = "A device log (1_attlog.dat: TAB separated PIN, date time, state, verify, work code...) or "
					+ "a punch list as .csv/.xlsx with the columns 考勤号码 (PIN) and 日期时间 (date time); other "
					+ "columns are ignored. Text in UTF-8 or GBK/GB18030. Local times are read in zone (default: the "
					+ "company's). Every row is checked first; any problem refuses the file with 422 listing each "
					+ "row and column, and nothing is stored. Importing the same file again changes nothing.")
	@ApiResponse(responseCode = "200", description = "What was (or with checkOnly would be) imported.",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "422", description = "Refused whole: every bad row with its column and reason.")
	ImportedPunches importFile(@AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String zone, @RequestParam(required = false) UUID deviceId,
			@RequestParam(required = false, defaultValue = "false") boolean checkOnly) throws IOException {
		return imports.importFile(user, file.getOriginalFilename(), file.getBytes(), zone, deviceId, checkOnly);
	}

	/** One problem of a refused file: the row as the user sees it (header = 1), the column, the value, why. */
	record RowError(Integer row, String column, String value, String code, String message) {
	}

	@ExceptionHandler(PunchFileRejectedException.class)
	ProblemDetail rejectedFile(PunchFileRejectedException rejected) {
		ProblemDetail problem = problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "items-rejected",
				"attendance.import.rejected.detail", rejected.issues().size());
		problem.setProperty("errorCount", rejected.issues().size());
		problem.setProperty("errors", rejected.issues()
			.stream()
			.limit(MAX_LISTED)
			.map(issue -> new RowError(issue.row(), issue.column(), issue.value(), issue.code(), imports.describe(issue)))
			.toList());
		return problem;
	}

}
