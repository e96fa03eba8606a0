package io.lodestar.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds problem details with a stable type, a localized title and detail, and optional field errors. */
@Component
public class Problems {

	private final Messages messages;

	Problems(Messages messages) {
		this.messages = messages;
	}

	public ProblemDetail of(HttpStatus status, String type, String detailCode, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(ProblemTypes.uri(type));
		problem.setTitle(messages.get("platform.problem.title." + type));
		problem.setDetail(messages.get(detailCode, arguments));
		return problem;
	}

	public ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	public ProblemDetail businessRule(BusinessRuleException exception) {
		boolean conflict = exception.kind() == BusinessRuleException.Kind.CONFLICT;
		ProblemDetail problem = of(conflict ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT,
				conflict ? "conflict" : "business-rule", exception.code(), exception.arguments());
		problem.setProperty("code", exception.code());
		if (exception.field() != null) {
			problem.setProperty("errors", List.of(new FieldError(exception.field(), exception.code(),
					messages.get(exception.code(), exception.arguments()))));
		}
		return problem;
	}

}
