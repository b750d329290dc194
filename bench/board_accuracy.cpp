// Message-board reading accuracy over the held-out blind set of tests/data/messages/blind/:
// each page is read the way the connector reads a board that nobody configured (an empty
// BoardConfig: list pages with ReadBoardList, detail pages with ReadBoardDetail into an empty
// row), each row goes through ToMessage, and the result is compared with the messages a person
// reads on the page (manifest.json). Prints per-field tallies over every expected
// message (one not found counts wrong in each field); never asserts.
//   build/<preset>/bench/govwatch_board_accuracy [--misses] [DIR…]   (default: blind and blind2)
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/strings.hpp"
#include "common/time.hpp"
#include "fetch/body_decoder.hpp"
#include "messages/board_page.hpp"

namespace {

using govwatch::messages::BoardRow;

struct Tally {
  int right = 0;
  int total = 0;
  void Add(bool ok) {
    ++total;
    right += ok ? 1 : 0;
  }
};

struct Scores {
  int expected = 0;
  int found = 0;
  int matched = 0;
  Tally id, title, received, replied, status, unit, next;
  // Detail pages, and list rows whose page shows a status or a 答复时间: the messages the connector
  // stores (a message whose reply state no page shows is reported instead).
  Tally reply_shown;
  std::vector<std::string> misses;
};

std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string StatusName(govwatch::model::MessageStatus s) {
  switch (s) {
    case govwatch::model::MessageStatus::kFinished: return "finished";
    case govwatch::model::MessageStatus::kInProgress: return "in_progress";
    case govwatch::model::MessageStatus::kUnknown: break;
  }
  return "unknown";
}

// The time as the answer writes it: to the day, the minute or the second.
std::string AsWritten(govwatch::Timestamp t, const std::string& expected) {
  const std::string full = govwatch::FormatTime(t);  // YYYY-MM-DD HH:MM:SS
  if (expected.size() <= 10) return full.substr(0, 10);
  return full.substr(0, expected.size());
}

std::string Str(const nlohmann::json& j) { return j.is_string() ? j.get<std::string>() : std::string(); }

struct Found {
  BoardRow row;
  std::optional<govwatch::model::CitizenMessage> message;
  std::string why;  // ToMessage's failure
};

void ScoreMessage(const std::string& page, const nlohmann::json& want, const Found& got, Scores& s) {
  const std::string title = Str(want["title"]);
  auto miss = [&](bool ok, const char* field, const std::string& got_text, const std::string& want_text) {
    if (!ok) s.misses.push_back(page + ": 《" + title + "》 " + field + " got '" + got_text + "' want '" + want_text + "'");
    return ok;
  };
  const govwatch::model::CitizenMessage* m = got.message ? &*got.message : nullptr;
  if (!want["id"].is_null()) {
    const std::string id = m ? m->message_id : got.row.id;
    s.id.Add(miss(id == Str(want["id"]), "id", id, Str(want["id"])));
  }
  s.title.Add(miss(got.row.title == title, "title", got.row.title, title));
  const std::string received = m ? AsWritten(m->received_at, Str(want["received"])) : "(" + got.why + ")";
  s.received.Add(miss(received == Str(want["received"]), "received", received, Str(want["received"])));
  const std::string want_replied = Str(want["replied"]);
  const std::string replied = m && m->replied_at ? AsWritten(*m->replied_at, want_replied) : "";
  s.replied.Add(miss(replied == want_replied, "replied", replied + " [" + got.row.replied_text + "]", want_replied));
  if (!want["status"].is_null()) {
    const std::string status = StatusName(govwatch::model::ParseMessageStatus(got.row.status_text));
    s.status.Add(miss(status == Str(want["status"]), "status", status + " [" + got.row.status_text + "]",
                      Str(want["status"])));
  }
  const std::string unit = m ? m->unit : got.row.unit_text;
  s.unit.Add(miss(unit == Str(want["unit"]), "unit", unit, Str(want["unit"])));
}

std::string Ratio(const Tally& t) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%3d/%-3d %6.1f %%", t.right, t.total, t.total ? 100.0 * t.right / t.total : 100.0);
  return buf;
}

