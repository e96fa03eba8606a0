package io.lodestar.engagement;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends notification emails through the SMTP server of {@code spring.mail.*}. Without {@code spring.mail.host}
 * Spring Boot creates no mail sender, and email is off: no email deliveries are created at all.
 */
@Component
class EmailSender {

	private final ObjectProvider<JavaMailSender> mailSender;

	private final NotificationProperties properties;

	EmailSender(ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties) {
		this.mailSender = mailSender;
		this.properties = properties;
	}

	boolean enabled() {
		return mailSender.getIfAvailable() != null;
	}

	String from() {
		return properties.mailFrom();
	}

	void send(String to, DeliveryContent.Email email) throws DeliveryFailure {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			throw new DeliveryFailure("email is not configured (spring.mail.host)");
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(properties.mailFrom());
			helper.setTo(to);
			helper.setSubject(email.subject());
			helper.setText(email.body(), false);
			sender.send(message);
		}
		catch (MessagingException | MailException failed) {
			throw new DeliveryFailure(failed.getClass().getSimpleName() + ": " + failed.getMessage());
		}
	}

}
