package org.cleanprod.admin.users;

import org.cleanprod.admin.account.AccessTokens;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cleanprod.shared.audit.AuditFilter;
import org.cleanprod.shared.audit.AuditLog;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.web.HomeTile;
import org.cleanprod.shared.web.HomeTiles;
import org.cleanprod.shared.web.NavEntry;
import org.cleanprod.shared.web.NavGroup;
import org.cleanprod.shared.listing.PageQuery;

import org.cleanprod.shared.audit.AuditedType;

import org.cleanprod.admin.roles.RoleService;

import org.cleanprod.admin.account.AccountService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The administration pages in the navigation, their counts on the home page, and the
 * accounts, roles and tokens in the audit trail.
 */
@Configuration(proxyBeanMethods = false)
class AdminNavigation {

	@Bean
	NavEntry adminUsersNav() {
		return new NavEntry(90, NavGroup.ADMINISTRATION, "nav.admin.users", "/admin/users", Permission.USER_ADMIN);
	}

	@Bean
	NavEntry adminAuditNav() {
		return new NavEntry(95, NavGroup.ADMINISTRATION, "nav.admin.audit", "/admin/audit", Permission.AUDIT_READ);
	}

	@Bean
	HomeTiles adminTiles(UserService users, AccessTokens tokens, AuditLog audit, Clock clock) {
		return user -> tiles(users, tokens, audit, clock, user);
	}

	private static List<HomeTile> tiles(UserService users, AccessTokens tokens, AuditLog audit, Clock clock,
			CurrentUser user) {
		List<HomeTile> tiles = new ArrayList<>();
		if (user.can(Permission.USER_ADMIN)) {
			tiles.add(new HomeTile(90, "home.admin.users", users.count(new UserFilter(null, null, true)),
					"/admin/users?enabled=true"));
			tiles.add(new HomeTile(91, "home.admin.tokens", tokens.countActive(), "/admin/users?sort=tokens&dir=desc"));
		}
		if (user.can(Permission.AUDIT_READ)) {
			LocalDate today = clock.instant().atZone(Formats.ZONE).toLocalDate();
			long changes = audit
				.search(new AuditFilter(null, null, null, null, today, today), new PageQuery(1, 1, "occurredAt", true))
				.total();
			tiles.add(new HomeTile(95, "home.admin.changesToday", changes, "/admin/audit?from=" + today));
		}
		return tiles;
	}

	@Bean
	AuditedType userAudit() {
		return AuditedType.at(UserService.USER, Permission.USER_ADMIN, "/admin/users/");
	}

	@Bean
	AuditedType roleAudit() {
		return new AuditedType(RoleService.ROLE, Permission.USER_ADMIN, entry -> "/admin/roles");
	}

	@Bean
	AuditedType tokenAudit() {
		return AuditedType.unlinked(AccountService.TOKEN);
	}

}
