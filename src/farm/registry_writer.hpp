// The farm's registry files (units, sites, columns, accounts, messages: the import formats of
// DESIGN.md, UTF-8 CSV with a BOM) and its manifest of planted problems.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/result.hpp"
#include "farm/farm_plan.hpp"

namespace govwatch::farm {

// One CSV field quoted as RFC 4180 requires (only when it holds a comma, quote or line break).
std::string CsvField(std::string_view value);

// The text of one registry table: BOM, header row, then rows, CRLF line ends.
std::string CsvTable(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows);

// Writes units.csv, sites.csv, columns.csv, accounts.csv and messages.csv into `dir` (created if
// missing), and connectors.toml, the --config settings that read the HTML message boards. Site URLs use the ports in `plan`. Fails naming the file that could not be written.
Result<void> WriteRegistryFiles(const FarmPlan& plan, const std::filesystem::path& dir);

// {"seed", "anchor", "sites": [{name, unit, site_code, url, kind, charset}], "plants": [{indicator,
// problem, object_kind, object, unit, url, note}]}.
nlohmann::json BuildManifest(const FarmPlan& plan);

}  // namespace govwatch::farm
