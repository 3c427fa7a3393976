package org.cleanprod.admin.users;

import org.cleanprod.admin.account.AccessTokens;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.ReferenceScope;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Accounts in requests: administrators name any, everyone else only their own; tokens
 * only their owner.
 */
@Configuration(proxyBeanMethods = false)
class AccountReferenceScopes {

	@Bean
	ReferenceScope userReferences(UserAccountRepository accounts) {
		return ReferenceScope.ofLong(ReferenceKind.USER,
				(id, user) -> (user.id() == id || user.can(Permission.USER_ADMIN)) && accounts.existsById(id));
	}

	@Bean
	ReferenceScope tokenReferences(AccessTokens tokens) {
		return ReferenceScope.ofLong(ReferenceKind.TOKEN, (id, user) -> tokens.find(user.id(), id).isPresent());
	}

}
