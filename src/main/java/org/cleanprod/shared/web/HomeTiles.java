package org.cleanprod.shared.web;

import java.util.List;

import org.cleanprod.shared.security.CurrentUser;

/**
 * Implemented by modules to put counts on the home page: each returns the tiles the user
 * may see, counted within the user's data scope.
 */
@FunctionalInterface
public interface HomeTiles {

	List<HomeTile> tiles(CurrentUser user);

}