// Scores the pages of `dir` and prints the tallies (and, with `misses`, every wrong answer).
void Score(const std::filesystem::path& dir, bool misses) {
  const nlohmann::json manifest = nlohmann::json::parse(Slurp(dir / "manifest.json"));
  Scores s;
  const govwatch::messages::BoardConfig unconfigured;
  for (const nlohmann::json& page : manifest["pages"]) {
    const std::string file = page["file"];
    const std::string url = page["url"];
    const auto body = govwatch::fetch::DecodeBody(Slurp(dir / file), "text/html");
    std::vector<Found> found;
    std::string next;
    if (page["kind"] == "list") {
      auto list = govwatch::messages::ReadBoardList(body.body, url, unconfigured);
      if (list) {
        for (BoardRow& row : list->rows) found.push_back(Found{std::move(row), std::nullopt, ""});
        next = list->next_url;
      } else {
        s.misses.push_back(file + ": " + list.error().message);
      }
      s.next.Add(next == Str(page["next"]));
      if (next != Str(page["next"])) s.misses.push_back(file + ": next got '" + next + "' want '" + Str(page["next"]) + "'");
    } else {
      BoardRow row;
      row.link = url;
      if (auto r = govwatch::messages::ReadBoardDetail(body.body, url, unconfigured, row); !r) {
        s.misses.push_back(file + ": " + r.error().message);
      }
      found.push_back(Found{std::move(row), std::nullopt, ""});
    }
    for (Found& f : found) {
      auto m = govwatch::messages::ToMessage(f.row, 1, 0);
      if (m) {
        f.message = *m;
      } else {
        f.why = m.error().message;
      }
    }
    s.expected += static_cast<int>(page["messages"].size());
    // A detail page describes one message whatever its title reads; list rows match by title.
    const bool detail = page["kind"] == "detail";
    int page_found = 0;
    for (const Found& f : found) page_found += detail ? (f.message || !f.row.title.empty() ? 1 : 0) : 1;
    s.found += page_found;
    std::vector<bool> used(found.size(), false);
    for (const nlohmann::json& want : page["messages"]) {
      const std::string title = Str(want["title"]);
      std::size_t hit = found.size();
      for (std::size_t i = 0; i < found.size(); ++i) {
        if (used[i]) continue;
        if (detail || govwatch::Trim(found[i].row.title) == title) {
          hit = i;
          break;
        }
      }
      if (hit == found.size() || (detail && page_found == 0)) {
        // Every field of a message not found is wrong.
        s.misses.push_back(file + ": 《" + title + "》 not found");
        for (Tally* t : {&s.title, &s.received, &s.replied, &s.unit}) t->Add(false);
        if (!want["id"].is_null()) s.id.Add(false);
        if (!want["status"].is_null()) s.status.Add(false);
        continue;
      }
      used[hit] = true;
      ++s.matched;
      s.reply_shown.Add(found[hit].row.reply_shown);
      if (!found[hit].row.reply_shown) s.misses.push_back(file + ": 《" + title + "》 shows no reply state");
      ScoreMessage(file, want, found[hit], s);
    }
    for (std::size_t i = 0; i < found.size(); ++i) {
      if (!used[i] && !(detail && page_found == 0)) s.misses.push_back(file + ": extra row 《" + found[i].row.title + "》");
    }
  }
  std::printf("== message boards, held-out blind set (%s), read without configuration\n", dir.c_str());
  std::printf("%-22s %d expected, %d found, %d matched: recall %.1f %%, precision %.1f %%\n", "rows", s.expected,
              s.found, s.matched, s.expected ? 100.0 * s.matched / s.expected : 100.0,
              s.found ? 100.0 * s.matched / s.found : 100.0);
  for (auto [name, t] : {std::pair{"id", &s.id}, std::pair{"title", &s.title}, std::pair{"received", &s.received},
                         std::pair{"replied", &s.replied}, std::pair{"status", &s.status}, std::pair{"unit", &s.unit},
                         std::pair{"next page", &s.next}, std::pair{"reply state shown", &s.reply_shown}}) {
    std::printf("%-22s %s\n", name, Ratio(*t).c_str());
  }
  if (misses) {
    for (const std::string& m : s.misses) std::printf("  miss: %s\n", m.c_str());
  }
}

