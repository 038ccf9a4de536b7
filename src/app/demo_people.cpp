// Demonstration person files: about thirty fictional people followed by the demo counsellor,
// with the situations counsellors meet (DOMAIN.md 1-4). Names, dates and stories are invented.
#include <iostream>

#include "app/demo.h"
#include "security/accounts.h"

namespace primowork::app {
namespace {

struct DemoPerson {
  const char* given;
  const char* family;
  const char* birth;      // "" = not given
  const char* postcode;
  const char* status;     // residence_status
  const char* document;   // document type, "" = none yet
  int expiry_days;        // document expiry, days from today
  const char* access;
  const char* french;     // CEFR level of the four French skills, "" = not assessed
  const char* other;      // another language, "xx:LEVEL" or ""
  const char* target;     // ROME code
  const char* past;       // ROME code of the previous occupation, "" = none
  int past_years;
  const char* former_inaccessible;  // regulated occupation out of reach for now
  bool no_nights, no_weekends, part_time;
  const char* licence;  // "B" or ""
  const char* stage;
  const char* task;  // an open task, "" = none
  int task_due_days;
};

// A limited single permit is bound to an employer and a function: those two are set in code.
const DemoPerson kPeople[] = {
    {"Amina", "Diallo", "1991-03-14", "4000", "refugee_recognised", "A", 400, "unlimited", "B1", "ff:C2", "J1501", "J1501", 6, "", false, false, false, "", "job_ready", "Préparer l'entretien à l'hôpital", 5},
    {"Oleksandr", "Kovalenko", "1985-07-02", "4100", "temporary_protection", "A", 25, "unlimited", "A2", "uk:C2", "N1101", "N1101", 10, "", false, false, false, "B", "training", "Renouveler la carte A à la commune", 10},
    {"Yonas", "Tesfaye", "1996-01-20", "4020", "asylum_seeker_ge4m", "attestation_immatriculation", 70, "unlimited", "A2", "ti:C2", "G1602", "", 0, "", false, false, false, "", "orientation", "Inscription au Forem", -3},
    {"Fatima", "El Amrani", "1988-11-05", "4430", "family_reunification_tcn", "A", 300, "unlimited", "B2", "ar:C2", "K2204", "K2204", 4, "", false, true, true, "", "placement", "", 0},
    {"Mariam", "Haidari", "1999-05-30", "4000", "asylum_seeker_lt4m", "annexe_26", 60, "none", "A1", "fa:C2", "G1803", "", 0, "", false, false, false, "", "orientation", "Cours de français (FLE) : inscription", 14},
    {"Juan Carlos", "Restrepo", "1983-09-12", "4040", "single_permit_limited", "A", 200, "limited", "B1", "es:C2", "H2913", "H2913", 12, "", false, false, false, "B", "employed", "", 0},
    {"Nadia", "Benali", "1979-02-17", "4460", "family_of_belgian_or_eu", "F", 1500, "unlimited", "C1", "ar:C2", "J1506", "J1506", 15, "J1506", false, false, false, "B", "project", "Déposer la demande d'équivalence (Equi.Sup)", 20},
    {"Ahmad", "Rahimi", "1994-12-01", "4100", "subsidiary_protection", "A", 15, "unlimited", "A2", "ps:C2", "F1703", "F1703", 8, "", false, false, false, "", "training", "", 0},
    {"Grace", "Mbuyi", "1990-06-25", "4020", "refugee_recognised", "B", 2000, "unlimited", "C1", "ln:C2", "K1302", "", 0, "", true, false, true, "", "job_ready", "", 0},
    {"Dmytro", "Shevchenko", "1992-04-11", "4420", "temporary_protection", "A", 100, "unlimited", "A2", "ru:C1", "N4101", "N4101", 7, "", false, false, false, "B", "project", "Échanger le permis de conduire ukrainien", 30},
    {"Aisha", "Abdi", "2000-08-08", "4000", "refugee_recognised", "A", 700, "unlimited", "B1", "so:C2", "D1505", "", 0, "", false, false, true, "", "training", "", 0},
    {"Samuel", "Okafor", "1987-10-19", "4610", "single_permit_unlimited", "B", 900, "unlimited", "B2", "en:C2", "I1604", "I1604", 9, "", false, false, false, "B", "employed", "", 0},
    {"Leila", "Karimi", "1993-03-03", "4630", "family_reunification_tcn", "A", 45, "unlimited", "B1", "fa:C2", "M1607", "M1607", 5, "", false, true, false, "", "job_ready", "Atelier CV", -10},
    {"Mohamed", "Ould Ahmed", "1980-01-15", "4030", "asylum_seeker_ge4m", "attestation_immatriculation", 20, "unlimited", "A1", "ar:C2", "A1203", "A1419", 14, "", false, false, false, "", "orientation", "", 0},
    {"Hanna", "Tsegay", "1998-07-07", "4000", "refugee_recognised", "A", 1000, "unlimited", "B1", "ti:C2", "G1501", "", 0, "", false, false, false, "", "placement", "", 0},
    {"Rustam", "Nazarov", "1986-05-22", "4400", "student", "A", 150, "limited", "B2", "ru:C2", "M1805", "M1805", 4, "", false, false, true, "", "project", "", 0},
    {"Claudine", "Uwase", "1975-12-12", "4100", "long_term_resident_be", "K", 2500, "unlimited", "C2", "rw:C2", "J1301", "J1301", 20, "", false, false, false, "", "follow_up", "Appel de suivi à 3 mois", 2},
    {"Bilal", "Hussaini", "2001-02-28", "4020", "refugee_recognised", "A", 500, "unlimited", "A2", "ps:C2", "N1105", "", 0, "", false, false, false, "", "training", "", 0},
    {"Sofia", "Petrenko", "1990-10-10", "4130", "temporary_protection", "A", 80, "unlimited", "B1", "uk:C2", "G1609", "G1609", 6, "", false, true, false, "", "job_ready", "", 0},
    {"Kofi", "Mensah", "1984-04-04", "4040", "single_permit_limited", "A", 330, "limited", "B1", "en:C2", "F1602", "F1602", 11, "", false, false, false, "B", "employed", "Renouveler le permis unique (demande de l'employeur)", 40},
    {"Zainab", "Sultani", "1995-09-17", "4432", "subsidiary_protection", "A", 10, "unlimited", "A2", "fa:C2", "D1202", "D1202", 5, "", true, false, true, "", "training", "", 0},
    {"Emmanuel", "Nkurunziza", "1982-03-30", "4600", "refugee_recognised", "B", 1800, "unlimited", "C1", "sw:C2", "K1201", "K1201", 10, "K1201", false, false, false, "B", "project", "Demande d'équivalence du diplôme d'assistant social", 60},
    {"Irina", "Bondarenko", "1978-06-06", "4100", "temporary_protection", "A", 100, "unlimited", "A1", "uk:C2", "K2204", "J1102", 18, "J1102", false, false, false, "", "orientation", "Parler du métier de médecin et des autres pistes", 7},
    {"Abdullah", "Safi", "1997-11-11", "4680", "asylum_seeker_ge4m", "attestation_immatriculation", 120, "unlimited", "A2", "ps:C2", "N1103", "", 0, "", false, false, false, "", "orientation", "", 0},
    {"Meron", "Gebre", "1993-01-01", "4000", "refugee_recognised", "A", 800, "unlimited", "B1", "am:C2", "J1501", "J1501", 3, "", true, false, true, "", "training", "", 0},
    {"Tamar", "Beridze", "1989-08-19", "4420", "family_reunification_tcn", "A", 210, "unlimited", "B2", "ka:C2", "M1602", "M1602", 7, "", false, false, false, "", "job_ready", "", 0},
    {"Hassan", "Jaber", "1981-05-05", "4020", "undocumented", "", 0, "none", "A2", "ar:C2", "F1704", "F1704", 15, "", false, false, false, "", "orientation", "Orientation vers un service juridique", 3},
    {"Ana", "Lima", "1994-02-14", "4620", "single_permit_unlimited", "B", 1200, "unlimited", "B2", "pt:C2", "G1803", "G1803", 6, "", false, false, false, "B", "placement", "", 0},
    {"Arman", "Petrosyan", "1986-09-09", "4100", "long_term_resident_other_eu", "L", 1600, "unlimited", "B1", "hy:C2", "H2902", "H2902", 13, "", false, false, false, "B", "job_ready", "", 0},
    {"Chantal", "Mukendi", "1976-04-21", "4000", "refugee_recognised", "B", 1900, "unlimited", "B2", "ln:C2", "K2111", "K2111", 16, "", false, true, false, "", "follow_up", "", 0},
};

struct DemoDiploma {
  const char* family;
  const char* title;
  const char* country;
  const char* level;
  const char* status;
  const char* decision;
  int submitted_days_ago;  // 0: not submitted
  const char* opens;       // ROME code
};

// Diplomas at every step of the equivalence workflow (DOMAIN.md 2).
const DemoDiploma kDiplomas[] = {
    {"Benali", "Licence en sciences infirmières", "Algérie", "bachelor", "pending", "", 60, "J1506"},
    {"Bondarenko", "Diplôme de docteur en médecine", "Ukraine", "master", "decided", "refused", 200,
     "J1102"},
    {"Nkurunziza", "Licence en travail social", "Burundi", "bachelor", "file_submitted", "", 20,
     "K1201"},
    {"Diallo", "Brevet d'aide-soignante", "Guinée", "secondary", "decided", "level", 150, "J1501"},
    {"Restrepo", "Técnico en soldadura", "Colombie", "vocational", "not_requested", "", 0, ""},
};

}  // namespace

bool load_demo_people(Application& app, db::Database& db, const Console& console,
                      const std::string& counsellor_login) {
  const std::string candidate_login = "candidat@demo.primowork.be";  // Amina Diallo's account
  security::Actor counsellor;
  {
    auto lease = db.acquire();
    counsellor.user = security::accounts::find_user_by_login(*lease, counsellor_login);
    if (!counsellor.user) return true;  // no demo counsellor: nothing to attach files to
    int existing = 0;
    *lease << "SELECT COUNT(*) FROM people WHERE referent_id = :u", soci::into(existing),
        soci::use(counsellor.user->id);
    if (existing > 0) return true;  // already loaded
  }
  people::PeopleService& service = app.people();
  const Date today = service.today();
  const auto in_days = [&](int days) {
    return Date{std::chrono::sys_days(today) + std::chrono::days(days)};
  };
  int created = 0;
  for (const auto& d : kPeople) {
    people::PersonFile f;
    f.given_name = d.given;
    f.family_name = d.family;
    if (*d.birth) f.birth_date = parse_iso_date(d.birth);
    f.postcode = d.postcode;
    f.residence_status = d.status;
    f.document_type = d.document;
    if (*d.document) f.document_expiry = in_days(d.expiry_days);
    f.access = d.access;
    if (f.access == "limited") {
      if (f.residence_status == "student") {
        f.limited_reason = "student_20h";
      } else {
        f.limited_reason = "single_permit_employer";
        f.authorised_employer = "Métallerie Mosane SRL (fictive)";
        f.authorised_function = "Ouvrier qualifié";
      }
    }
    people::LanguageSkill french{"fr", "", d.french, d.french, d.french, d.french};
    f.languages.push_back(french);
    if (*d.other) {
      const std::string other = d.other;
      f.languages.push_back({other.substr(0, 2), other.substr(3), "", "", "", ""});
    }
    f.preferred_language = *d.other ? std::string(d.other).substr(0, 2) : "fr";
    f.targets = {d.target};
    if (*d.past) f.past_jobs.push_back({d.past, d.past_years, "Pays d'origine"});
    f.former_profession_inaccessible = d.former_inaccessible;
    f.no_nights = d.no_nights;
    f.no_weekends = d.no_weekends;
    f.part_time_only = d.part_time;
    if (*d.licence) {
      f.licences = {d.licence};
      f.licence_origin = "non_EU";
      f.exchange_status = "to_do";
    }
    auto made = service.create(counsellor, f);
    if (!made) {
      std::cerr << console.tr(made.error().message_id) << " (" << d.given << " " << d.family
                << ", " << made.error().field << ")\n";
      return false;
    }
    const std::string id = made->file.id;
    // Walk the journey up to the demo stage, as a counsellor would.
    const std::string target = d.stage;
    if (target != "orientation") {
      for (const auto& stage : people::stages()) {
        if (stage.code == "orientation") continue;
        if (!service.move_stage(counsellor, id, std::string(stage.code))) return false;
        if (stage.code == target) break;
      }
    }
    if (*d.task) {
      const std::string due = to_iso(in_days(d.task_due_days));
      if (!service.add_task(counsellor, id, d.task, due)) return false;
    }
    // Consents given on paper at the first interview; visibility to employers once job-ready.
    if (!service.record_consent(counsellor, id, "processing", "", true)) return false;
    const std::string stage = d.stage;
    if (stage == "job_ready" || stage == "placement" || stage == "employed" ||
        stage == "follow_up") {
      if (!service.record_consent(counsellor, id, "employer_visibility", "", true)) return false;
    }
    for (const auto& dd : kDiplomas) {
      if (std::string(dd.family) != d.family) continue;
      people::Diploma diploma;
      diploma.title = dd.title;
      diploma.country = dd.country;
      diploma.level = dd.level;
      diploma.status = dd.status;
      diploma.decision = dd.decision;
      if (dd.submitted_days_ago > 0) diploma.submitted_on = in_days(-dd.submitted_days_ago);
      if (diploma.status == "decided") diploma.decided_on = in_days(-dd.submitted_days_ago / 3);
      if (diploma.status != "not_requested") diploma.fee_cents = 20000;
      diploma.opens_occupation = dd.opens;
      if (!service.save_diploma(counsellor, id, diploma)) return false;
    }
    if (created == 0) {  // the demo candidate account is Amina Diallo's
      for (const auto& account : service.linkable_accounts(counsellor)) {
        if (account.login == candidate_login && !service.link_account(counsellor, id, account.id))
          return false;
      }
    }
    ++created;
  }
  std::cout << console.tr("Dossiers de démonstration créés : ") << created << "\n";
  return true;
}

}  // namespace primowork::app
