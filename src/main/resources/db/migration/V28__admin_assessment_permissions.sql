-- Assessments: read within the data scope (a consultant its assigned ones); officers and
-- consultants keep them.
INSERT INTO role_permission (role, permission) VALUES
    ('ADMIN', 'ASSESSMENT_READ'), ('ADMIN', 'ASSESSMENT_EDIT'),
    ('DEPARTMENT_OFFICER', 'ASSESSMENT_READ'), ('DEPARTMENT_OFFICER', 'ASSESSMENT_EDIT'),
    ('DISTRICT_OFFICER', 'ASSESSMENT_READ'), ('ZONE_OFFICER', 'ASSESSMENT_READ'),
    ('CONSULTANT', 'ASSESSMENT_READ'), ('CONSULTANT', 'ASSESSMENT_EDIT'),
    ('ENTERPRISE_USER', 'ASSESSMENT_READ');
