// govwatch import FILE... --db DB
#include <cstdio>

#include <fmt/core.h>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "common/files.hpp"
#include "common/strings.hpp"
#include "media/posts_loader.hpp"
#include "registry/importer.hpp"
#include "store/repository.hpp"

namespace govwatch::cli {

int RunImport(const Args& args) {
  auto parsed = ParseArgs(args, {"--db"}, {});
  if (!parsed || parsed->positional.empty() || !parsed->Has("--db")) {
    std::fprintf(stderr, "govwatch import: %s\nusage: govwatch import FILE... --db DB\n",
                 parsed ? "needs FILE... and --db" : parsed.error().message.c_str());
    return kExitBadInput;
  }
  auto repo = store::OpenSqlite(*parsed->Get("--db"));
  if (!repo) {
    std::fprintf(stderr, "govwatch import: %s\n", repo.error().message.c_str());
    return kExitBadInput;
  }
  std::vector<std::filesystem::path> files;
  std::vector<std::filesystem::path> json_posts;  // the JSON form of the posts export
  for (const std::string& f : parsed->positional) {
    (EndsWith(ToLowerAscii(f), ".json") ? json_posts : files).emplace_back(f);
  }
  RealClock clock;
  const registry::ImportOutcome outcome = registry::ImportFiles(**repo, files, clock);
  for (const std::string& w : outcome.warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
  for (const registry::FileReport& r : outcome.imported) {
    std::printf("%s\n", fmt::format("导入 imported {}: {} {} 行 rows — 新增 created {}, 更新 updated {}, 未变 unchanged {}",
                                    r.file, registry::TableKindName(r.kind), r.rows, r.created, r.updated, r.unchanged)
                            .c_str());
    for (const std::string& c : r.changes) std::printf("  变更 changed: %s\n", c.c_str());
    for (const std::string& w : r.warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
  }
  if (!outcome.failed_file.empty()) {
    for (const std::string& p : outcome.problems) std::fprintf(stderr, "%s\n", p.c_str());
    std::string done;
    for (const registry::FileReport& r : outcome.imported) done += (done.empty() ? "" : ", ") + r.file;
    std::fprintf(stderr, "%s\n",
                 fmt::format("govwatch import: {} 未导入 was not imported (nothing from it was written); "
                             "已导入 imported: {}",
                             outcome.failed_file, done.empty() ? "none" : done)
                     .c_str());
    return kExitBadInput;
  }
  for (const auto& path : json_posts) {
    auto bytes = ReadFile(path);
    auto records = bytes ? media::ParsePostsJson(*bytes, path.string()) : Result<std::vector<media::PostRecord>>(bytes.error());
    if (!records) {
      std::fprintf(stderr, "%s\ngovwatch import: %s 未导入 was not imported\n", records.error().message.c_str(),
                   path.c_str());
      return kExitBadInput;
    }
    auto added = media::StorePostRecords(**repo, *records, path.string(), clock.Now());
    if (!added) {
      std::fprintf(stderr, "%s\ngovwatch import: %s 未导入 was not imported\n", added.error().message.c_str(),
                   path.c_str());
      return kExitBadInput;
    }
    std::printf("%s\n", fmt::format("导入 imported {}: 新媒体发文 {} 条 posts — 新增 created {}", path.string(),
                                    records->size(), *added)
                            .c_str());
  }
  return kExitOk;
}

}  // namespace govwatch::cli
