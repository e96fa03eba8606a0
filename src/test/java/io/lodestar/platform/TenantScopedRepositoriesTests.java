package io.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.repository.Repository;

/**
 * No repository can read or change another company's rows by accident: every query method takes the tenant,
 * and no repository inherits CrudRepository's findById/findAll/deleteById. The few methods that by nature run
 * before a tenant is known (sign-in by e-mail, the session refresh, token lookup) or span companies (the
 * company registry itself) are listed here, each with its reason.
 */
class TenantScopedRepositoriesTests {

	/** Repository.method → why it may ignore the tenant. */
	static final Set<String> ALLOWED = Set.of(
			// the company registry is the list of tenants; only system administrators reach it
			"CompanyRepository.findById", "CompanyRepository.existsByCode", "CompanyRepository.findAllByOrderByName",
			"CompanyRepository.count",
			// sign-in happens before the tenant is known; e-mail addresses are unique across companies
			"UserAccountRepository.findByEmail", "UserAccountRepository.existsByEmail",
			// rebuilding the principal of an authenticated session: the id comes from the session, not a request
			"UserAccountRepository.findById", "UserAccountRepository.recordSignIn",
			// platform operators (no company) and the first-start check
			"UserAccountRepository.findByTenantIdIsNullOrderByDisplayName", "UserAccountRepository.count",
			// a token is found by the hash of the secret the caller presents; its owner's own tokens by owner id
			"ApiTokenRepository.findByTokenHash", "ApiTokenRepository.findByUserIdAndId",
			"ApiTokenRepository.findByUserIdOrderByCreatedAtDesc",
			// stamping the use of the token just found by its hash
			"ApiTokenRepository.recordUse");

	@Test
	void everyRepositoryQueryIsScopedToOneCompany() throws ClassNotFoundException {
		var scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isInterface();
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
		List<String> unscoped = new ArrayList<>();
		int repositories = 0;
		for (BeanDefinition definition : scanner.findCandidateComponents("io.lodestar")) {
			Class<?> type = Class.forName(definition.getBeanClassName());
			repositories++;
			assertThat(org.springframework.data.repository.CrudRepository.class.isAssignableFrom(type))
				.as(type.getSimpleName() + " must not inherit CrudRepository's unscoped methods")
				.isFalse();
			for (Method method : type.getDeclaredMethods()) {
				String name = type.getSimpleName() + "." + method.getName();
				boolean writesAnAggregate = method.getName().equals("save") || method.getName().equals("delete");
				boolean scoped = method.getName().contains("TenantId");
				if (!writesAnAggregate && !scoped && !ALLOWED.contains(name)) {
					unscoped.add(name);
				}
			}
		}
		assertThat(repositories).isGreaterThanOrEqualTo(6);
		assertThat(unscoped).as("query methods without the tenant").isEmpty();
	}

}
