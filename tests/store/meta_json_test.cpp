// MetaJson and ParseMetaJson give what nlohmann::json gives, on the form they write and on
// anything else a pages.meta column may hold.
#include "store/sqlite/meta_json.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace govwatch::store::sqlite {
namespace {

std::string ByNlohmann(const std::map<std::string, std::string>& meta) {
  return nlohmann::json(meta).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::map<std::string, std::string> ReadByNlohmann(std::string_view json) {
  std::map<std::string, std::string> out;
  const nlohmann::json meta = nlohmann::json::parse(json, nullptr, false);
  if (meta.is_object()) {
    for (const auto& [k, v] : meta.items()) {
      if (v.is_string()) out[k] = v.get<std::string>();
    }
  }
  return out;
}

std::vector<std::map<std::string, std::string>> Maps() {
  std::string controls;
  for (int c = 1; c < 0x20; ++c) controls.push_back(static_cast<char>(c));
  return {
      {},
      {{"keywords", "云岭市,人民政府"}, {"description", "云岭市人民政府门户网站"}},
      {{"ColumnName", "通知公告"}, {"PubDate", "2022-03-15 09:30"}, {"SiteName", "云岭市人民政府"}},
      {{"q\"uote", "back\\slash/and \"quotes\""}, {"tabs", "a\tb\nc\rd\be\ff"}},
      {{"controls", controls}, {"del", "\x7f"}, {"nul", std::string("a\0b", 3)}},
      {{"emoji", "😀 and 𠀀"}, {"", "empty key"}, {"empty", ""}},
      {{"bad", "GBK \xD4\xC6\xC1\xEB left over"}, {"ok", "fine"}},
      {{"lone \xE4\xBA", "truncated sequence in a key"}},
      {{"surrogate", "\xED\xA0\x80"}, {"overlong", "\xC0\xAF"}},
  };
}

TEST(MetaJsonTest, WritesWhatNlohmannWrites) {
  for (const auto& meta : Maps()) {
    EXPECT_EQ(MetaJson(meta), ByNlohmann(meta)) << ByNlohmann(meta);
  }
}

TEST(MetaJsonTest, ReadsBackWhatItWroteAsNlohmannDoes) {
  for (const auto& meta : Maps()) {
    const std::string json = MetaJson(meta);
    EXPECT_EQ(ParseMetaJson(json), ReadByNlohmann(json)) << json;
  }
  EXPECT_EQ(ParseMetaJson(MetaJson(Maps()[3])), Maps()[3]);
}

TEST(MetaJsonTest, ReadsOtherFormsAsNlohmannDoes) {
  for (std::string_view json :
       {"", "{", "}", "[]", "null", "\"x\"", "{ }", "{\"a\" : \"b\"}", "{\"a\":\"b\"} ", "{\"a\":\"b\",}",
        "{\"a\":\"b\"}x", "{\"a\":1,\"b\":\"c\"}", "{\"a\":\"b\",\"a\":\"c\"}", "{\"a\":\"\\u4e91\\u5cad\"}",
        "{\"a\":\"\\ud83d\\ude00\"}", "{\"a\":\"\\x\"}", "{\"a\":\"raw\ttab\"}", "{\"a\":\"\xD4\xC6\"}",
        "{\"a\":\"b\"", "{\"a\":\"b", "{\"a\"}", "{\"a\":}", "{\"k\\/\":\"v\\/\"}", "{\"a\":{\"b\":\"c\"}}",
        "{\"a\":[\"b\"],\"c\":\"d\"}"}) {
    EXPECT_EQ(ParseMetaJson(json), ReadByNlohmann(json)) << json;
  }
}

}  // namespace
}  // namespace govwatch::store::sqlite
