package org.cleanprod.shared.web;

import org.cleanprod.shared.security.Permission;

/**
 * An item of the main navigation, contributed by a module as a bean and shown in its
 * group's menu to users holding the permission (every signed-in user when it is null);
 * entries of a menu are ordered by {@code order}.
 */
public record NavEntry(int order, NavGroup group, String labelKey, String href, Permission permission) {

}
