// govwatch extract FILE|URL [--at DATE] [--url URL]
// Prints the facts extracted from one page as JSON. A FILE is decoded like a fetched body
// (BOM, <meta charset>, detection); a URL is fetched with the libcurl fetcher.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "common/files.hpp"
#include "common/strings.hpp"
#include "common/time.hpp"
#include "extract/page_extractor.hpp"
#include "fetch/body_decoder.hpp"
#include "fetch/fetcher.hpp"
#include "model/model.hpp"

namespace govwatch::cli {

namespace {

nlohmann::json DateJson(const std::optional<Date>& d) {
  return d ? nlohmann::json(FormatDate(*d)) : nlohmann::json(nullptr);
}

nlohmann::json FactsJson(const extract::PageFacts& f) {
  nlohmann::json j;
  j["url"] = f.url;
  j["title"] = f.title;
  j["publish_date"] = DateJson(f.publish_date);
  j["is_list_page"] = f.is_list_page;
  j["empty_list"] = f.empty_list;
  nlohmann::json items = nlohmann::json::array();
  for (const auto& it : f.items) items.push_back({{"title", it.title}, {"url", it.url}, {"date", DateJson(it.date)}});
  j["items"] = std::move(items);
  j["pagination"] = f.pagination;
  nlohmann::json links = nlohmann::json::array();
  for (const auto& l : f.links) {
    links.push_back({{"url", l.url}, {"text", l.text}, {"tag", l.tag}, {"hidden", l.hidden}});
  }
  j["links"] = std::move(links);
  j["identity"] = {{"site_code", f.identity.site_code},
                   {"icp", f.identity.icp},
                   {"psb", f.identity.psb},
                   {"party_badge", f.identity.has_party_badge},
                   {"error_report_entry", f.identity.has_error_report_entry}};
  j["meta"] = f.meta;
  j["column_type"] = f.column_type ? nlohmann::json(std::string(model::ToChinese(*f.column_type))) : nlohmann::json(nullptr);
  j["has_search"] = f.has_search;
  j["validity"] = f.validity;
  j["interpretation_urls"] = f.interpretation_urls;
  j["policy_urls"] = f.policy_urls;
  j["hidden_links"] = f.hidden_links;
  j["main_text"] = f.main_text;
  return j;
}

}  // namespace

int RunExtract(const Args& args) {
  auto parsed = ParseArgs(args, {"--at", "--url"}, {});
  if (!parsed) {
    std::fprintf(stderr, "govwatch extract: %s\n", parsed.error().message.c_str());
    return kExitBadInput;
  }
  if (parsed->positional.size() != 1) {
    std::fputs("govwatch extract: usage: govwatch extract FILE|URL [--at DATE] [--url URL]\n", stderr);
    return kExitBadInput;
  }
  if (auto at = parsed->Get("--at")) {
    auto when = ParseTime(*at);
    if (!when) {
      std::fprintf(stderr, "govwatch extract: --at: %s\n", when.error().message.c_str());
      return kExitBadInput;
    }
  }
  const std::string input = parsed->positional[0];
  std::string html;
  std::string page_url;
  std::string charset;
  const std::string lower = ToLowerAscii(input);
  if (StartsWith(lower, "http://") || StartsWith(lower, "https://")) {
    auto fetcher = fetch::MakeCurlFetcher(fetch::FetchOptions{});
    fetch::Request request;
    request.url = input;
    fetch::Response response = fetcher->Fetch(request);
    if (response.error != fetch::FetchError::kNone || response.http_status < 200 || response.http_status >= 300) {
      const std::string why = response.error != fetch::FetchError::kNone
                                  ? std::string(fetch::ErrorName(response.error)) + " (" + response.error_text + ")"
                                  : "HTTP " + std::to_string(response.http_status);
      std::fprintf(stderr, "govwatch extract: %s: cannot fetch: %s\n", input.c_str(), why.c_str());
      return kExitBadInput;
    }
    html = std::move(response.body);
    page_url = response.final_url.empty() ? input : response.final_url;
    charset = response.charset;
  } else {
    auto content = ReadFile(input);
    if (!content) {
      std::fprintf(stderr, "govwatch extract: %s\n", content.error().message.c_str());
      return kExitBadInput;
    }
    fetch::DecodedBody decoded = fetch::DecodeBody(*content, "text/html");
    html = std::move(decoded.body);
    charset = decoded.charset;
    std::error_code ec;
    page_url = "file://" + std::filesystem::absolute(input, ec).generic_string();
  }
  if (auto url = parsed->Get("--url")) page_url = *url;

  const extract::PageFacts facts = extract::ExtractPage(html, page_url);
  nlohmann::json j = FactsJson(facts);
  j["charset"] = charset;
  std::cout << j.dump(2) << "\n";
  return kExitOk;
}

}  // namespace govwatch::cli
