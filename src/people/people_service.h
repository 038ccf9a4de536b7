// The person file's use cases: who may see and change a file, one transaction per action, an
// audit row for every read and change (and for every attempt on a file the actor may not see).
//
// A counsellor works on the files of the organisations they belong to. Another organisation
// reads only what a live share opens (people/consent.h restrict_to), and nothing once it ends;
// the person reads their own file through their account. Any other file answers "not found",
// exactly like a file that does not exist, and the attempt is audited as denied.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "geography/communes.h"
#include "occupations/catalogue.h"
#include "people/consent.h"
#include "people/consents_store.h"
#include "people/diploma.h"
#include "people/diplomas_store.h"
#include "people/document.h"
#include "people/documents_store.h"
#include "platform/file_store.h"
#include "people/people_form.h"
#include "people/people_store.h"
#include "people/person.h"
#include "platform/clock.h"
#include "platform/db/database.h"
#include "security/crypto.h"
#include "security/guard.h"

namespace primowork::people {

// How the actor reaches a file.
enum class Reach { kOwner, kShared, kSelf };

struct FileView {
  Reach reach = Reach::kOwner;
  std::optional<Share> share;  // kShared: what the share opens, until when
  PersonFile file;             // kShared: restricted to the share
  std::vector<Consent> consents;  // kOwner and kSelf
  std::vector<Share> shares;      // kOwner and kSelf
  std::vector<Diploma> diplomas;  // kOwner, kSelf, and kShared when "project" is open
  std::vector<Note> notes;        // kOwner only (sensitive ones decrypted); kSelf: not sensitive
  std::vector<Document> documents;  // kOwner and kSelf (descriptions)
  std::string linked_account;     // kOwner: "Name (login)" of the person's account, "" if none
  std::string owner_name;         // the organisation that keeps the file
  std::vector<store::StageChange> stages;
  std::vector<store::Task> tasks;
  Urgency urgency;
  // Files that may be the same person (see Created).
  std::vector<std::string> same_organisation;
  int elsewhere = 0;
};

struct WorklistFilter {
  std::string query;       // part of a name, accents and case ignored
  std::string stage;       // a stage code, "" for any open file
  std::string occupation;  // a ROME code among the targets, "" for any
};

struct WorklistLine {
  store::CaseloadLine line;
  Urgency urgency;
};

// A file created with a warning: other files look like the same person (same name and birth
// date, or same email or phone). `same_organisation` lists their ids; files of other
// organisations are only counted, never shown.
struct Created {
  PersonFile file;
  std::vector<std::string> same_organisation;
  int elsewhere = 0;
};

struct Organisation {
  std::string id, name;
};
struct Account {
  std::string id, name, login;
};

// An occupation the person could move towards, with what they already have and what they miss.
struct PivotView {
  std::string code, label;
  int coverage_percent = 0;
  std::vector<std::string> missing;  // labels of the most specific missing core skills
};

class PeopleService {
 public:
  // `cipher` seals sensitive notes (key derived from PRIMOWORK_SECRET).
  PeopleService(db::Database& db, security::Guard& guard, const occupations::Catalogue& catalogue,
                const geography::Communes& communes, const security::FieldCipher& cipher,
                const FileStore& files, Clock clock);

  // The checks' references: ROME codes, skill codes and postcodes known here.
  References references() const;
  // The ROME code for what a form holds: a code, "Label (CODE)", or a label the search finds
  // exactly (accents and case ignored); otherwise the text unchanged (the checks then refuse it).
  std::string resolve_occupation(const std::string& text) const;
  // Applies resolve_occupation to the file's targets, past jobs and former profession.
  void resolve_occupations(PersonFile& file) const;
  // "Label (CODE)" for a known code, else the code.
  std::string occupation_display(const std::string& code) const;
  // The label of a skill code (the code when unknown).
  std::string skill_display(const std::string& code) const;
  // Skills a form offers for `file`: the core skills of its target and past occupations, and
  // those it already holds, by label (at most 60).
  std::vector<SkillChoice> skill_choices(const PersonFile& file) const;
  // Every problem of `draft` (normalised), each naming its field: what forms show before saving.
  // Fields already in `known` (errors found while reading the form) are not reported twice.
  std::vector<Error> check(const PersonFile& draft, const std::vector<Error>& known = {}) const;
  // Today in Europe/Brussels.
  Date today() const;

  // Validates (every bad field), then creates the file in the actor's organisation with the actor
  // as referent. kForbidden when the actor belongs to no organisation.
  Result<Created> create(const security::Actor& actor, PersonFile draft);
  // The file with its journey, audited as read. kNotFound for a file the actor may not see.
  Result<FileView> view(const security::Actor& actor, const std::string& id);
  // Replaces the file's fields (not its stage, organisation or referent).
  Result<PersonFile> update(const security::Actor& actor, PersonFile changed);
  // kInvalid (field "stage") for a move the journey does not allow.
  Status move_stage(const security::Actor& actor, const std::string& id, const std::string& to);
  // kInvalid (field "title" or "due") for an empty title or a malformed date.
  Result<store::Task> add_task(const security::Actor& actor, const std::string& id,
                               const std::string& title, const std::string& due);
  Status complete_task(const security::Actor& actor, const std::string& id,
                       const std::string& task_id);
  // The open files of the actor's organisations, most urgent first, then by name.
  std::vector<WorklistLine> worklist(const security::Actor& actor, const WorklistFilter& filter);
  // Files other organisations share with the actor's, live today.
  std::vector<store::SharedLine> shared_with_me(const security::Actor& actor);

