package io.lodestar.platform.operations;

import org.apache.catalina.connector.Connector;
import org.apache.tomcat.util.descriptor.web.SecurityCollection;
import org.apache.tomcat.util.descriptor.web.SecurityConstraint;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * With TLS on and {@code lodestar.tls.http-port} set, a second, plain-HTTP port that answers every request
 * with a redirect to the HTTPS port (Tomcat's CONFIDENTIAL transport guarantee). Time clocks ({@code /iclock/*})
 * are the exception: most ZKTeco firmware speaks plain HTTP only and does not follow redirects.
 */
@Component
class HttpRedirectConnector
		implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, ApplicationListener<WebServerInitializedEvent> {

	private final boolean tls;

	private final Integer httpPort;

	private Connector connector;

	HttpRedirectConnector(@Value("${server.ssl.enabled:false}") boolean tls,
			@Value("${lodestar.tls.http-port:}") Integer httpPort) {
		this.tls = tls;
		this.httpPort = httpPort;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		if (!tls || httpPort == null) {
			return;
		}
		connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
		connector.setScheme("http");
		connector.setSecure(false);
		connector.setPort(httpPort);
		connector.setRedirectPort(factory.getPort());
		factory.addAdditionalConnectors(connector);
		factory.addContextCustomizers(context -> {
			context.addConstraint(constraint("/*", "CONFIDENTIAL"));
			context.addConstraint(constraint("/iclock/*", "NONE"));
		});
	}

	/** The HTTPS port is only known once the server listens (SERVER_PORT=0 picks a free one). */
	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (connector != null) {
			connector.setRedirectPort(event.getWebServer().getPort());
		}
	}

	/** The plain-HTTP port actually listened on, or -1 without one. */
	int httpPort() {
		return connector == null ? -1 : connector.getLocalPort();
	}

	private static SecurityConstraint constraint(String pattern, String transport) {
		SecurityConstraint constraint = new SecurityConstraint();
		constraint.setUserConstraint(transport);
		SecurityCollection collection = new SecurityCollection();
		collection.addPattern(pattern);
		constraint.addCollection(collection);
		return constraint;
	}

}
