package org.cleanprod.shared.web;

import java.util.List;

/**
 * One menu of the main navigation as a user sees it: its group and the entries it holds.
 */
public record NavMenu(NavGroup group, List<NavEntry> entries) {

}