  // Consents (owner's counsellor): kind from consent_kinds(), the date it was given ("" = today),
  // on paper or not. Errors name "kind" or "given_on".
  Result<Consent> record_consent(const security::Actor& actor, const std::string& id,
                                 const std::string& kind, const std::string& given_on,
                                 bool on_paper);
  // By the owner's counsellor or the person themself.
  Status withdraw_consent(const security::Actor& actor, const std::string& id,
                          const std::string& consent_id);
  // Shares (owner's counsellor) with another integration or coordination organisation.
  // Errors name "organisation", "scope" or "ends_on".
  Result<Share> share(const security::Actor& actor, const std::string& id,
                      const std::string& organisation_id, const std::vector<std::string>& scope,
                      const std::string& ends_on);
  Status end_share(const security::Actor& actor, const std::string& id,
                   const std::string& share_id);
  // Organisations a file can be shared with (not the actor's own).
  std::vector<Organisation> share_targets(const security::Actor& actor);

  // The person's account: candidates of the actor's organisations not linked to a file yet.
  std::vector<Account> linkable_accounts(const security::Actor& actor);
  // Links (or with "" unlinks) a candidate account to the file. Errors name "account".
  Status link_account(const security::Actor& actor, const std::string& id,
                      const std::string& user_id);

  // Notes (owner's counsellor); a sensitive note is sealed before it is stored. Errors name
  // "body".
  Result<Note> add_note(const security::Actor& actor, const std::string& id,
                        const std::string& body, bool sensitive);
  // Diplomas (owner's counsellor): adds (empty d.id) or updates; every bad field named.
  Result<Diploma> save_diploma(const security::Actor& actor, const std::string& id, Diploma d);
  Status delete_diploma(const security::Actor& actor, const std::string& id,
                        const std::string& diploma_id);
  std::vector<Error> check(const Diploma& d) const;

  // Documents (owner's counsellor): checked (kind, type by content, 5 MiB), stored on disk with
  // their SHA-256, described in the database in one transaction. Errors name "kind" or "file".
  Result<Document> add_document(const security::Actor& actor, const std::string& id,
                                const std::string& kind, const std::string& filename,
                                const std::string& data);
  struct DocumentContent {
    Document document;
    std::string data;
  };
  // A document's bytes, for the owner's counsellor or the person; audited as a read.
  Result<DocumentContent> read_document(const security::Actor& actor, const std::string& id,
                                        const std::string& document_id);

  // The bytes of a document already authorised by the caller (placements: the CV an employer
  // sees after the person agreed to disclosure); an error when missing or altered on disk.
  Result<std::string> document_bytes(const Document& document) const;

  // GDPR erasure (owner's counsellor): the file keeps only anonymous statistics (see
  // store::erase); audited. Afterwards the file answers "not found" to everyone.
  Status erase(const security::Actor& actor, const std::string& id);
  // Retention: erases closed files not updated for `days` days (0: never). Returns how many.
  int apply_retention(int days);

  // Career pivots (matching::pivots over the person's profile, regulated occupations without a
  // recognised diploma and excluded schedules left out) when the file marks a former profession
  // as not accessible here; empty otherwise. Pure computation over `view`.
  std::vector<PivotView> pivots(const FileView& view, std::size_t limit = 5) const;

  // The candidate's own file; kNotFound when no file is linked to the account.
  Result<FileView> my_file(const security::Actor& actor);
  // The person corrects their contact details. Errors name "phone", "email",
  // "preferred_language".
  Status update_contact(const security::Actor& actor, const std::string& phone,
                        const std::string& email, const std::string& preferred_language);
  // Everything about the file, for the person's access and portability right (owner's counsellor
  // or the person), audited as an export.
  Result<FileView> export_file(const security::Actor& actor, const std::string& id);

  // The file when the actor is a counsellor of the organisation that owns it, read in the
  // caller's transaction (other features acting on a person, such as placements, ask this);
  // nullopt otherwise, and an attempt on an existing file is audited as denied under `action`.
  std::optional<PersonFile> visible(soci::session& s, const security::Actor& actor,
                                    const std::string& id, const std::string& action);

 private:
  // The file as the actor may read it (owner, live share, or self); audits a denied attempt.
  std::optional<FileView> readable(soci::session& s, const security::Actor& actor,
                                   const std::string& id, const std::string& action);
  // Fills stages, tasks, consents, shares, urgency and duplicates as `view.reach` allows.
  void complete(soci::session& s, const security::Actor& actor, FileView& view);

  db::Database& db_;
  security::Guard& guard_;
  const occupations::Catalogue& catalogue_;
  const geography::Communes& communes_;
  const security::FieldCipher& cipher_;
  const FileStore& files_;
  Clock clock_;
};

}  // namespace primowork::people
