-- Enterprises are registered and edited by the roles that own them: province-wide roles any
-- enterprise, an enterprise user its own. District and zone officers read the enterprises of
-- their facilities but no longer edit them (an enterprise may have facilities elsewhere),
-- and registering new enterprises is no longer part of FACILITY_REGISTER.
INSERT INTO role_permission (role, permission) VALUES
    ('ADMIN', 'ENTERPRISE_EDIT'), ('DEPARTMENT_OFFICER', 'ENTERPRISE_EDIT'), ('ENTERPRISE_USER', 'ENTERPRISE_EDIT');
