package io.lodestar.security;

import java.util.UUID;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.lodestar.test.Fixtures;

/**
 * A plausible body for each operation of the access matrix, so that an allowed call gets past input checks (and a
 * refused one cannot be mistaken for a validation error): the isolation matrix's bodies for calls on one object, and
 * the creating calls' bodies here, all naming company A's objects.
 */
final class MatrixBodies {

	private final Fixtures.Company a;

	private final MatrixObjects objects;

	private final PlausibleInput plausible;

	MatrixBodies(Fixtures.Company a, MatrixObjects objects) {
		this.a = a;
		this.objects = objects;
		this.plausible = new PlausibleInput(a, objects.shared("year"), objects.shared("okr-cycle"),
				objects.shared("goal"), objects.shared("measurement"));
	}

	MockHttpServletRequestBuilder apply(AccessMatrixTable.Row row, MockHttpServletRequestBuilder request) {
		HttpMethod method = HttpMethod.valueOf(row.method());
		if (method == HttpMethod.GET || method == HttpMethod.DELETE) {
			return request;
		}
		String json = body(row.method() + " " + row.path());
		if (json != null) {
			return request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return plausible.apply(request, row.path(), method);
	}

	private String body(String operation) {
		UUID employee = a.employee().employeeId();
		return switch (operation) {
			default -> null;
		};
	}

}