// The time the reader takes on pages far larger than any board's (one run each).
void Hostile() {
  std::printf("== hostile inputs (one run each)\n");
  const auto run = [](const char* label, const std::string& html, bool detail) {
    const auto start = std::chrono::steady_clock::now();
    std::size_t rows = 0;
    if (detail) {
      BoardRow row;
      (void)govwatch::messages::ReadBoardDetail(html, "http://x.gov.cn/d.html", {}, row);
      rows = row.received_text.empty() ? 0 : 1;
    } else {
      auto page = govwatch::messages::ReadBoardList(html, "http://x.gov.cn/l.html", {});
      rows = page ? page->rows.size() : 0;
    }
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%-44s %8.1f MB %8.3f s (%zu rows)\n", label, static_cast<double>(html.size()) / 1e6, s, rows);
  };
  std::string table = "<html><body><table><tr><th>标题</th><th>留言时间</th><th>状态</th></tr>";
  for (int n = 0; table.size() < 10 * 1024 * 1024; ++n) {
    table += "<tr><td><a href=\"v?id=" + std::to_string(n) + "\">关于第" + std::to_string(n) +
             "号留言的问题</a></td><td>2024-03-05 10:21</td><td>已回复</td></tr>\n";
  }
  run("10 MB table under a header", table + "</table></body></html>", false);
  std::string cards = "<html><body>";
  for (int n = 0; cards.size() < 10 * 1024 * 1024; ++n) {
    cards += "<div><a href=\"/w/" + std::to_string(n) + ".html\">第" + std::to_string(n) +
             "条</a><p><span>留言时间：2024-03-05 10:21</span><span>回复单位：某局</span></p></div>\n";
  }
  run("10 MB of labelled cards", cards + "</body></html>", false);
  std::string detail = "<html><body><p>留言时间：2024-03-05</p>";
  while (detail.size() < 10 * 1024 * 1024) detail += "<p>回复内容：经核查，该问题已于办结时间前处理完毕，状态良好。</p>\n";
  run("10 MB detail page", detail + "</body></html>", true);
}

}  // namespace

int main(int argc, char** argv) {
  bool misses = false;
  std::vector<std::filesystem::path> dirs;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--misses") == 0) {
      misses = true;
    } else if (argv[i][0] == '-') {
      std::fprintf(stderr, "usage: %s [--misses] [DIR…]  (DIR holds a manifest.json; default: blind and blind2)\n",
                   argv[0]);
      return std::strcmp(argv[i], "--help") == 0 ? 0 : 2;
    } else {
      dirs.emplace_back(argv[i]);
    }
  }
  for (const std::filesystem::path& dir : dirs) {
    if (!std::filesystem::is_regular_file(dir / "manifest.json")) {
      std::fprintf(stderr, "%s: no manifest.json\n", dir.c_str());
      return 2;
    }
  }
  if (dirs.empty()) {
    // blind: written before the reader; blind2: written after it was tuned on blind.
    for (const char* name : {"blind", "blind2"}) {
      dirs.push_back(std::string(GOVWATCH_SOURCE_DIR) + "/tests/data/messages/" + name);
    }
  }
  for (const std::filesystem::path& dir : dirs) Score(dir, misses);
  Hostile();
  return 0;
}
