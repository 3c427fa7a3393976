/**
 * Accounts and access: users with their role and data scope, role permissions, sign-in
 * with throttling, personal access tokens for the API, and the administrators'
 * audit-trail pages.
 */
@ApplicationModule(allowedDependencies = { "shared", "shared :: *", "places", "resources", "facility" })
package org.cleanprod.admin;

import org.springframework.modulith.ApplicationModule;
