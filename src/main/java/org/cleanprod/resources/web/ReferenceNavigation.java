package org.cleanprod.resources.web;

import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.web.NavEntry;
import org.cleanprod.shared.web.NavGroup;

import org.cleanprod.shared.audit.AuditedType;

import org.cleanprod.resources.resource.ResourceService;

import org.cleanprod.resources.factor.FactorService;

import org.cleanprod.resources.setting.SettingService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reference data's place in the navigation, and resources, factors and settings in
 * the audit trail.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceNavigation {

	@Bean
	NavEntry referenceNav() {
		return new NavEntry(80, NavGroup.ADMINISTRATION, "nav.reference", "/reference", Permission.REFERENCE_READ);
	}

	@Bean
	AuditedType resourceAudit() {
		return new AuditedType(ResourceService.ENTITY, Permission.REFERENCE_READ,
				entry -> "/reference/resources/" + entry.stateField("code"));
	}

	@Bean
	AuditedType factorAudit() {
		return new AuditedType(FactorService.ENTITY, Permission.REFERENCE_READ,
				entry -> "/reference/resources/" + entry.stateField("resourceCode"));
	}

	@Bean
	AuditedType settingAudit() {
		return new AuditedType(SettingService.ENTITY, Permission.REFERENCE_READ,
				entry -> "/reference/settings#setting-" + entry.stateField("key"));
	}

}
