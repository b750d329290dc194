#include "check/checker.hpp"

#include "check/dead_link_check.hpp"
#include "check/disclosure_column_check.hpp"
#include "check/identity_check.hpp"
#include "check/message_check.hpp"
#include "check/policy_link_check.hpp"
#include "check/stale_account_check.hpp"
#include "check/stale_column_check.hpp"
#include "check/stale_homepage_check.hpp"
#include "check/text_hit_check.hpp"
#include "check/unreachable_check.hpp"

namespace govwatch::check {

namespace {
void Append(std::vector<model::Finding>& out, std::vector<model::Finding>&& more) {
  for (model::Finding& f : more) out.push_back(std::move(f));
}
}  // namespace

std::vector<model::Finding> CheckSite(const SiteObservations& site, Timestamp t, const Rules& rules) {
  std::vector<model::Finding> out;
  if (auto f = CheckUnreachable(site, t, rules)) out.push_back(std::move(*f));
  if (auto f = CheckStaleHomepage(site, t, rules)) out.push_back(std::move(*f));
  Append(out, CheckStaleColumns(site, t, rules));
  if (auto f = CheckUnansweredMessages(site, t, rules)) out.push_back(std::move(*f));
  if (auto f = CheckDeadLinks(site, t, rules)) out.push_back(std::move(*f));
  if (auto f = CheckIdentity(site, t, rules)) out.push_back(std::move(*f));
  if (auto f = CheckMetaTags(site, t, rules)) out.push_back(std::move(*f));
  if (auto f = CheckPolicyLinks(site, t, rules)) out.push_back(std::move(*f));
  Append(out, CheckTextHits(site.text_hits, model::ObjectKind::kSite, site.site.name, site.site.unit, t, rules));
  return out;
}

std::vector<model::Finding> CheckDisclosure(const DisclosureColumnObservations& column, Timestamp t,
                                            const Rules& rules) {
  std::vector<model::Finding> out = CheckDisclosureColumn(column, t, rules);
  Append(out, CheckTextHits(column.text_hits, model::ObjectKind::kColumn, column.column.name, column.unit, t, rules));
  return out;
}

std::vector<model::Finding> CheckAccount(const AccountObservations& account, Timestamp window_from,
                                         Timestamp window_to, Timestamp t, const Rules& rules) {
  std::vector<model::Finding> out;
  if (auto f = CheckStaleAccount(account, window_from, window_to, t, rules)) out.push_back(std::move(*f));
  Append(out, CheckTextHits(account.text_hits, model::ObjectKind::kAccount, account.account.name,
                            account.account.unit, t, rules));
  return out;
}

}  // namespace govwatch::check
