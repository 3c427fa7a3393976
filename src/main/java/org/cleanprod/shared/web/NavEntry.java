package org.cleanprod.shared.web;

import org.cleanprod.shared.security.Permission;

/**
 * An item of the main navigation, contributed by a module as a bean; shown to users
 * holding the permission (every signed-in user when it is null).
 */
public record NavEntry(int order, String labelKey, String href, Permission permission) {

}
