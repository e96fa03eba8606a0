package io.lodestar.engagement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.lodestar.account.AccountContact;
import io.lodestar.company.CompanyManagement;
import io.lodestar.people.EmployeeSummary;
import io.lodestar.people.PeopleDirectory;
import io.lodestar.platform.web.Messages;
import io.lodestar.platform.web.SupportedLocales;
import io.lodestar.engagement.channels.ChatMessage;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an email or a chat message says: the same message key and arguments the inbox shows, rendered in the
 * reader's language (the account's preferred language, else the company's; for a group chat, the company's),
 * with an absolute link built from {@code lodestar.public-url}.
 */
@Component
class DeliveryContent {

	private static final int SUBJECT_MAX = 150;

	private final JdbcClient jdbc;

	private final Messages messages;

	private final CompanyManagement companies;

	private final PeopleDirectory people;

	private final JsonMapper json;

	private final String publicUrl;

	DeliveryContent(JdbcClient jdbc, Messages messages, CompanyManagement companies, PeopleDirectory people,
			JsonMapper json, @Value("${lodestar.public-url:http://localhost:8080}") String publicUrl) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.companies = companies;
		this.people = people;
		this.json = json;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** A stored notification, as delivery needs it. */
	record Stored(UUID recipientEmployeeId, String kind, String messageKey, List<String> arguments, String link) {
	}

	/** An email: subject and plain-text body. */
	record Email(String subject, String body) {
	}

	Optional<Stored> notification(UUID tenant, UUID id) {
		return jdbc.sql("select recipient_employee_id, kind, message_key, arguments, link from engagement_notification "
				+ "where tenant_id = :tenant and id = :id")
			.param("tenant", tenant)
			.param("id", id)
			.query((rs, row) -> new Stored(rs.getObject("recipient_employee_id", UUID.class), rs.getString("kind"),
					rs.getString("message_key"), json.readValue(rs.getString("arguments"), new TypeReference<List<String>>() {
					}), rs.getString("link")))
			.optional();
	}

	Email email(UUID tenant, Stored notification, AccountContact to) {
		Locale preferred = SupportedLocales.closest(to.preferredLocale());
		Locale locale = preferred == null ? companyLocale(tenant) : preferred;
		String text = text(notification, locale);
		String oneLine = text.replaceAll("\\s+", " ").strip();
		String subject = messages.get(locale, "engagement.email.subject",
				oneLine.length() <= SUBJECT_MAX ? oneLine : oneLine.substring(0, SUBJECT_MAX - 1) + "…");
		StringBuilder body = new StringBuilder();
		body.append(messages.get(locale, "engagement.email.greeting", to.displayName())).append("\n\n");
		body.append(text).append("\n\n");
		if (notification.link() != null) {
			body.append(messages.get(locale, "engagement.email.open", absolute(notification.link()))).append("\n\n");
		}
		body.append("-- \n").append(messages.get(locale, "engagement.email.footer",
				messages.get(locale, NotificationKinds.nameKey(notification.kind())),
				absolute("/my/notifications/preferences")));
		return new Email(subject, body.toString());
	}

	ChatMessage chat(UUID tenant, Stored notification) {
		Locale locale = companyLocale(tenant);
		String recipient = notification.recipientEmployeeId() == null ? ""
				: people.employee(tenant, notification.recipientEmployeeId()).map(EmployeeSummary::name).orElse("");
		String title = messages.get(locale, "engagement.chat.title",
				messages.get(locale, NotificationKinds.nameKey(notification.kind())), recipient);
		String link = notification.link() == null ? null : absolute(notification.link());
		return new ChatMessage(title, text(notification, locale), link,
				link == null ? null : messages.get(locale, "engagement.chat.open"));
	}

	ChatMessage testMessage(UUID tenant, String sentBy) {
		Locale locale = companyLocale(tenant);
		return new ChatMessage(messages.get(locale, "engagement.chat.test-title"),
				messages.get(locale, "engagement.chat.test-text", sentBy), absolute("/"),
				messages.get(locale, "engagement.chat.open"));
	}

	String absolute(String path) {
		return publicUrl + path;
	}

	private String text(Stored notification, Locale locale) {
		return messages.get(locale, notification.messageKey(), notification.arguments().toArray());
	}

	private Locale companyLocale(UUID tenant) {
		Locale locale = companies.find(tenant).map(company -> SupportedLocales.closest(company.defaultLocale()))
			.orElse(null);
		return locale == null ? SupportedLocales.ENGLISH : locale;
	}

}
