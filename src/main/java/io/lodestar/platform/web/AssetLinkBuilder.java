package io.lodestar.platform.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Builds the links of pages ({@code @{...}}) without passing each through the response's {@code encodeURL}: that
 * sent every link of a page (a unit dashboard has hundreds) through the resource chain's path matching and the
 * servlet container's URL parsing, a tenth of a page's rendering time, only to find that it was not an asset.
 * Links to our assets get their content-hashed paths here; every other link is left as it is (sessions are kept
 * in a cookie, never in URLs). Asset paths are fixed for a running release, so each is resolved once.
 */
class AssetLinkBuilder extends StandardLinkBuilder {

	private static final List<String> ASSET_FOLDERS = List.of("/css/", "/js/", "/img/", "/webjars/");

	private final ObjectProvider<ResourceUrlProvider> resources;

	private final Map<String, String> resolved = new ConcurrentHashMap<>();

	AssetLinkBuilder(ObjectProvider<ResourceUrlProvider> resources) {
		this.resources = resources;
	}

	@Override
	protected String processLink(IExpressionContext context, String link) {
		if (!(context instanceof IWebContext web)) {
			return link;
		}
		String contextPath = web.getExchange().getRequest().getApplicationPath();
		String path = contextPath.isEmpty() || !link.startsWith(contextPath) ? link : link.substring(contextPath.length());
		if (ASSET_FOLDERS.stream().noneMatch(path::startsWith)) {
			return link;
		}
		return contextPath + resolved.computeIfAbsent(path, this::assetPath);
	}

	/** The versioned path, keeping a query or fragment ({@code icons.svg#dashboard}) as it was. */
	private String assetPath(String link) {
		int end = link.length();
		for (char mark : new char[] { '?', '#' }) {
			int at = link.indexOf(mark);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		ResourceUrlProvider provider = resources.getIfAvailable();
		String versioned = provider == null ? null : provider.getForLookupPath(link.substring(0, end));
		return versioned == null ? link : versioned + link.substring(end);
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		static BeanPostProcessor assetLinks(ObjectProvider<ResourceUrlProvider> resources) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessBeforeInitialization(Object bean, String beanName) {
					if (bean instanceof SpringTemplateEngine engine) {
						engine.setLinkBuilder(new AssetLinkBuilder(resources));
					}
					return bean;
				}
			};
		}

	}

}
