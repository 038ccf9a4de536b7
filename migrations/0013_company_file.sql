-- The company file an employer or a coordinator edits (issue #7): the contact person's name and
-- phone beside the contact address, and the log of every change made to the file (which field,
-- its old and new value, who, when). Codes of the fields are those of src/companies/company.h
-- (CompanyFileEdit): street, postcode, commune, sector, contact_name, contact_email,
-- contact_phone.
ALTER TABLE companies ADD COLUMN contact_name VARCHAR(800) NULL;
ALTER TABLE companies ADD COLUMN contact_phone VARCHAR(120) NULL;
CREATE TABLE company_file_log (
  id VARCHAR(40) PRIMARY KEY,
  company_id VARCHAR(40) NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  field VARCHAR(40) NOT NULL,
  old_value VARCHAR(4000) NULL,
  new_value VARCHAR(4000) NULL,
  actor_id VARCHAR(40) NULL,
  at TIMESTAMP NOT NULL
);
CREATE INDEX company_file_log_company ON company_file_log (company_id, at);
