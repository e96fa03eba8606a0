package io.lodestar.people.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import io.lodestar.people.PeopleExport;
import io.lodestar.platform.security.CurrentUser;

/**
 * Downloads of the organisation as .xlsx. Everyone in a company may export the directory (with the columns
 * they may see); the org structure export is for HR and system administrators.
 */
@Controller
class ExportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final PeopleExport export;

	ExportController(PeopleExport export) {
		this.export = export;
	}

	@GetMapping("/people/export.xlsx")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> employees(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return download(export.employees(user, locale), export.fileName(user, "employees", locale), XLSX);
	}

	@GetMapping("/admin/org-units/export.xlsx")
	@PreAuthorize("hasAnyRole('HR_ADMIN', 'SYSTEM_ADMIN')")
	ResponseEntity<byte[]> orgUnits(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return download(export.orgUnits(user, locale), export.fileName(user, "org-units", locale), XLSX);
	}

	/** A file download that is never cached (exports hold personal data) and keeps a Chinese file name. */
	static ResponseEntity<byte[]> download(byte[] content, String fileName, MediaType type) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		headers.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
		headers.setCacheControl(CacheControl.noStore());
		return ResponseEntity.ok().headers(headers).body(content);
	}

}
