#include "placements/outcomes.h"

#include <algorithm>
#include <map>
#include <set>

namespace primowork::placements {
namespace {

using S = ProposalState;

bool in(const OutcomePeriod& period, const std::optional<Date>& day) {
  return day && *day >= period.from && *day <= period.to;
}

// The day of the first move of `r` to `state`; nullopt when it never got there.
std::optional<Date> first_move(const OutcomeRecord& r, ProposalState state) {
  for (const auto& m : r.moves) {
    if (m.to == state) return m.on;
  }
  return std::nullopt;
}

std::optional<Date> interview_day(const OutcomeRecord& r) {
  const auto held = first_move(r, S::kInterviewHeld);
  if (!held) return std::nullopt;
  if (auto planned = parse_local_date_time(r.proposal.interview_at)) return planned;
  return held;
}

std::optional<Date> internship_start(const OutcomeRecord& r) {
  if (!first_move(r, S::kInternship)) return std::nullopt;
  return r.proposal.internship_start;
}

bool is_hire(const OutcomeRecord& r) {
  return r.proposal.state == S::kHired && r.proposal.contract_type && r.proposal.contract_start;
}

struct Tally {
  OutcomeFigures figures;
  std::set<std::string> proposed, interns, interns_hired;
  std::vector<long> delays;
  std::map<offers::ContractType, int> contracts;
};

std::optional<double> median(std::vector<long> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  if (n % 2 == 1) return static_cast<double>(values[n / 2]);
  return (static_cast<double>(values[n / 2 - 1]) + static_cast<double>(values[n / 2])) / 2.0;
}

bool has_figures(const OutcomeFigures& f) {
  return f.people_proposed > 0 || f.interviews > 0 || f.internships > 0 || f.pfis > 0 ||
         f.hires > 0 || f.interns > 0;
}

}  // namespace

OutcomePeriod last_twelve_months(Date today) {
  const Date from{std::chrono::sys_days(add_months(today, -12)) + std::chrono::days(1)};
  return {from, today};
}

std::optional<double> OutcomeFigures::permanent_share() const {
  if (hires == 0) return std::nullopt;
  return static_cast<double>(permanent_hires) / hires;
}

std::optional<double> OutcomeFigures::intern_hire_share() const {
  if (interns == 0) return std::nullopt;
  return static_cast<double>(interns_hired) / interns;
}

int OutcomeFigures::hires_of(offers::ContractType type) const {
  for (const auto& c : hires_by_contract) {
    if (c.type == type) return c.count;
  }
  return 0;
}

std::vector<OutcomeFigures> compute_outcomes(const std::vector<OutcomeRecord>& records,
                                             const OutcomePeriod& period,
                                             OutcomeGrouping grouping) {
  // Every contract start of each person, for the interns' 12 months (any group, any period).
  std::map<std::string, std::vector<Date>> hire_starts;
  for (const auto& r : records) {
    if (is_hire(r)) hire_starts[r.proposal.person_id].push_back(*r.proposal.contract_start);
  }
  auto hired_within_a_year = [&](const std::string& person, Date start, Date end) {
    const Date last = add_months(end, 12);
    const auto it = hire_starts.find(person);
    if (it == hire_starts.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(),
                       [&](Date d) { return d >= start && d <= last; });
  };

  std::map<std::string, Tally> groups;
  for (const auto& r : records) {
    std::string key, label;
    if (grouping == OutcomeGrouping::kOrganisation) {
      key = r.proposal.organisation_id;
      label = r.organisation_name;
    } else if (grouping == OutcomeGrouping::kSector) {
      key = label = r.sector;
    }
    Tally& t = groups[key];
    t.figures.key = key;
    t.figures.label = label;
    const Proposal& p = r.proposal;
    const auto proposed_on = first_move(r, S::kProposed);
    if (in(period, proposed_on)) t.proposed.insert(p.person_id);
    if (in(period, interview_day(r))) ++t.figures.interviews;
    const auto started = internship_start(r);
    if (in(period, started)) ++t.figures.internships;
    if (first_move(r, S::kPfi) && in(period, p.pfi_start)) ++t.figures.pfis;
    if (started && in(period, p.internship_end)) {
      t.interns.insert(p.person_id);
      if (hired_within_a_year(p.person_id, *started, *p.internship_end))
        t.interns_hired.insert(p.person_id);
    }
    if (is_hire(r) && in(period, p.contract_start)) {
      ++t.figures.hires;
      ++t.contracts[*p.contract_type];
      if (*p.contract_type == offers::ContractType::kPermanent) ++t.figures.permanent_hires;
      if (proposed_on) t.delays.push_back(days_between(*proposed_on, *p.contract_start));
    }
  }

  std::vector<OutcomeFigures> out;
  for (auto& [key, t] : groups) {
    OutcomeFigures f = std::move(t.figures);
    f.people_proposed = static_cast<int>(t.proposed.size());
    f.interns = static_cast<int>(t.interns.size());
    f.interns_hired = static_cast<int>(t.interns_hired.size());
    f.median_days_to_hire = median(std::move(t.delays));
    for (offers::ContractType type : offers::all_contract_types()) {
      if (const auto it = t.contracts.find(type); it != t.contracts.end())
        f.hires_by_contract.push_back({type, it->second});
    }
    if (grouping == OutcomeGrouping::kAll || has_figures(f)) out.push_back(std::move(f));
  }
  if (grouping == OutcomeGrouping::kAll && out.empty()) out.emplace_back();
  std::sort(out.begin(), out.end(), [](const OutcomeFigures& a, const OutcomeFigures& b) {
    return a.label != b.label ? a.label < b.label : a.key < b.key;
  });
  return out;
}

}  // namespace primowork::placements
