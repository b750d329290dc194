#include "check/integrity_check.hpp"

#include "check/channel_check.hpp"
#include "check/forged_date_check.hpp"
#include "check/hidden_link_check.hpp"
#include "check/search_check.hpp"
#include "check/site_facts_check.hpp"
#include "check/tamper_check.hpp"
#include "check/title_mismatch_check.hpp"

namespace govwatch::check {

std::vector<model::Finding> CheckSiteIntegrity(const SiteObservations& site, const SiteIntegrityObservations& obs,
                                               Timestamp t, const Rules& rules) {
  std::vector<model::Finding> out = CheckHiddenLinks(site, obs, t, rules);
  for (model::Finding& f : CheckTampering(site, obs, t, rules)) out.push_back(std::move(f));
  for (model::Finding& f : CheckForgedDates(site, obs, t, rules)) out.push_back(std::move(f));
  if (auto f = CheckSearch(site, obs, t, rules)) out.push_back(std::move(*f));
  if (auto f = CheckTitleMismatch(site, t, rules)) out.push_back(std::move(*f));
  if (auto f = CheckChannel(site, obs, t, rules)) out.push_back(std::move(*f));
  for (model::Finding& f : CheckSiteFacts(site, obs, t, rules)) out.push_back(std::move(f));
  return out;
}

}  // namespace govwatch::check
